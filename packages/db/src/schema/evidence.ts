import { evidenceKinds, evidenceLinkTargets, evidenceStatuses } from '@certa/core';
import {
  bigint,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization, userAccount } from './identity.ts';
import { requirement } from './library.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Kinds of evidence, from the same array as the core type. */
export const evidenceKindEnum = pgEnum('evidence_kind', evidenceKinds);

/** Statuses of evidence, from the same array as the core type. */
export const evidenceStatusEnum = pgEnum('evidence_status', evidenceStatuses);

/** What evidence can be linked to, from the same array as the core type. */
export const evidenceLinkTargetEnum = pgEnum('evidence_link_target', evidenceLinkTargets);

/**
 * A stored file, addressed by the SHA-256 of its content (the file lives in the evidence store under that
 * name). Shared by every version that uploads the same bytes; reached only through an organisation's versions.
 */
export const evidenceBlob = pgTable('evidence_blob', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(),
  createdAt: timestamptz('created_at').notNull(),
});

/** An evidence item of an organisation: documented information, a record, a screenshot, an export or a link. */
export const evidenceItem = pgTable(
  'evidence_item',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    kind: evidenceKindEnum('kind').notNull(),
    /** Free text (a name or an email), like answer owners. */
    owner: text('owner'),
    /** Where a `link` item lives. */
    url: text('url'),
    coversFrom: date('covers_from', { mode: 'string' }),
    coversTo: date('covers_to', { mode: 'string' }),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    reviewBy: date('review_by', { mode: 'string' }),
    status: evidenceStatusEnum('status').notNull(),
    /** Number of the latest file version; 0 while no file was uploaded. */
    currentVersion: integer('current_version').notNull().default(0),
    /** Grows by one on every change of the item (optimistic concurrency). */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => userAccount.id),
  },
  (table) => [
    unique('evidence_item_reference').on(table.organizationId, table.reference),
    index('evidence_item_org_status').on(table.organizationId, table.status),
    index('evidence_item_org_review_by').on(table.organizationId, table.reviewBy),
  ],
);

/** One uploaded file of an evidence item; a new file is a new version, old versions stay. */
export const evidenceVersion = pgTable(
  'evidence_version',
  {
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceItem.id),
    versionNumber: integer('version_number').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceBlob.sha256),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    note: text('note'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => userAccount.id),
    uploadedAt: timestamptz('uploaded_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.evidenceId, table.versionNumber] }),
    index('evidence_version_sha256').on(table.sha256),
  ],
);

/**
 * Evidence supporting something: for `gap_answer`, target id is the assessment and requirement id the
 * requirement; other targets use target id alone.
 */
export const evidenceLink = pgTable(
  'evidence_link',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceItem.id),
    targetType: evidenceLinkTargetEnum('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    requirementId: uuid('requirement_id').references(() => requirement.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamptz('created_at').notNull(),
  },
  (table) => [
    unique('evidence_link_unique')
      .on(table.evidenceId, table.targetType, table.targetId, table.requirementId)
      .nullsNotDistinct(),
    index('evidence_link_target').on(table.organizationId, table.targetType, table.targetId),
  ],
);
