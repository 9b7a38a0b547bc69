import { ismsChangeCategories, roadmapMilestones, roadmapPhases, roadmapTaskStatuses } from '@certa/core';
import { date, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { gapAssessment, gapEffortEnum } from './gap-assessment.ts';
import { organization, userAccount } from './identity.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Roadmap phases, from the same array as the core type. */
export const roadmapPhaseEnum = pgEnum('roadmap_phase', roadmapPhases);

/** Roadmap milestones, from the same array as the core type. */
export const roadmapMilestoneEnum = pgEnum('roadmap_milestone', roadmapMilestones);

/** Task statuses, from the same array as the core type. */
export const roadmapTaskStatusEnum = pgEnum('roadmap_task_status', roadmapTaskStatuses);

/** Change categories, from the same array as the core type. */
export const ismsChangeCategoryEnum = pgEnum('isms_change_category', ismsChangeCategories);

/** A roadmap work package or milestone generated from an assessment's gaps, then tracked as a task. */
export const roadmapTask = pgTable(
  'roadmap_task',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => gapAssessment.id),
    /** `WP-01`… or `MS-1`…, as generated. */
    reference: text('reference').notNull(),
    milestone: roadmapMilestoneEnum('milestone'),
    phase: roadmapPhaseEnum('phase').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    rationale: text('rationale').notNull(),
    refIds: text('ref_ids').array().notNull(),
    owner: text('owner'),
    effort: gapEffortEnum('effort'),
    plannedStart: date('planned_start', { mode: 'string' }),
    plannedDue: date('planned_due', { mode: 'string' }),
    status: roadmapTaskStatusEnum('status').notNull(),
    notes: text('notes'),
    completedAt: timestamptz('completed_at'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => userAccount.id),
  },
  (table) => [
    unique('roadmap_task_reference').on(table.assessmentId, table.reference),
    index('roadmap_task_org').on(table.organizationId),
  ],
);

/** A significant change to the organisation or its ISMS (clause 6.3), which may call for re-assessment. */
export const ismsChange = pgTable(
  'isms_change',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    /** `CH-001`… */
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    category: ismsChangeCategoryEnum('category').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** The part of the ISMS scope it touches, in the organisation's words. */
    scopeAffected: text('scope_affected'),
    /** Requirements the recorder named in addition to those Certa proposes for the category. */
    refIds: text('ref_ids').array().notNull(),
    /** The focused assessment started for this change, if any. */
    reassessmentId: uuid('reassessment_id').references(() => gapAssessment.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (table) => [unique('isms_change_reference').on(table.organizationId, table.reference)],
);
