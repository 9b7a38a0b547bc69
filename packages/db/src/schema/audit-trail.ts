import { bigint, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { AuditChanges } from '@certa/core';

/** The audit trail: append-only, hash-chained per organisation (or per installation when organisation is null). */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey(),
    // No foreign key: the trail outlives what it describes.
    organizationId: uuid('organization_id'),
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes').$type<AuditChanges>().notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    unique('audit_event_chain_sequence').on(table.organizationId, table.sequence).nullsNotDistinct(),
    index('audit_event_occurred').on(table.organizationId, table.occurredAt),
  ],
);

/** Head of each chain: locked while an event is appended, so concurrent writers never fork the chain. */
export const auditChain = pgTable('audit_chain', {
  chainKey: text('chain_key').primaryKey(),
  lastSequence: bigint('last_sequence', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});
