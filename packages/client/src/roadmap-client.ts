import {
  organizationRoadmapProgressSchema,
  roadmapGenerateResultSchema,
  roadmapTaskSchema,
  roadmapViewSchema,
  type roadmapTaskUpdateInputSchema,
} from '@certa/core';
import { z } from 'zod';
import { ApiError, type ApiClient } from './api-client.ts';

/** A tracked roadmap task (work package or milestone) as the API shows it. */
export type RoadmapTaskView = z.infer<typeof roadmapTaskSchema>;
/** The tracked roadmap of an assessment: tasks, how the dates fit, progress today. */
export type RoadmapView = z.infer<typeof roadmapViewSchema>;
/** What generating a roadmap did: the view plus how many tasks kept their progress. */
export type RoadmapGenerateResult = z.infer<typeof roadmapGenerateResultSchema>;
/** Progress of a roadmap against its plan. */
export type RoadmapProgressView = NonNullable<RoadmapView['progress']>;
/** The organisation's tracked roadmap progress, as the dashboard shows it. */
export type OrganizationRoadmapProgress = z.infer<typeof organizationRoadmapProgressSchema>;
/** PATCH body of a roadmap task, as the caller writes it. */
export type RoadmapTaskUpdateInput = z.input<typeof roadmapTaskUpdateInputSchema>;

const segment = (value: string) => encodeURIComponent(value);
const organization = (orgId: string) => `/api/v1/organizations/${segment(orgId)}`;

/** GET …/gap-assessments/{assessmentId}/roadmap: the tracked roadmap (no tasks before it is generated). */
export async function getRoadmap(api: ApiClient, orgId: string, assessmentId: string): Promise<RoadmapView> {
  const answer = await api.request(
    'GET',
    `${organization(orgId)}/gap-assessments/${segment(assessmentId)}/roadmap`,
    z.object({ data: roadmapViewSchema }),
  );
  return answer.data;
}

/**
 * POST …/gap-assessments/{assessmentId}/roadmap: generates the roadmap from the current gaps. An existing
 * roadmap rejects with an ApiError `conflict` unless `replace` is true.
 */
export async function generateRoadmap(
  api: ApiClient,
  orgId: string,
  assessmentId: string,
  options: { replace?: boolean } = {},
): Promise<RoadmapGenerateResult> {
  const answer = await api.request(
    'POST',
    `${organization(orgId)}/gap-assessments/${segment(assessmentId)}/roadmap`,
    z.object({ data: roadmapGenerateResultSchema }),
    { replace: options.replace ?? false },
  );
  return answer.data;
}

/**
 * The current task carried by a 409 `conflict` from updating a roadmap task (someone saved it first), or
 * undefined for any other error.
 */
export function conflictingRoadmapTask(error: unknown): RoadmapTaskView | undefined {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return undefined;
  const parsed = z.object({ current: roadmapTaskSchema }).safeParse(error.details);
  return parsed.success ? parsed.data.current : undefined;
}

/**
 * PATCH …/roadmap-tasks/{taskId}: changes a task edited from `version`; a stale version rejects with an
 * ApiError `conflict` (read the current task with `conflictingRoadmapTask`).
 */
export async function updateRoadmapTask(
  api: ApiClient,
  orgId: string,
  taskId: string,
  input: RoadmapTaskUpdateInput,
): Promise<RoadmapTaskView> {
  const answer = await api.request(
    'PATCH',
    `${organization(orgId)}/roadmap-tasks/${segment(taskId)}`,
    z.object({ data: roadmapTaskSchema }),
    input,
  );
  return answer.data;
}

/** GET …/roadmap/progress: progress of the organisation's latest tracked roadmap, or null when none. */
export async function getRoadmapProgress(api: ApiClient, orgId: string): Promise<OrganizationRoadmapProgress | null> {
  const answer = await api.request(
    'GET',
    `${organization(orgId)}/roadmap/progress`,
    z.object({ data: organizationRoadmapProgressSchema.nullable() }),
  );
  return answer.data;
}
