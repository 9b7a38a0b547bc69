export { buildApp, defaultBodyLimitBytes } from './app.ts';
export type { AppDeps } from './app-deps.ts';
export { httpStatusByCode } from './http/error-mapping.ts';
export {
  assertCanListen,
  defaultWebDir,
  startServer,
  stopOnSignals,
  type RunningServer,
  type ServeOptions,
} from './start.ts';
export { hashPassword } from './auth/secrets.ts';
export { createUserAccount } from './services/user-account.service.ts';
export {
  installBuiltInFrameworks,
  listFrameworks,
  readFrameworkTree,
  type FrameworkTree,
} from './services/library.service.ts';
export { presentFrameworkSummary, presentRequirement } from './presenters/library.presenter.ts';
export {
  importFrameworkFile,
  type FrameworkImportOptions,
  type ImportingActor,
} from './services/framework-import.service.ts';
export { exportFramework, type ExportedFile } from './services/framework-export.service.ts';
export { commandLineContext, loadDemo, removeDemo, resolveDemoOwner } from './services/demo.service.ts';
export {
  createEvidence,
  getEvidenceDetail,
  listOrganizationEvidence,
  uploadEvidenceFile,
  type EvidenceDetail,
  type EvidenceUpload,
} from './services/evidence.service.ts';
export { linkEvidence, unlinkEvidence } from './services/evidence-link.service.ts';
export { presentEvidenceDetail, presentEvidenceSummary } from './presenters/evidence.presenter.ts';
export type { RequestContext } from './http/request-context.ts';
