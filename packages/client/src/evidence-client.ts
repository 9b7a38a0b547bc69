import {
  errorEnvelopeSchema,
  evidenceDetailSchema,
  evidenceLinkSchema,
  evidenceListSchema,
  evidenceSummarySchema,
  type ErrorCode,
  type EvidenceDetail,
  type EvidenceFileVersion,
  type EvidenceKind,
  type EvidenceLinkView,
  type EvidenceStatus,
  type EvidenceSummary,
} from '@certa/core';
// Request schemas only lend their types here: the server validates every body with them.
import type {
  evidenceCreateInputSchema,
  evidenceLinkInputSchema,
  evidenceLinkQuerySchema,
  evidenceUpdateInputSchema,
} from '@certa/core';
import { z } from 'zod';
import { ApiError, type ApiClient } from './api-client.ts';

/** GET …/evidence answer: one page of evidence items, how many match, and counts by state. */
export type EvidenceList = z.infer<typeof evidenceListSchema>;
/** POST …/evidence body, as the caller writes it. */
export type EvidenceCreateRequest = z.input<typeof evidenceCreateInputSchema>;
/** PATCH …/evidence/{evidenceId} body, as the caller writes it (with the `version` it starts from). */
export type EvidenceUpdateRequest = z.input<typeof evidenceUpdateInputSchema>;
/** POST …/evidence-links body, as the caller writes it. */
export type EvidenceLinkRequest = z.input<typeof evidenceLinkInputSchema>;
/** GET …/evidence-links query: the target whose linked evidence is wanted. */
export type EvidenceLinkFilter = z.input<typeof evidenceLinkQuerySchema>;

/** Filters and paging of the evidence list; empty values are left out of the query. */
export interface EvidenceListFilters {
  q?: string;
  kind?: EvidenceKind | '';
  status?: EvidenceStatus | '';
  /** Only items past their review-by date (true) or only those still within it (false). */
  stale?: boolean;
  owner?: string;
  limit?: number;
  offset?: number;
}

/** How far an upload has gone, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Options of a file upload: the file's name, what changed, and an optional progress callback. */
export interface EvidenceUploadOptions {
  fileName: string;
  note?: string;
  /** Called as the body is sent; only the browser (XMLHttpRequest) reports progress. */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

const segment = (value: string) => encodeURIComponent(value);
const envelope = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
const detailEnvelope = envelope(evidenceDetailSchema);
const noContent = z.undefined();
const ssoPath = '/api/v1/auth/sso/start';

/** The current item a 409 carries: at least the summary, with the description when the server sends it. */
const conflictCurrentSchema = evidenceSummarySchema.extend({ description: z.string().nullable().optional() });

/** An evidence item as a conflict reports it: the summary, and its description when known. */
export type ConflictingEvidence = z.infer<typeof conflictCurrentSchema>;

// ApiClient keeps its origin private; its SSO address starts with it, so read it from there.
function baseUrlOf(client: ApiClient): string {
  const sso = client.ssoStartUrl('');
  const at = sso.indexOf(ssoPath);
  return at > 0 ? sso.slice(0, at) : '';
}

const evidencePath = (orgId: string, rest = '') => `/api/v1/organizations/${segment(orgId)}/evidence${rest}`;
const linksPath = (orgId: string, rest = '') => `/api/v1/organizations/${segment(orgId)}/evidence-links${rest}`;

/** The query string of the evidence list (`?q=…&stale=true&limit=50`), empty when no filter is set. */
export function evidenceListQuery(filters: EvidenceListFilters = {}): string {
  const params = new URLSearchParams();
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.stale !== undefined) params.set('stale', String(filters.stale));
  if (filters.owner?.trim()) params.set('owner', filters.owner.trim());
  if (filters.limit !== undefined) params.set('limit', String(filters.limit));
  if (filters.offset !== undefined) params.set('offset', String(filters.offset));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** GET …/evidence: one page of the organisation's evidence items with the total and counts. */
export function listEvidence(
  client: ApiClient,
  orgId: string,
  filters: EvidenceListFilters = {},
): Promise<EvidenceList> {
  return client.request('GET', evidencePath(orgId, evidenceListQuery(filters)), evidenceListSchema);
}

/** GET …/evidence/{evidenceId}: one item with its description, every file version and its links. */
export async function getEvidence(client: ApiClient, orgId: string, evidenceId: string): Promise<EvidenceDetail> {
  return (await client.request('GET', evidencePath(orgId, `/${segment(evidenceId)}`), detailEnvelope)).data;
}

/** POST …/evidence: records a new evidence item (its files are uploaded afterwards as versions). */
export async function createEvidence(
  client: ApiClient,
  orgId: string,
  input: EvidenceCreateRequest,
): Promise<EvidenceDetail> {
  return (await client.request('POST', evidencePath(orgId), detailEnvelope, input)).data;
}

/**
 * The current item carried by a 409 `conflict` from editing evidence (someone saved it first), or
 * undefined for any other error: show it, and let the user apply their change again with its `version`.
 */
export function conflictingEvidence(error: unknown): ConflictingEvidence | undefined {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return undefined;
  const parsed = z.object({ current: conflictCurrentSchema }).safeParse(error.details);
  return parsed.success ? parsed.data.current : undefined;
}

/**
 * PATCH …/evidence/{evidenceId}: changes the fields given, starting from `version`. A stale version
 * rejects with an ApiError `conflict` whose `details.current` is the current item (read it with
 * `conflictingEvidence`).
 */
export async function updateEvidence(
  client: ApiClient,
  orgId: string,
  evidenceId: string,
  input: EvidenceUpdateRequest,
): Promise<EvidenceDetail> {
  return (await client.request('PATCH', evidencePath(orgId, `/${segment(evidenceId)}`), detailEnvelope, input)).data;
}

function statusToCode(status: number): ErrorCode {
  const codes: Record<number, ErrorCode> = {
    400: 'validation_failed',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    429: 'rate_limited',
  };
  return codes[status] ?? 'internal';
}

/** Turns a failed XMLHttpRequest answer into the same ApiError `request` would throw. */
function xhrError(status: number, statusText: string, text: string): ApiError {
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = errorEnvelopeSchema.safeParse(json);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, message, status, details);
  }
  if (status === 413) return new ApiError('payload_too_large', 'The file is larger than the server accepts', 413);
  return new ApiError(statusToCode(status), `The server answered ${String(status)} ${statusText}`.trim(), status);
}

// The browser's XMLHttpRequest is the only way to watch an upload's progress; fetch cannot report it.
function uploadWithProgress(
  client: ApiClient,
  url: string,
  file: Blob | Uint8Array,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal | undefined,
): Promise<EvidenceDetail> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (client.csrfToken) xhr.setRequestHeader('x-csrf-token', client.csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    xhr.onerror = () => reject(new ApiError('internal', 'Cannot reach the Certa server: the upload stopped', 0));
    xhr.onabort = () => reject(new ApiError('internal', 'The upload was cancelled', 0));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(xhrError(xhr.status, xhr.statusText, xhr.responseText));
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      const parsed = detailEnvelope.safeParse(json);
      if (parsed.success) resolve(parsed.data.data);
      else reject(new ApiError('internal', 'Unexpected answer from the server for the upload', xhr.status));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body: Blob = file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>]);
    xhr.send(body);
  });
}

/**
 * PUT …/evidence/{evidenceId}/file: uploads a file as the item's next version (the raw file is the
 * body). In a browser with `onProgress` it reports how far the upload has gone; elsewhere it sends the
 * file through the client's fetch. Files above the server's limit reject with `payload_too_large`.
 */
export async function uploadEvidenceFile(
  client: ApiClient,
  orgId: string,
  evidenceId: string,
  file: Blob | Uint8Array,
  options: EvidenceUploadOptions,
): Promise<EvidenceDetail> {
  const query = new URLSearchParams({ fileName: options.fileName });
  if (options.note?.trim()) query.set('note', options.note.trim());
  const path = evidencePath(orgId, `/${segment(evidenceId)}/file?${query.toString()}`);
  if (options.onProgress && typeof XMLHttpRequest !== 'undefined') {
    return uploadWithProgress(client, `${baseUrlOf(client)}${path}`, file, options.onProgress, options.signal);
  }
  const answer = await client.request('PUT', path, detailEnvelope, file);
  const size = file instanceof Blob ? file.size : file.byteLength;
  options.onProgress?.({ loaded: size, total: size });
  return answer.data;
}

/** Address of one file version (a download: open it as a link, it uses the session cookie). */
export function evidenceDownloadUrl(
  client: ApiClient,
  orgId: string,
  evidenceId: string,
  versionNumber: number,
): string {
  return `${baseUrlOf(client)}${evidencePath(orgId, `/${segment(evidenceId)}/versions/${String(versionNumber)}/download`)}`;
}

/** GET …/evidence-links: the evidence linked to one target, e.g. one requirement of a gap assessment. */
export async function listEvidenceLinks(
  client: ApiClient,
  orgId: string,
  filter: EvidenceLinkFilter,
): Promise<EvidenceLinkView[]> {
  const params = new URLSearchParams({ targetType: filter.targetType, targetId: filter.targetId });
  if (filter.requirementId) params.set('requirementId', filter.requirementId);
  const answer = await client.request(
    'GET',
    linksPath(orgId, `?${params.toString()}`),
    envelope(z.array(evidenceLinkSchema)),
  );
  return answer.data;
}

/** POST …/evidence-links: links an evidence item to what it supports. */
export async function linkEvidence(
  client: ApiClient,
  orgId: string,
  input: EvidenceLinkRequest,
): Promise<EvidenceLinkView> {
  return (await client.request('POST', linksPath(orgId), envelope(evidenceLinkSchema), input)).data;
}

/** DELETE …/evidence-links/{linkId}: removes a link (the evidence item stays). */
export async function unlinkEvidence(client: ApiClient, orgId: string, linkId: string): Promise<void> {
  await client.request('DELETE', linksPath(orgId, `/${segment(linkId)}`), noContent);
}

export type { EvidenceDetail, EvidenceFileVersion, EvidenceLinkView, EvidenceSummary };
