// Organisation dashboard: headline figures of the latest assessments, renewal flags, evidence counts.
export * from './dashboard.ts';
export * from './dashboard.schemas.ts';
