import {
  assessmentSettingsSchema,
  assessmentSettingsUpdateInputSchema,
  focusedReassessmentInputSchema,
  gapAssessmentSummarySchema,
  idSchema,
  ismsChangeCreateInputSchema,
  ismsChangeSchema,
  ismsChangeUpdateInputSchema,
  reassessmentProposalQuerySchema,
  reassessmentProposalSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { presentGapAssessmentSummary } from '../presenters/gap-assessment.presenter.ts';
import { presentIsmsChange, presentReassessmentProposal } from '../presenters/isms-change.presenter.ts';
import { getAssessmentSettings, updateAssessmentSettings } from '../services/assessment-settings.service.ts';
import {
  editIsmsChange,
  getReassessmentProposal,
  listOrganizationIsmsChanges,
  recordIsmsChange,
  startFocusedReassessment,
} from '../services/isms-change.service.ts';

const base = '/api/v1/organizations/:orgId/isms-changes';
const orgParams = z.object({ orgId: z.string() });
const changeParams = z.object({ orgId: z.string(), changeId: idSchema });
const readErrors = errorResponses(400, 401, 403, 404);
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const tags = ['change log'];
const change = z.object({ data: ismsChangeSchema });

/** The ISMS change log (clause 6.3), re-assessment proposals, focused re-assessments and the renewal age. */
export function ismsChangeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'The change log of the organisation, most recent change first',
          params: orgParams,
          response: { 200: z.object({ data: z.array(ismsChangeSchema) }), ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: (await listOrganizationIsmsChanges(deps, requireContext(request))).map(presentIsmsChange),
      }),
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Record a significant change: what changed, when, and which part of the scope it touches',
          params: orgParams,
          body: ismsChangeCreateInputSchema,
          response: { 201: change, ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request, reply) => {
        const created = await recordIsmsChange(deps, requireContext(request), request.body);
        return reply.status(201).send({ data: presentIsmsChange(created) });
      },
    );

    app.patch(
      `${base}/:changeId`,
      {
        schema: {
          tags,
          summary: 'Edit a recorded change',
          params: changeParams,
          body: ismsChangeUpdateInputSchema,
          response: { 200: change, ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => ({
        data: presentIsmsChange(
          await editIsmsChange(deps, requireContext(request), request.params.changeId, request.body),
        ),
      }),
    );

    app.get(
      `${base}/reassessment-proposal`,
      {
        schema: {
          tags,
          summary:
            'Which requirements to re-assess after the changes since the latest completed assessment, and which changes call for each',
          params: orgParams,
          querystring: reassessmentProposalQuerySchema,
          response: { 200: z.object({ data: reassessmentProposalSchema }), ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: presentReassessmentProposal(
          await getReassessmentProposal(deps, requireContext(request), request.query.frameworkId),
        ),
      }),
    );

    app.post(
      `${base}/reassessments`,
      {
        schema: {
          tags,
          summary:
            'Start a focused re-assessment for these changes: the latest completed assessment carried over, the proposed requirements pending confirmation',
          params: orgParams,
          body: focusedReassessmentInputSchema,
          response: { 201: z.object({ data: gapAssessmentSummarySchema }), ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request, reply) => {
        const created = await startFocusedReassessment(deps, requireContext(request), request.body);
        return reply.status(201).send({ data: presentGapAssessmentSummary(created) });
      },
    );

    app.get(
      '/api/v1/organizations/:orgId/assessment-settings',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Settings of gap assessments: the age after which a completed assessment is due for renewal',
          params: orgParams,
          response: { 200: z.object({ data: assessmentSettingsSchema }), ...readErrors },
        },
        config: { permission: 'organization.read' },
      },
      async (request) => ({ data: await getAssessmentSettings(deps, requireContext(request)) }),
    );

    app.patch(
      '/api/v1/organizations/:orgId/assessment-settings',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Change the age after which a completed assessment is due for renewal',
          params: orgParams,
          body: assessmentSettingsUpdateInputSchema,
          response: { 200: z.object({ data: assessmentSettingsSchema }), ...writeErrors },
        },
        config: { permission: 'organization.update' },
      },
      async (request) => ({ data: await updateAssessmentSettings(deps, requireContext(request), request.body) }),
    );
  };
}
