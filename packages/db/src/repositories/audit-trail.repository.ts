import { randomUUID } from 'node:crypto';
import {
  auditEventContent,
  genesisHash,
  verifyAuditChain,
  type AuditEvent,
  type AuditEventDraft,
  type ChainVerification,
} from '@certa/core';
import { and, asc, desc, eq, gte, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { sha256Hex } from '../hashing.ts';
import { auditChain, auditEvent } from '../schema/audit-trail.ts';

/** Who did a change, from where, and when. */
export interface AuditContext {
  actorUserId: string | null;
  actorLabel: string;
  requestId: string | null;
  ip: string | null;
  occurredAt: Date;
}

const installationChain = 'installation';

function chainKey(organizationId: string | null): string {
  return organizationId ?? installationChain;
}

function toAuditEvent(row: typeof auditEvent.$inferSelect): AuditEvent {
  return { ...row };
}

/**
 * Appends an event to its organisation's chain inside the caller's transaction. The chain head row is
 * locked first, so concurrent transactions append one after the other and never fork the chain.
 */
export async function appendAuditEvent(
  tx: Executor,
  draft: AuditEventDraft,
  context: AuditContext,
): Promise<AuditEvent> {
  const key = chainKey(draft.organizationId);
  await tx.insert(auditChain).values({ chainKey: key, lastSequence: 0, lastHash: genesisHash }).onConflictDoNothing();
  const [head] = await tx.select().from(auditChain).where(eq(auditChain.chainKey, key)).for('update');
  if (!head) throw new Error(`audit chain ${key} has no head`);
  // Millisecond precision, so the time read back from the database hashes the same.
  const occurredAt = new Date(context.occurredAt.getTime());
  const unhashed: Omit<AuditEvent, 'hash'> = {
    id: randomUUID(),
    organizationId: draft.organizationId,
    sequence: head.lastSequence + 1,
    occurredAt,
    actorUserId: context.actorUserId,
    actorLabel: context.actorLabel,
    action: draft.action,
    entityType: draft.entityType,
    entityId: draft.entityId,
    changes: JSON.parse(JSON.stringify(draft.changes)) as AuditEvent['changes'],
    requestId: context.requestId,
    ip: context.ip,
    previousHash: head.lastHash,
  };
  const event: AuditEvent = { ...unhashed, hash: sha256Hex(auditEventContent(unhashed)) };
  await tx.insert(auditEvent).values(event);
  await tx
    .update(auditChain)
    .set({ lastSequence: event.sequence, lastHash: event.hash })
    .where(eq(auditChain.chainKey, key));
  return event;
}

/** Filters of an audit trail listing. */
export interface AuditEventFilter {
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Only events with a lower sequence (paging newest first). */
  beforeSequence?: number;
}

function filterConditions(organizationId: string | null, filter: AuditEventFilter): SQL[] {
  const conditions: SQL[] = [
    organizationId === null ? isNull(auditEvent.organizationId) : eq(auditEvent.organizationId, organizationId),
  ];
  if (filter.actorUserId) conditions.push(eq(auditEvent.actorUserId, filter.actorUserId));
  if (filter.entityType) conditions.push(eq(auditEvent.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvent.entityId, filter.entityId));
  if (filter.action) conditions.push(eq(auditEvent.action, filter.action));
  if (filter.from) conditions.push(gte(auditEvent.occurredAt, filter.from));
  if (filter.to) conditions.push(lte(auditEvent.occurredAt, filter.to));
  if (filter.beforeSequence) conditions.push(lt(auditEvent.sequence, filter.beforeSequence));
  return conditions;
}

/** Lists an organisation's events, newest first. */
export async function listAuditEvents(
  db: Executor,
  organizationId: string | null,
  filter: AuditEventFilter,
  limit: number,
): Promise<AuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvent)
    .where(and(...filterConditions(organizationId, filter)))
    .orderBy(desc(auditEvent.sequence))
    .limit(limit);
  return rows.map(toAuditEvent);
}

/** Recomputes an organisation's chain (or the installation chain) from the stored events. */
export async function verifyStoredAuditChain(db: Executor, organizationId: string | null): Promise<ChainVerification> {
  const rows = await db
    .select()
    .from(auditEvent)
    .where(organizationId === null ? isNull(auditEvent.organizationId) : eq(auditEvent.organizationId, organizationId))
    .orderBy(asc(auditEvent.sequence));
  const [head] = await db
    .select()
    .from(auditChain)
    .where(eq(auditChain.chainKey, chainKey(organizationId)));
  return verifyAuditChain(rows.map(toAuditEvent), sha256Hex, head?.lastSequence ?? 0);
}

/** The organisations that have a chain, plus null for the installation chain when it exists. */
export async function listAuditChains(db: Executor): Promise<(string | null)[]> {
  const rows = await db.select({ key: auditChain.chainKey }).from(auditChain).orderBy(asc(auditChain.chainKey));
  return rows.map((row) => (row.key === installationChain ? null : row.key));
}

/** Number of events of an organisation (for tests and summaries). */
export async function countAuditEvents(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvent)
    .where(eq(auditEvent.organizationId, organizationId));
  return row?.n ?? 0;
}

/**
 * The sequence number of the last event of an organisation's chain (0 before the first). Every change to an
 * organisation's content appends an event in the same transaction, so this number changes whenever anything
 * of the organisation changes: a cheap revision for caches shared by every replica.
 */
export async function findAuditChainSequence(db: Executor, organizationId: string): Promise<number> {
  const [head] = await db
    .select({ lastSequence: auditChain.lastSequence })
    .from(auditChain)
    .where(eq(auditChain.chainKey, chainKey(organizationId)));
  return head?.lastSequence ?? 0;
}
