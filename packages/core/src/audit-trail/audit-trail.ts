/** Hash that starts every chain (there is no previous event). */
export const genesisHash = '0'.repeat(64);

/** Before/after values of the fields a change touched. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/** One entry of the audit trail, as stored. */
export interface AuditEvent {
  id: string;
  /** Null for installation-wide events (sign-ins, personal API tokens). */
  organizationId: string | null;
  /** Position in its chain, from 1 without gaps. */
  sequence: number;
  occurredAt: Date;
  actorUserId: string | null;
  /** Who acted, as shown (email at the time), kept even if the user is later removed. */
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: AuditChanges;
  requestId: string | null;
  ip: string | null;
  previousHash: string;
  hash: string;
}

/** The fields a service supplies; sequence, time and hashes are added when the event is appended. */
export type AuditEventDraft = Pick<AuditEvent, 'action' | 'entityType' | 'entityId' | 'changes'> & {
  organizationId: string | null;
};

/** Field names whose values never enter the trail. */
const secretFields = new Set(['password', 'passwordHash', 'token', 'tokenHash', 'currentPassword', 'newPassword']);

function isSame(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Lists the fields that differ between two versions of a record; secrets are recorded as changed
 * without their values. Pass `undefined` as `before` for a creation and as `after` for a deletion.
 */
export function summarizeChanges(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of [...keys].sort()) {
    const previous = before?.[key];
    const next = after?.[key];
    if (isSame(previous, next)) continue;
    if (secretFields.has(key)) {
      changes[key] = { after: '(changed)' };
      continue;
    }
    const entry: { before?: unknown; after?: unknown } = {};
    if (before !== undefined && previous !== undefined) entry.before = normalize(previous);
    if (after !== undefined && next !== undefined) entry.after = normalize(next);
    changes[key] = entry;
  }
  return changes;
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, normalize(entry)]),
    );
  }
  return value;
}

/** JSON with object keys sorted at every level and dates as ISO strings: the same value, the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null';
}

/** The text an event's hash covers: every stored field except the hash itself. */
export function auditEventContent(event: Omit<AuditEvent, 'hash'>): string {
  return canonicalJson({
    id: event.id,
    organizationId: event.organizationId,
    sequence: event.sequence,
    occurredAt: event.occurredAt,
    actorUserId: event.actorUserId,
    actorLabel: event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
    requestId: event.requestId,
    ip: event.ip,
    previousHash: event.previousHash,
  });
}

/** The outcome of recomputing a chain. */
export type ChainVerification =
  { ok: true; checked: number; lastHash: string } | { ok: false; checked: number; sequence: number; problem: string };

/**
 * Recomputes a chain in sequence order with `hash` (SHA-256 hex of a string). It reports the first
 * event that was altered, removed or inserted, and a tail cut off after `expectedLength`.
 */
export function verifyAuditChain(
  events: readonly AuditEvent[],
  hash: (text: string) => string,
  expectedLength?: number,
): ChainVerification {
  let previousHash = genesisHash;
  let checked = 0;
  for (const [index, event] of events.entries()) {
    const expectedSequence = index + 1;
    if (event.sequence !== expectedSequence) {
      return {
        ok: false,
        checked,
        sequence: expectedSequence,
        problem:
          event.sequence > expectedSequence
            ? `event ${expectedSequence} is missing`
            : `event ${event.sequence} appears twice`,
      };
    }
    if (event.previousHash !== previousHash) {
      return {
        ok: false,
        checked,
        sequence: event.sequence,
        problem: `event ${event.sequence} does not follow the one before it`,
      };
    }
    if (hash(auditEventContent(event)) !== event.hash) {
      return {
        ok: false,
        checked,
        sequence: event.sequence,
        problem: `event ${event.sequence} was altered after it was recorded`,
      };
    }
    previousHash = event.hash;
    checked += 1;
  }
  if (expectedLength !== undefined && checked < expectedLength) {
    return {
      ok: false,
      checked,
      sequence: checked + 1,
      problem: `events ${checked + 1} to ${expectedLength} are missing`,
    };
  }
  return { ok: true, checked, lastHash: previousHash };
}
