// Formats arrive with the capabilities that need them; see docs/ARCHITECTURE.md for what belongs here.
export {};
