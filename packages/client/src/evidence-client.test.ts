import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './api-client.ts';
import {
  conflictingEvidence,
  createEvidence,
  evidenceDownloadUrl,
  evidenceListQuery,
  getEvidence,
  linkEvidence,
  listEvidence,
  listEvidenceLinks,
  unlinkEvidence,
  updateEvidence,
  uploadEvidenceFile,
} from './evidence-client.ts';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status: number; body?: unknown };

/** A fetch that records each call and answers from a list, in order. */
function fakeFetch(answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected call ${init.method ?? 'GET'} ${url}`);
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

const orgId = '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const evidenceId = '1b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const assessmentId = '2b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const requirementId = '3b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const linkId = '4b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const userId = '5b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';

const fileVersion = {
  versionNumber: 1,
  sha256: 'a'.repeat(64),
  fileName: 'policy.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 1234,
  note: null,
  uploadedBy: { id: userId, name: 'Olivia' },
  uploadedAt: '2026-01-05T09:00:00.000Z',
};
const summary = {
  id: evidenceId,
  reference: 'EV-0001',
  title: 'Access control policy',
  kind: 'document',
  status: 'approved',
  owner: 'Olivia',
  url: null,
  coversFrom: null,
  coversTo: null,
  effectiveFrom: '2026-01-01',
  reviewBy: '2027-01-01',
  stale: false,
  currentVersion: 1,
  latestFile: fileVersion,
  linkCount: 1,
  version: 3,
  updatedAt: '2026-01-05T09:00:00.000Z',
};
const link = {
  id: linkId,
  evidenceId,
  evidenceReference: 'EV-0001',
  evidenceTitle: 'Access control policy',
  targetType: 'gap_answer',
  targetId: assessmentId,
  requirementId,
  label: 'GA-2026-01 · A.5.15 Access control',
  createdAt: '2026-01-05T09:00:00.000Z',
};
const detail = {
  ...summary,
  description: 'Who may access what.',
  versions: [fileVersion],
  links: [link],
  createdAt: '2026-01-05T09:00:00.000Z',
};
const me = {
  user: { id: userId, email: 'olivia@example.test', name: 'Olivia', createdAt: '2026-01-05T09:00:00.000Z' },
  memberships: [],
  csrfToken: 'csrf-1',
  via: 'session',
};

describe('evidence list', () => {
  it('leaves empty filters out of the query and writes the stale flag as true or false', () => {
    expect(evidenceListQuery({})).toBe('');
    expect(evidenceListQuery({ q: '  ', kind: '', status: '', owner: '' })).toBe('');
    expect(evidenceListQuery({ q: ' policy ', kind: 'document', stale: false, limit: 25, offset: 50 })).toBe(
      '?q=policy&kind=document&stale=false&limit=25&offset=50',
    );
    expect(evidenceListQuery({ status: 'approved', stale: true, owner: 'Olivia O' })).toBe(
      '?status=approved&stale=true&owner=Olivia+O',
    );
  });

  it('reads one page with its total and counts', async () => {
    const counts = { draft: 0, approved: 1, expired: 0, stale: 0 };
    const { fetch, calls } = fakeFetch([{ status: 200, body: { data: [summary], total: 1, counts } }]);
    const page = await listEvidence(new ApiClient({ fetch }), orgId, { q: 'access', stale: true });
    expect(calls[0]?.url).toBe(`/api/v1/organizations/${orgId}/evidence?q=access&stale=true`);
    expect(page.total).toBe(1);
    expect(page.counts).toEqual(counts);
    expect(page.data[0]?.reference).toBe('EV-0001');
  });

  it('rejects a list that does not match the contract', async () => {
    const { fetch } = fakeFetch([{ status: 200, body: { data: [{ ...summary, stale: 'no' }], total: 1 } }]);
    await expect(listEvidence(new ApiClient({ fetch }), orgId)).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('evidence items', () => {
  it('creates an item and reads it back with versions and links', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 201, body: { data: { ...detail, versions: [], latestFile: null, currentVersion: 0 } } },
      { status: 200, body: { data: detail } },
    ]);
    const api = new ApiClient({ fetch });
    const created = await createEvidence(api, orgId, { title: 'Access control policy', kind: 'document' });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/evidence`,
      body: { title: 'Access control policy', kind: 'document' },
    });
    expect(created.versions).toEqual([]);
    const read = await getEvidence(api, orgId, evidenceId);
    expect(calls[1]?.url).toBe(`/api/v1/organizations/${orgId}/evidence/${evidenceId}`);
    expect(read.links[0]?.label).toBe('GA-2026-01 · A.5.15 Access control');
  });

  it('sends an edit with its version and surfaces a stale version as a conflict carrying the current item', async () => {
    const current = { ...detail, title: 'Access policy (2026)', version: 4 };
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { data: detail } },
      { status: 409, body: { error: { code: 'conflict', message: 'Changed by someone else', details: { current } } } },
    ]);
    const api = new ApiClient({ fetch });
    await updateEvidence(api, orgId, evidenceId, { title: 'Access control policy', version: 3 });
    expect(calls[0]).toMatchObject({ method: 'PATCH', body: { title: 'Access control policy', version: 3 } });
    const error = await updateEvidence(api, orgId, evidenceId, { owner: 'Vera', version: 3 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(conflictingEvidence(error)).toMatchObject({ title: 'Access policy (2026)', version: 4 });
    expect(conflictingEvidence(new ApiError('conflict', 'x', 409, { current: { id: 'nope' } }))).toBeUndefined();
    expect(conflictingEvidence(new ApiError('not_found', 'x', 404))).toBeUndefined();
  });

  it('builds download addresses on the client origin', () => {
    const api = new ApiClient({ baseUrl: 'https://certa.example.test/' });
    expect(evidenceDownloadUrl(api, orgId, evidenceId, 2)).toBe(
      `https://certa.example.test/api/v1/organizations/${orgId}/evidence/${evidenceId}/versions/2/download`,
    );
    expect(evidenceDownloadUrl(new ApiClient(), orgId, evidenceId, 1)).toBe(
      `/api/v1/organizations/${orgId}/evidence/${evidenceId}/versions/1/download`,
    );
  });
});

describe('evidence uploads without a browser', () => {
  it('sends the raw file with its name and note in the query and reports it complete', async () => {
    const { fetch, calls } = fakeFetch([{ status: 201, body: { data: detail } }]);
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const seen: number[] = [];
    const answer = await uploadEvidenceFile(new ApiClient({ fetch }), orgId, evidenceId, bytes, {
      fileName: 'policy v2.pdf',
      note: 'Annual review',
      onProgress: ({ loaded }) => seen.push(loaded),
    });
    expect(calls[0]?.method).toBe('PUT');
    expect(calls[0]?.url).toBe(
      `/api/v1/organizations/${orgId}/evidence/${evidenceId}/file?fileName=policy+v2.pdf&note=Annual+review`,
    );
    expect(calls[0]?.headers['content-type']).toBe('application/octet-stream');
    expect(calls[0]?.body).toBe(bytes);
    expect(seen).toEqual([4]);
    expect(answer.reference).toBe('EV-0001');
  });

  it('surfaces a file above the size limit as payload_too_large', async () => {
    const { fetch } = fakeFetch([
      { status: 413, body: { error: { code: 'payload_too_large', message: 'The file is larger than 50 MB' } } },
    ]);
    await expect(
      uploadEvidenceFile(new ApiClient({ fetch }), orgId, evidenceId, new Uint8Array(1), { fileName: 'big.bin' }),
    ).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
  });
});

/** A stand-in for the browser's XMLHttpRequest that records what is sent and answers as told. */
class FakeXhr {
  static last: FakeXhr | undefined;
  static answer: { status: number; body: string } = { status: 201, body: '' };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
    FakeXhr.last = this;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
    this.upload.onprogress?.({ lengthComputable: true, loaded: 2, total: 4 });
    this.upload.onprogress?.({ lengthComputable: true, loaded: 4, total: 4 });
    this.status = FakeXhr.answer.status;
    this.responseText = FakeXhr.answer.body;
    this.onload?.();
  }

  abort() {
    this.onabort?.();
  }
}

describe('evidence uploads in a browser', () => {
  afterEach(() => {
    delete (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
  });

  it('reports progress and sends the CSRF token of the session', async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FakeXhr;
    FakeXhr.answer = { status: 201, body: JSON.stringify({ data: detail }) };
    const { fetch } = fakeFetch([{ status: 200, body: { data: me } }]);
    const api = new ApiClient({ fetch, baseUrl: 'https://certa.example.test' });
    await api.me();
    const seen: string[] = [];
    const answer = await uploadEvidenceFile(api, orgId, evidenceId, new Blob(['%PDF']), {
      fileName: 'policy.pdf',
      onProgress: ({ loaded, total }) => seen.push(`${String(loaded)}/${String(total)}`),
    });
    expect(FakeXhr.last?.method).toBe('PUT');
    expect(FakeXhr.last?.url).toBe(
      `https://certa.example.test/api/v1/organizations/${orgId}/evidence/${evidenceId}/file?fileName=policy.pdf`,
    );
    expect(FakeXhr.last?.headers).toMatchObject({
      'x-csrf-token': 'csrf-1',
      'content-type': 'application/octet-stream',
    });
    expect(seen).toEqual(['2/4', '4/4']);
    expect(answer.versions).toHaveLength(1);
  });

  it('turns an error answer into the same ApiError as other requests', async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FakeXhr;
    FakeXhr.answer = {
      status: 403,
      body: JSON.stringify({ error: { code: 'forbidden', message: 'Viewers cannot upload evidence' } }),
    };
    const upload = uploadEvidenceFile(new ApiClient(), orgId, evidenceId, new Blob(['x']), {
      fileName: 'x.txt',
      onProgress: () => undefined,
    });
    await expect(upload).rejects.toMatchObject({
      code: 'forbidden',
      status: 403,
      message: 'Viewers cannot upload evidence',
    });
    FakeXhr.answer = { status: 413, body: '<html>too large</html>' };
    await expect(
      uploadEvidenceFile(new ApiClient(), orgId, evidenceId, new Blob(['x']), {
        fileName: 'x.txt',
        onProgress: () => undefined,
      }),
    ).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
  });
});

describe('evidence links', () => {
  it('lists the evidence of one requirement, links and unlinks', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { data: [link] } },
      { status: 201, body: { data: link } },
      { status: 204 },
    ]);
    const api = new ApiClient({ fetch });
    const links = await listEvidenceLinks(api, orgId, {
      targetType: 'gap_answer',
      targetId: assessmentId,
      requirementId,
    });
    expect(calls[0]?.url).toBe(
      `/api/v1/organizations/${orgId}/evidence-links?targetType=gap_answer&targetId=${assessmentId}&requirementId=${requirementId}`,
    );
    expect(links.map((one) => one.evidenceReference)).toEqual(['EV-0001']);
    await linkEvidence(api, orgId, { evidenceId, targetType: 'gap_answer', targetId: assessmentId, requirementId });
    expect(calls[1]).toMatchObject({
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/evidence-links`,
      body: { evidenceId, targetType: 'gap_answer', targetId: assessmentId, requirementId },
    });
    await unlinkEvidence(api, orgId, linkId);
    expect(calls[2]).toMatchObject({
      method: 'DELETE',
      url: `/api/v1/organizations/${orgId}/evidence-links/${linkId}`,
    });
  });
});
