export { DomainError, errorCodes, isDomainError, type ErrorCode } from './errors/domain-error.ts';
export { errorEnvelopeSchema, type ErrorEnvelope } from './errors/error.schemas.ts';
export { databaseKinds, healthSchema, type DatabaseKind, type Health } from './system/health.schemas.ts';
export { certaVersion } from './system/version.ts';
export * from './identity/identity.ts';
export * from './identity/identity.schemas.ts';
export * from './access/permissions.ts';
export * from './audit-trail/audit-trail.ts';
export * from './audit-trail/audit-trail.schemas.ts';
