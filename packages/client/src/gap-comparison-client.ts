import { dashboardSchema, gapComparisonSchema, type Dashboard, type GapComparison } from '@certa/core';
import { z } from 'zod';
import type { ApiClient } from './api-client.ts';

export type { Dashboard, DashboardAssessment, GapComparison } from '@certa/core';

const segment = (value: string) => encodeURIComponent(value);

/**
 * GET /api/v1/organizations/{orgId}/gap-assessments/comparison: two assessments of the same framework
 * compared requirement by requirement, with the score deltas per group.
 */
export async function compareGapAssessments(
  client: ApiClient,
  orgId: string,
  beforeId: string,
  afterId: string,
): Promise<GapComparison> {
  const query = new URLSearchParams({ before: beforeId, after: afterId });
  const answer = await client.request(
    'GET',
    `/api/v1/organizations/${segment(orgId)}/gap-assessments/comparison?${query.toString()}`,
    z.object({ data: gapComparisonSchema }),
  );
  return answer.data;
}

/**
 * GET /api/v1/organizations/{orgId}/dashboard: the latest assessment of each framework with its scores
 * and renewal flag, assessments by status and evidence counts.
 */
export async function getOrganizationDashboard(client: ApiClient, orgId: string): Promise<Dashboard> {
  const answer = await client.request(
    'GET',
    `/api/v1/organizations/${segment(orgId)}/dashboard`,
    z.object({ data: dashboardSchema }),
  );
  return answer.data;
}
