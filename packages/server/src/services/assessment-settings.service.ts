import { assertCan, DomainError } from '@certa/core';
import { appendAuditEvent, findOrganizationAssessmentMaxAge, updateAssessmentMaxAgeMonths } from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';

/** The organisation's settings of gap assessments. */
export interface AssessmentSettings {
  assessmentMaxAgeMonths: number;
}

const organizationOf = (context: RequestContext) => context.actor.membership?.organizationId ?? '';
const missing = () => new DomainError('not_found', 'No such organisation');

/** The age after which the organisation's completed assessments are flagged as due for renewal. */
export async function getAssessmentSettings(deps: AppDeps, context: RequestContext): Promise<AssessmentSettings> {
  assertCan(context.actor, 'organization.read');
  const months = await findOrganizationAssessmentMaxAge(deps.database.db, organizationOf(context));
  if (months === undefined) throw missing();
  return { assessmentMaxAgeMonths: months };
}

/** Changes the renewal age of the organisation's assessments (owners only), recorded in the audit trail. */
export async function updateAssessmentSettings(
  deps: AppDeps,
  context: RequestContext,
  input: AssessmentSettings,
): Promise<AssessmentSettings> {
  assertCan(context.actor, 'organization.update');
  const organizationId = organizationOf(context);
  return deps.database.db.transaction(async (tx) => {
    const before = await findOrganizationAssessmentMaxAge(tx, organizationId);
    if (before === undefined) throw missing();
    if (before !== input.assessmentMaxAgeMonths) {
      await updateAssessmentMaxAgeMonths(tx, organizationId, input.assessmentMaxAgeMonths);
      await appendAuditEvent(
        tx,
        {
          organizationId,
          action: 'organization.settings_updated',
          entityType: 'organization',
          entityId: organizationId,
          changes: { assessmentMaxAgeMonths: { before, after: input.assessmentMaxAgeMonths } },
        },
        auditContext(context),
      );
    }
    return { assessmentMaxAgeMonths: input.assessmentMaxAgeMonths };
  });
}
