import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './api-client.ts';
import { compareGapAssessments, getOrganizationDashboard } from './gap-comparison-client.ts';

function clientAnswering(status: number, body: unknown) {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { client: new ApiClient({ baseUrl: 'http://certa.test', fetch }), urls };
}

const orgId = '6f1c7e2a-1b2c-4d3e-8f90-a1b2c3d4e5f6';
const before = '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const after = '1c9e4d2f-3a5b-4c7d-9e0f-1b2c3d4e5f60';

describe('the dashboard and comparison client', () => {
  it('asks for the comparison of two assessments and reports the server’s 400 as an ApiError', async () => {
    const { client, urls } = clientAnswering(400, {
      error: { code: 'validation_failed', message: 'only assessments of the same framework can be compared' },
    });
    const failure = await compareGapAssessments(client, orgId, before, after).catch((error: unknown) => error);
    expect(urls).toEqual([
      `http://certa.test/api/v1/organizations/${orgId}/gap-assessments/comparison?before=${before}&after=${after}`,
    ]);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('validation_failed');
  });

  it('parses the dashboard against its contract', async () => {
    const dashboard = {
      today: '2026-01-15',
      assessmentMaxAgeMonths: 12,
      latestAssessments: [],
      assessments: { total: 0, byStatus: { planned: 0, in_progress: 0, in_review: 0, completed: 0 } },
      evidence: { total: 0, byStatus: { draft: 0, approved: 0, expired: 0 }, stale: 0 },
      roadmap: null,
    };
    const { client, urls } = clientAnswering(200, { data: dashboard });
    expect(await getOrganizationDashboard(client, orgId)).toEqual(dashboard);
    expect(urls[0]).toBe(`http://certa.test/api/v1/organizations/${orgId}/dashboard`);
    const broken = clientAnswering(200, { data: { ...dashboard, today: 'yesterday' } });
    await expect(getOrganizationDashboard(broken.client, orgId)).rejects.toThrow(/Unexpected answer/);
  });
});
