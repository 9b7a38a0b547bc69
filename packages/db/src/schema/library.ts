import { mappingRelationships, requirementKinds } from '@certa/core';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { organization } from './identity.ts';

/** Kinds of requirement node, from the same array as the core type. */
export const requirementKindEnum = pgEnum('requirement_kind', requirementKinds);

/** Where a framework came from. */
export const frameworkSourceEnum = pgEnum('framework_source', ['built_in', 'imported']);

/** Relationship of a mapping, in the NIST OLIR vocabulary. */
export const mappingRelationshipEnum = pgEnum('mapping_relationship', mappingRelationships);

/**
 * A framework version: built in (organisation null, visible to every organisation) or imported by one
 * organisation (visible to it alone). Versions of one framework are kept side by side.
 */
export const framework = pgTable(
  'framework',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organization.id),
    slug: text('slug').notNull(),
    version: text('version').notNull(),
    name: text('name').notNull(),
    publisher: text('publisher').notNull(),
    licenceNote: text('licence_note').notNull(),
    source: frameworkSourceEnum('source').notNull(),
    /** Identity in the source file (OSCAL catalog uuid, CISO Assistant urn), used to resolve mappings. */
    sourceKey: text('source_key'),
    description: text('description'),
    sourceFormat: text('source_format'),
    sourceFileName: text('source_file_name'),
    sourceSha256: text('source_sha256'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    unique('framework_owner_slug_version').on(table.organizationId, table.slug, table.version).nullsNotDistinct(),
  ],
);

/** A node of a framework's requirement tree (heading, clause requirement or control). */
export const requirement = pgTable(
  'requirement',
  {
    id: uuid('id').primaryKey(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => framework.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => requirement.id),
    refId: text('ref_id').notNull(),
    title: text('title').notNull(),
    kind: requirementKindEnum('kind').notNull(),
    assessable: boolean('assessable').notNull(),
    /** Reading order within the whole framework. */
    position: integer('position').notNull(),
    description: text('description'),
    guidance: text('guidance'),
    objectives: text('objectives'),
    typicalEvidence: text('typical_evidence'),
    withdrawn: boolean('withdrawn').notNull().default(false),
    /** Identity in the source file (OSCAL id, CISO Assistant urn); the reference for built-in nodes. */
    sourceKey: text('source_key').notNull(),
  },
  (table) => [
    unique('requirement_framework_ref').on(table.frameworkId, table.refId),
    unique('requirement_framework_source_key').on(table.frameworkId, table.sourceKey),
    index('requirement_framework_position').on(table.frameworkId, table.position),
  ],
);

/**
 * Typed attribute values of a requirement (ISO/IEC 27002 attributes, OSCAL props). Values that came with
 * the framework have no organisation; values an organisation imported onto a shared framework are its own.
 */
export const requirementAttribute = pgTable(
  'requirement_attribute',
  {
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => requirement.id),
    organizationId: uuid('organization_id').references(() => organization.id),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (table) => [
    unique('requirement_attribute_value')
      .on(table.requirementId, table.organizationId, table.key, table.value)
      .nullsNotDistinct(),
    index('requirement_attribute_org').on(table.organizationId),
  ],
);

/** A parameter of a control (OSCAL `param`) with the values its catalog or profile set. */
export const requirementParameter = pgTable(
  'requirement_parameter',
  {
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => requirement.id),
    paramId: text('param_id').notNull(),
    position: integer('position').notNull(),
    label: text('label'),
    values: text('values').array().notNull(),
    choices: text('choices').array().notNull(),
    howMany: text('how_many'),
  },
  (table) => [primaryKey({ columns: [table.requirementId, table.paramId] })],
);

/** A mapping from a requirement of one framework to a requirement of another. */
export const requirementMapping = pgTable(
  'requirement_mapping',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organization.id),
    sourceRequirementId: uuid('source_requirement_id')
      .notNull()
      .references(() => requirement.id),
    targetRequirementId: uuid('target_requirement_id')
      .notNull()
      .references(() => requirement.id),
    relationship: mappingRelationshipEnum('relationship').notNull(),
    strength: smallint('strength'),
    rationale: text('rationale'),
  },
  (table) => [
    unique('requirement_mapping_pair')
      .on(table.organizationId, table.sourceRequirementId, table.targetRequirementId)
      .nullsNotDistinct(),
    index('requirement_mapping_target').on(table.targetRequirementId),
  ],
);
