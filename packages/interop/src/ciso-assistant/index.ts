// CISO Assistant libraries (YAML) read into frameworks and requirement mappings.
export { parseCisoAssistantLibrary } from './ciso-assistant-library.ts';
