import type { AuditEvent, ChainVerification } from '@certa/core';

/** JSON of an audit event, with both chain links so an export can be checked outside Certa. */
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
    previousHash: event.previousHash,
    hash: event.hash,
  };
}

/** JSON of the outcome of recomputing a chain. */
export function presentAuditVerification(verification: ChainVerification) {
  return verification.ok
    ? {
        ok: true,
        checked: verification.checked,
        firstBrokenSequence: null,
        problem: null,
        lastHash: verification.lastHash,
      }
    : {
        ok: false,
        checked: verification.checked,
        firstBrokenSequence: verification.sequence,
        problem: verification.problem,
        lastHash: null,
      };
}
