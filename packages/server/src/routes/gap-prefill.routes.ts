import {
  gapAnswerConfirmInputSchema,
  gapAnswerSchema,
  gapAnswersConfirmInputSchema,
  gapAnswersConfirmResultSchema,
  idSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { presentGapAnswer } from '../presenters/gap-assessment.presenter.ts';
import { confirmGapAnswer, confirmGapAnswers } from '../services/gap-prefill.service.ts';

const base = '/api/v1/organizations/:orgId/gap-assessments/:assessmentId';
const assessmentParams = z.object({ orgId: z.string(), assessmentId: idSchema });
const answerParams = assessmentParams.extend({ requirementId: idSchema });
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const tags = ['gap assessments'];

/** Confirming the answers a new assessment was pre-filled with (carried over or through mappings). */
export function gapPrefillRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      `${base}/answers/:requirementId/confirm`,
      {
        schema: {
          tags,
          summary:
            'Confirm a pre-filled answer as it is; a stale version is refused with 409 and the current answer in error.details.current',
          params: answerParams,
          body: gapAnswerConfirmInputSchema,
          response: { 200: z.object({ data: gapAnswerSchema }), ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => {
        const { assessmentId, requirementId } = request.params;
        const confirmed = await confirmGapAnswer(
          deps,
          requireContext(request),
          assessmentId,
          requirementId,
          request.body.version,
        );
        return { data: presentGapAnswer(confirmed) };
      },
    );

    app.post(
      `${base}/confirmations`,
      {
        schema: {
          tags,
          summary: 'Confirm the pending pre-filled answers of these requirements as they are, in one step',
          params: assessmentParams,
          body: gapAnswersConfirmInputSchema,
          response: { 200: z.object({ data: gapAnswersConfirmResultSchema }), ...writeErrors },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => ({
        data: await confirmGapAnswers(
          deps,
          requireContext(request),
          request.params.assessmentId,
          request.body.requirementIds,
        ),
      }),
    );
  };
}
