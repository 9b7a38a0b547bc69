import {
  answerOriginKinds,
  conformityStatuses,
  documentationStates,
  efforts,
  gapAssessmentStatuses,
  priorities,
} from '@certa/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { organization, userAccount } from './identity.ts';
import { framework, mappingRelationshipEnum, requirement } from './library.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Stages of a gap assessment, from the same array as the core type. */
export const gapAssessmentStatusEnum = pgEnum('gap_assessment_status', gapAssessmentStatuses);

/** Conformity statuses of an answer, from the same array as the core type. */
export const conformityStatusEnum = pgEnum('conformity_status', conformityStatuses);

/** States of documented information, from the same array as the core type. */
export const documentationStateEnum = pgEnum('documentation_state', documentationStates);

/** Priorities of a gap, from the same array as the core type. */
export const gapPriorityEnum = pgEnum('gap_priority', priorities);

/** Effort sizes, from the same array as the core type. */
export const gapEffortEnum = pgEnum('gap_effort', efforts);

/** Origins of a pre-filled answer, from the same array as the core type. */
export const answerOriginKindEnum = pgEnum('answer_origin_kind', answerOriginKinds);

/** A gap assessment of one organisation against one framework version (pinned at creation). */
export const gapAssessment = pgTable(
  'gap_assessment',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    reference: text('reference').notNull(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => framework.id),
    title: text('title').notNull(),
    scope: text('scope').notNull(),
    assessmentDate: date('assessment_date', { mode: 'string' }).notNull(),
    targetCertificationDate: date('target_certification_date', { mode: 'string' }),
    status: gapAssessmentStatusEnum('status').notNull(),
    assessors: text('assessors').array().notNull(),
    interviewees: text('interviewees').array().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    completedAt: timestamptz('completed_at'),
    /** The assessment whose answers pre-filled this one (same framework, or another through mappings). */
    startedFromId: uuid('started_from_id').references((): AnyPgColumn => gapAssessment.id),
    /** For a focused re-assessment: the requirements proposed for re-assessment (others carried over). */
    focusRefIds: text('focus_ref_ids').array(),
  },
  (table) => [
    unique('gap_assessment_reference').on(table.organizationId, table.reference),
    index('gap_assessment_framework').on(table.frameworkId),
  ],
);

/**
 * The answer about one assessable requirement in one assessment; `version` grows by one on every change
 * (optimistic concurrency: a write names the version it started from).
 */
export const gapAssessmentAnswer = pgTable(
  'gap_assessment_answer',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => gapAssessment.id),
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => requirement.id),
    status: conformityStatusEnum('status').notNull(),
    maturity: smallint('maturity'),
    targetMaturity: smallint('target_maturity'),
    documentation: documentationStateEnum('documentation'),
    justification: text('justification'),
    gap: text('gap'),
    recommendation: text('recommendation'),
    /** Free text for now (a name or an email); memberships come with areas. */
    owner: text('owner'),
    priorityOverride: gapPriorityEnum('priority_override'),
    priorityReason: text('priority_reason'),
    effort: gapEffortEnum('effort'),
    notes: text('notes'),
    /** Set when the answer was pre-filled; kept after confirmation so its source stays visible. */
    originKind: answerOriginKindEnum('origin_kind'),
    originAssessmentId: uuid('origin_assessment_id').references(() => gapAssessment.id),
    originRequirementId: uuid('origin_requirement_id').references(() => requirement.id),
    /** The mapping relationship a `mapped` answer came through. */
    originRelationship: mappingRelationshipEnum('origin_relationship'),
    /** True until someone confirms or edits the pre-filled answer. */
    originPending: boolean('origin_pending').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: timestamptz('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => userAccount.id),
  },
  (table) => [
    primaryKey({ columns: [table.assessmentId, table.requirementId] }),
    index('gap_assessment_answer_requirement').on(table.requirementId),
    check('gap_assessment_answer_maturity', sql`${table.maturity} between 0 and 5`),
    check('gap_assessment_answer_target_maturity', sql`${table.targetMaturity} between 0 and 5`),
    check(
      'gap_assessment_answer_priority_reason',
      sql`${table.priorityOverride} is null or ${table.priorityReason} is not null`,
    ),
  ],
);
