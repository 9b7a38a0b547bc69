import {
  gapAnswerSchema,
  gapAnswerUpdateInputSchema,
  gapAssessmentCreateInputSchema,
  gapAssessmentDetailSchema,
  gapAssessmentReportSchema,
  gapAssessmentSummarySchema,
  gapAssessmentTransitionInputSchema,
  gapAssessmentUpdateInputSchema,
  idSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import {
  presentGapAnswer,
  presentGapAssessmentDetail,
  presentGapAssessmentReport,
  presentGapAssessmentSummary,
} from '../presenters/gap-assessment.presenter.ts';
import { saveGapAssessmentAnswer } from '../services/gap-answer.service.ts';
import {
  gapAssessmentOrganization,
  getGapAssessmentDetail,
  getGapAssessmentReport,
  listOrganizationGapAssessments,
} from '../services/gap-assessment-read.service.ts';
import { sendRendered, type RevisionCache } from '../services/revision-cache.ts';
import {
  createGapAssessment,
  transitionGapAssessment,
  updateGapAssessmentDetails,
} from '../services/gap-assessment.service.ts';

const base = '/api/v1/organizations/:orgId/gap-assessments';
const orgParams = z.object({ orgId: z.string() });
const assessmentParams = z.object({ orgId: z.string(), assessmentId: idSchema });
const answerParams = assessmentParams.extend({ requirementId: idSchema });
const readErrors = errorResponses(400, 401, 403, 404);
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const tags = ['gap assessments'];
const summary = z.object({ data: gapAssessmentSummarySchema });
const detailAnswer = z.object({ data: gapAssessmentDetailSchema });
const listAnswer = z.object({ data: z.array(gapAssessmentSummarySchema) });
const notModified = z.null().meta({ description: 'Not modified since the ETag sent in If-None-Match' });

/** Gap assessments of an organisation: details, workflow, answers, scores and the report model. */
export function gapAssessmentRoutes(deps: AppDeps, details: RevisionCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'Gap assessments of the organisation, newest first, with progress and overall score',
          params: orgParams,
          response: { 200: listAnswer, 304: notModified, ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const context = requireContext(request);
        const rendered = await details.read(deps, gapAssessmentOrganization(context), 'gap-assessments', async () =>
          listAnswer.parse({
            data: (await listOrganizationGapAssessments(deps, context)).map(presentGapAssessmentSummary),
          }),
        );
        return sendRendered(request, reply, rendered);
      },
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Start a gap assessment against a framework version the organisation can use',
          params: orgParams,
          body: gapAssessmentCreateInputSchema,
          response: { 201: summary, ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request, reply) => {
        const created = await createGapAssessment(deps, requireContext(request), request.body);
        return reply.status(201).send({ data: presentGapAssessmentSummary(created) });
      },
    );

    app.get(
      `${base}/:assessmentId`,
      {
        schema: {
          tags,
          summary: 'A gap assessment with its framework tree, an answer for every assessable requirement, and scores',
          params: assessmentParams,
          response: { 200: detailAnswer, 304: notModified, ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const context = requireContext(request);
        const { assessmentId } = request.params;
        // Rendered once per revision of the organisation (and day, for the renewal flag); see revision-cache.ts.
        const rendered = await details.read(
          deps,
          gapAssessmentOrganization(context),
          `gap-assessment ${assessmentId}`,
          async () =>
            detailAnswer.parse({
              data: presentGapAssessmentDetail(await getGapAssessmentDetail(deps, context, assessmentId)),
            }),
        );
        return sendRendered(request, reply, rendered);
      },
    );

    app.patch(
      `${base}/:assessmentId`,
      {
        schema: {
          tags,
          summary: 'Change the title, scope, dates or people of an assessment (not once completed)',
          params: assessmentParams,
          body: gapAssessmentUpdateInputSchema,
          response: { 200: summary, ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => ({
        data: presentGapAssessmentSummary(
          await updateGapAssessmentDetails(deps, requireContext(request), request.params.assessmentId, request.body),
        ),
      }),
    );

    app.post(
      `${base}/:assessmentId/transitions`,
      {
        schema: {
          tags,
          summary:
            'Move an assessment along planned → in_progress → in_review → completed (in_review may go back to in_progress)',
          params: assessmentParams,
          body: gapAssessmentTransitionInputSchema,
          response: { 200: summary, ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => ({
        data: presentGapAssessmentSummary(
          await transitionGapAssessment(deps, requireContext(request), request.params.assessmentId, request.body.to),
        ),
      }),
    );

    app.put(
      `${base}/:assessmentId/answers/:requirementId`,
      {
        schema: {
          tags,
          summary:
            'Record the answer about one requirement; a stale version is refused with 409 and the current answer in error.details.current',
          params: answerParams,
          body: gapAnswerUpdateInputSchema,
          response: { 200: z.object({ data: gapAnswerSchema }), ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => {
        const { assessmentId, requirementId } = request.params;
        const saved = await saveGapAssessmentAnswer(
          deps,
          requireContext(request),
          assessmentId,
          requirementId,
          request.body,
        );
        return { data: presentGapAnswer(saved) };
      },
    );

    app.get(
      `${base}/:assessmentId/report`,
      {
        schema: {
          tags,
          summary: 'The gap report model of an assessment: scores, gaps, roadmap and every requirement',
          params: assessmentParams,
          response: { 200: z.object({ data: gapAssessmentReportSchema }), ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: presentGapAssessmentReport(
          await getGapAssessmentReport(deps, requireContext(request), request.params.assessmentId),
        ),
      }),
    );
  };
}
