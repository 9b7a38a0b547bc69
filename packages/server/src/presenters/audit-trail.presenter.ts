import type { AuditEvent, ChainVerification } from '@certa/core';

/** JSON of an audit event (the chain link `previousHash` stays inside; `hash` identifies the event). */
export function presentAuditEvent(event: AuditEvent) {
  return {
    id: event.id,
    sequence: event.sequence,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorLabel: event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
    requestId: event.requestId,
    ip: event.ip,
    hash: event.hash,
  };
}

/** JSON of the outcome of recomputing a chain. */
export function presentAuditVerification(verification: ChainVerification) {
  return verification.ok
    ? { ok: true, checked: verification.checked, firstBrokenSequence: null, problem: null }
    : {
        ok: false,
        checked: verification.checked,
        firstBrokenSequence: verification.sequence,
        problem: verification.problem,
      };
}
