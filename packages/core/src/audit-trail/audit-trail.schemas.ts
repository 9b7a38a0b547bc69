import { z } from 'zod';

/** An audit event as the API shows it. */
export const auditEventSchema = z
  .object({
    id: z.uuid(),
    sequence: z.number().int().positive(),
    occurredAt: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    changes: z.record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() })),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    /** Hash of the event before this one in the chain (all zeros for the first). */
    previousHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

/** Filters of the audit trail list and export. */
export const auditEventQuerySchema = z
  .object({
    actorUserId: z.uuid().optional(),
    entityType: z.string().max(64).optional(),
    entityId: z.string().max(128).optional(),
    action: z.string().max(64).optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    /** Sequence number to continue below (newest first). */
    cursor: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

/** GET …/audit-events/verification answer. */
export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenSequence: z.number().int().nullable(),
    problem: z.string().nullable(),
    /** Hash of the newest event when the chain is intact: keep it outside Certa to detect a rewrite later. */
    lastHash: z.string().nullable(),
  })
  .meta({ id: 'AuditVerification' });
