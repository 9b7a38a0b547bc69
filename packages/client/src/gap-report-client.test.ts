import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './api-client.ts';
import { gapReportDownloadUrl, gapWorkbookProblems, importGapWorkbook } from './gap-report-client.ts';

const orgId = '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const assessmentId = '4c8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const problem = {
  kind: 'value',
  sheet: 'Requirements',
  row: 12,
  column: 'D',
  header: 'Status',
  refId: '5.2',
  message: '5.2 Status: "done" is not a status',
};

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

describe('gap report client', () => {
  it('builds the download address of each format on the client origin', () => {
    const client = new ApiClient({ baseUrl: 'https://certa.example.test/' });
    expect(gapReportDownloadUrl(client, orgId, assessmentId, 'xlsx')).toBe(
      `https://certa.example.test/api/v1/organizations/${orgId}/gap-assessments/${assessmentId}/report/download?format=xlsx`,
    );
    expect(gapReportDownloadUrl(new ApiClient(), orgId, assessmentId, 'pdf')).toMatch(/^\/api\/v1\/.+format=pdf$/);
  });

  it('uploads the workbook as the raw body and reads the dry run result', async () => {
    const result = {
      dryRun: true,
      reference: 'GA-2026-01',
      changed: [{ refId: '5.2', fields: ['status'] }],
      unchanged: 122,
      problems: [],
    };
    const { fetch, calls } = recordingFetch(200, { data: result });
    const client = new ApiClient({ fetch, token: 'certa_token' });
    const bytes = new Uint8Array([80, 75, 3, 4]);
    await expect(
      importGapWorkbook(client, orgId, assessmentId, bytes, { dryRun: true, fileName: 'my edits.xlsx' }),
    ).resolves.toEqual(result);
    expect(calls[0]?.url).toBe(
      `/api/v1/organizations/${orgId}/gap-assessments/${assessmentId}/answer-imports?dryRun=true&fileName=my+edits.xlsx`,
    );
    expect(calls[0]?.init).toMatchObject({
      method: 'POST',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream', authorization: 'Bearer certa_token' },
    });
  });

  it('gives the located problems of a refused import', async () => {
    const { fetch } = recordingFetch(400, {
      error: {
        code: 'validation_failed',
        message: 'edited.xlsx: row 12…',
        details: { problems: [problem] },
        requestId: 'r',
      },
    });
    const error = await importGapWorkbook(new ApiClient({ fetch }), orgId, assessmentId, new Uint8Array([1])).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(gapWorkbookProblems(error)).toEqual([problem]);
    expect(gapWorkbookProblems(new Error('other'))).toEqual([]);
  });
});
