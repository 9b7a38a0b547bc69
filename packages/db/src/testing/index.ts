export { createBlankEmbeddedDatabase, createEmptyPostgresDatabase, createTestDatabase } from './test-database.ts';
