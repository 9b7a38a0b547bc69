import {
  assessmentSettingsSchema,
  gapAnswerSchema,
  gapAnswersConfirmResultSchema,
  gapAssessmentSummarySchema,
  ismsChangeSchema,
  reassessmentProposalSchema,
} from '@certa/core';
// Request schemas only lend their types here: the server validates every body with them.
import type {
  assessmentSettingsUpdateInputSchema,
  focusedReassessmentInputSchema,
  ismsChangeCreateInputSchema,
  ismsChangeUpdateInputSchema,
} from '@certa/core';
import { z } from 'zod';
import type { ApiClient, GapAnswer, GapAssessmentSummary } from './api-client.ts';

/** One entry of the ISMS change log. */
export type IsmsChangeView = z.infer<typeof ismsChangeSchema>;
/** Which requirements to re-assess after the recorded changes, and why. */
export type ReassessmentProposal = z.infer<typeof reassessmentProposalSchema>;
/** Where a pre-filled answer came from. */
export type GapAnswerOriginView = NonNullable<GapAnswer['origin']>;
/** The organisation's settings of gap assessments. */
export type AssessmentSettings = z.infer<typeof assessmentSettingsSchema>;
/** Request bodies, as the caller writes them. */
export type IsmsChangeCreateInput = z.input<typeof ismsChangeCreateInputSchema>;
export type IsmsChangeUpdateInput = z.input<typeof ismsChangeUpdateInputSchema>;
export type FocusedReassessmentInput = z.input<typeof focusedReassessmentInputSchema>;
export type AssessmentSettingsUpdateInput = z.input<typeof assessmentSettingsUpdateInputSchema>;

const data = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
const org = (orgId: string) => `/api/v1/organizations/${encodeURIComponent(orgId)}`;
const id = (value: string) => encodeURIComponent(value);

/** GET …/isms-changes: the change log, most recent change first. */
export async function listIsmsChanges(api: ApiClient, orgId: string): Promise<IsmsChangeView[]> {
  return (await api.request('GET', `${org(orgId)}/isms-changes`, data(z.array(ismsChangeSchema)))).data;
}

/** POST …/isms-changes: records a change. */
export async function recordIsmsChange(
  api: ApiClient,
  orgId: string,
  input: IsmsChangeCreateInput,
): Promise<IsmsChangeView> {
  return (await api.request('POST', `${org(orgId)}/isms-changes`, data(ismsChangeSchema), input)).data;
}

/** PATCH …/isms-changes/{changeId}: edits a change. */
export async function updateIsmsChange(
  api: ApiClient,
  orgId: string,
  changeId: string,
  input: IsmsChangeUpdateInput,
): Promise<IsmsChangeView> {
  return (await api.request('PATCH', `${org(orgId)}/isms-changes/${id(changeId)}`, data(ismsChangeSchema), input)).data;
}

/** GET …/isms-changes/reassessment-proposal: what to re-assess after the changes since the last assessment. */
export async function getReassessmentProposal(
  api: ApiClient,
  orgId: string,
  frameworkId?: string,
): Promise<ReassessmentProposal> {
  const query = frameworkId ? `?frameworkId=${id(frameworkId)}` : '';
  return (
    await api.request(
      'GET',
      `${org(orgId)}/isms-changes/reassessment-proposal${query}`,
      data(reassessmentProposalSchema),
    )
  ).data;
}

/** POST …/isms-changes/reassessments: starts a focused re-assessment for these changes. */
export async function startFocusedReassessment(
  api: ApiClient,
  orgId: string,
  input: FocusedReassessmentInput,
): Promise<GapAssessmentSummary> {
  return (
    await api.request('POST', `${org(orgId)}/isms-changes/reassessments`, data(gapAssessmentSummarySchema), input)
  ).data;
}

/** POST …/gap-assessments/{id}/answers/{requirementId}/confirm: confirms one pre-filled answer as it is. */
export async function confirmGapAnswer(
  api: ApiClient,
  orgId: string,
  assessmentId: string,
  requirementId: string,
  version: number,
): Promise<GapAnswer> {
  const path = `${org(orgId)}/gap-assessments/${id(assessmentId)}/answers/${id(requirementId)}/confirm`;
  return (await api.request('POST', path, data(gapAnswerSchema), { version })).data;
}

/** POST …/gap-assessments/{id}/confirmations: confirms many pending pre-filled answers at once. */
export async function confirmGapAnswers(
  api: ApiClient,
  orgId: string,
  assessmentId: string,
  requirementIds: string[],
): Promise<{ confirmed: number; pending: number }> {
  const path = `${org(orgId)}/gap-assessments/${id(assessmentId)}/confirmations`;
  return (await api.request('POST', path, data(gapAnswersConfirmResultSchema), { requirementIds })).data;
}

/** GET …/assessment-settings: the renewal age of assessments. */
export async function getAssessmentSettings(api: ApiClient, orgId: string): Promise<AssessmentSettings> {
  return (await api.request('GET', `${org(orgId)}/assessment-settings`, data(assessmentSettingsSchema))).data;
}

/** PATCH …/assessment-settings: changes the renewal age of assessments. */
export async function updateAssessmentSettings(
  api: ApiClient,
  orgId: string,
  input: AssessmentSettingsUpdateInput,
): Promise<AssessmentSettings> {
  return (await api.request('PATCH', `${org(orgId)}/assessment-settings`, data(assessmentSettingsSchema), input)).data;
}
