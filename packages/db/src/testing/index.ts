export { createEmptyPostgresDatabase, createTestDatabase } from './test-database.ts';
