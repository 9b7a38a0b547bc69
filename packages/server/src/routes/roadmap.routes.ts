import {
  idSchema,
  organizationRoadmapProgressSchema,
  roadmapGenerateInputSchema,
  roadmapGenerateResultSchema,
  roadmapTaskSchema,
  roadmapTaskUpdateInputSchema,
  roadmapViewSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import {
  presentOrganizationRoadmapProgress,
  presentRoadmapGenerateResult,
  presentRoadmapTask,
  presentRoadmapView,
} from '../presenters/roadmap.presenter.ts';
import {
  generateRoadmap,
  getOrganizationRoadmapProgress,
  getRoadmap,
  updateRoadmapTaskFields,
} from '../services/roadmap.service.ts';

const base = '/api/v1/organizations/:orgId';
const orgParams = z.object({ orgId: z.string() });
const assessmentParams = orgParams.extend({ assessmentId: idSchema });
const taskParams = orgParams.extend({ taskId: idSchema });
const readErrors = errorResponses(400, 401, 403, 404);
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const tags = ['roadmap'];

/** The roadmap to certification tracked as tasks: generation from the gaps, updates and progress. */
export function roadmapRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      `${base}/gap-assessments/:assessmentId/roadmap`,
      {
        schema: {
          tags,
          summary:
            "Generate the tracked roadmap from the assessment's current gaps; 409 when one exists unless replace is true",
          params: assessmentParams,
          body: roadmapGenerateInputSchema,
          response: { 201: z.object({ data: roadmapGenerateResultSchema }), ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request, reply) => {
        const result = await generateRoadmap(deps, requireContext(request), request.params.assessmentId, request.body);
        return reply.status(201).send({ data: presentRoadmapGenerateResult(result) });
      },
    );

    app.get(
      `${base}/gap-assessments/:assessmentId/roadmap`,
      {
        schema: {
          tags,
          summary: 'The tracked roadmap of an assessment: tasks in plan order, how the dates fit, progress today',
          params: assessmentParams,
          response: { 200: z.object({ data: roadmapViewSchema }), ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: presentRoadmapView(await getRoadmap(deps, requireContext(request), request.params.assessmentId)),
      }),
    );

    app.patch(
      `${base}/roadmap-tasks/:taskId`,
      {
        schema: {
          tags,
          summary:
            'Change the status, owner, dates, title or notes of a roadmap task; a stale version is refused with 409 and the current task in error.details.current',
          params: taskParams,
          body: roadmapTaskUpdateInputSchema,
          response: { 200: z.object({ data: roadmapTaskSchema }), ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => {
        const { task, today } = await updateRoadmapTaskFields(
          deps,
          requireContext(request),
          request.params.taskId,
          request.body,
        );
        return { data: presentRoadmapTask(task, today) };
      },
    );

    app.get(
      `${base}/roadmap/progress`,
      {
        schema: {
          tags,
          summary: "Progress against plan of the organisation's tracked roadmap (the latest generated); null when none",
          params: orgParams,
          response: { 200: z.object({ data: organizationRoadmapProgressSchema.nullable() }), ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => {
        const progress = await getOrganizationRoadmapProgress(deps, requireContext(request));
        return { data: progress === null ? null : presentOrganizationRoadmapProgress(progress) };
      },
    );
  };
}
