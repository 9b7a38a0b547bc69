export {
  describePostgresUrl,
  openEmbeddedDatabase,
  openPostgresDatabase,
  type Database,
  type Executor,
  type Schema,
} from './connection.ts';
export { openDataFolder, type DataFolder } from './data-folder.ts';
export {
  applyMigrationsInTransaction,
  currentSchemaVersion,
  latestSchemaVersion,
  loadMigrations,
  migrate,
  type Migration,
} from './migrate.ts';
export {
  backupDatabase,
  countRows,
  readBackupArchive,
  restoreDatabase,
  restoreEvidenceFiles,
  type BackupArchive,
  type BackupOptions,
  type BackupHeader,
  type ProgressReporter,
} from './backup.ts';
export { tablesInDependencyOrder } from './tables.ts';
export { queryRows } from './sql.ts';
export * as schema from './schema/index.ts';
export { sha256Hex } from './hashing.ts';
export * from './repositories/audit-trail.repository.ts';
export * from './repositories/identity.repository.ts';
export * from './repositories/credential.repository.ts';
export * from './repositories/library.repository.ts';
export * from './repositories/mapping.repository.ts';
export * from './repositories/gap-assessment.repository.ts';
export * from './repositories/dashboard.repository.ts';
export * from './repositories/roadmap.repository.ts';
export * from './repositories/evidence.repository.ts';
export {
  createEvidenceStore,
  parseEvidenceMaxMegabytes,
  resolveEvidenceRoot,
  type EvidenceFileState,
  type EvidenceStore,
  type EvidenceStoreOptions,
  type StoredEvidenceFile,
} from './evidence-store.ts';
export * from './repositories/isms-change.repository.ts';
export * from './repositories/demo.repository.ts';
export { verifyEvidenceFiles } from './evidence-verify.ts';
