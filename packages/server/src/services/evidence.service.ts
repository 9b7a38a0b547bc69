import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  assertCan,
  DomainError,
  evidenceItemProblems,
  evidenceToday,
  evidenceUploadProblem,
  evidenceVersionLabel,
  summarizeChanges,
  type EvidenceCreateInput,
  type EvidenceItem,
  type EvidenceItemFields,
  type EvidenceLinkRecord,
  type EvidenceListQuery,
  type EvidenceUpdateInput,
  type EvidenceVersion,
} from '@certa/core';
import {
  appendAuditEvent,
  findEvidenceItem,
  findEvidenceVersion,
  insertEvidenceBlobIfAbsent,
  insertEvidenceItem,
  insertEvidenceVersion,
  listEvidenceItems,
  listEvidenceLinks,
  listEvidenceVersions,
  nextEvidenceItemReference,
  updateEvidenceItem,
  type EvidenceItemSummary,
  type EvidenceListPage,
  type EvidenceStore,
  type Executor,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { presentEvidenceDetail } from '../presenters/evidence.presenter.ts';

/** An evidence item with every file version and link, and the date staleness was judged on. */
export interface EvidenceDetail {
  item: EvidenceItemSummary;
  versions: EvidenceVersion[];
  links: EvidenceLinkRecord[];
  today: string;
}

/** A page of evidence and the date staleness was judged on. */
export interface EvidenceListResult extends EvidenceListPage {
  today: string;
}

/** A stored file version ready to send. */
export interface EvidenceDownload {
  reference: string;
  version: EvidenceVersion;
  body: Readable;
}

/** The file an upload carries and what the uploader says about it. */
export interface EvidenceUpload {
  fileName: string;
  note?: string | undefined;
  body: AsyncIterable<Uint8Array> | Uint8Array;
  /** Content-Length of the request, when sent: lets an oversized file be refused before it is read. */
  declaredSize?: number | undefined;
}

/** The organisation a request works in; evidence exists only inside one. */
export function evidenceOrganization(context: RequestContext): string {
  const organizationId = context.actor.membership?.organizationId;
  if (!organizationId) throw new DomainError('forbidden', 'Evidence belongs to an organisation');
  return organizationId;
}

/** The error for an item that does not exist in the organisation (or belongs to another). */
export const evidenceNotFound = (id: string) => new DomainError('not_found', `No evidence item ${id}`);

/** The configured evidence store, or a clear refusal when this server keeps no files. */
export function requireEvidenceStore(deps: AppDeps): EvidenceStore {
  if (!deps.evidenceStore)
    throw new DomainError(
      'conflict',
      'This server has no folder for evidence files: start it with --evidence-dir or CERTA_EVIDENCE_DIR (needed with a PostgreSQL server)',
    );
  return deps.evidenceStore;
}

const recordedFields = [
  'title',
  'description',
  'owner',
  'url',
  'coversFrom',
  'coversTo',
  'effectiveFrom',
  'reviewBy',
  'status',
] as const satisfies readonly (keyof EvidenceItemFields)[];

const pickFields = (item: EvidenceItemFields): Record<string, unknown> =>
  Object.fromEntries(recordedFields.map((key) => [key, item[key]]));

function refuseProblems(item: Parameters<typeof evidenceItemProblems>[0]): void {
  const issues = evidenceItemProblems(item);
  if (issues[0]) throw new DomainError('validation_failed', issues[0].message, { issues });
}

/** One item with its versions and links, read as it is now. */
export async function loadEvidenceDetail(
  db: Executor,
  organizationId: string,
  id: string,
  today: string,
): Promise<EvidenceDetail> {
  const item = await findEvidenceItem(db, organizationId, id);
  if (!item) throw evidenceNotFound(id);
  const versions = await listEvidenceVersions(db, organizationId, [id]);
  const links = await listEvidenceLinks(db, organizationId, { evidenceIds: [id] });
  const latestFile = versions.find((version) => version.versionNumber === item.currentVersion) ?? null;
  return { item: { ...item, latestFile, linkCount: links.length }, versions, links, today };
}

/** A page of the organisation's evidence, filtered. */
export async function listOrganizationEvidence(
  deps: AppDeps,
  context: RequestContext,
  query: EvidenceListQuery,
): Promise<EvidenceListResult> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = evidenceOrganization(context);
  const today = evidenceToday(context.now);
  const page = await listEvidenceItems(deps.database.db, organizationId, {
    q: query.q,
    kind: query.kind,
    status: query.status,
    stale: query.stale === undefined ? undefined : query.stale === 'true',
    owner: query.owner,
    today,
    limit: query.limit,
    offset: query.offset,
  });
  return { ...page, today };
}

/** One evidence item of the organisation with its versions and links. */
export async function getEvidenceDetail(deps: AppDeps, context: RequestContext, id: string): Promise<EvidenceDetail> {
  assertCan(context.actor, 'ismsContent.read');
  return loadEvidenceDetail(deps.database.db, evidenceOrganization(context), id, evidenceToday(context.now));
}

/** Creates an evidence item (files are uploaded afterwards as versions) with the next `EV-` reference. */
export async function createEvidence(
  deps: AppDeps,
  context: RequestContext,
  input: EvidenceCreateInput,
): Promise<EvidenceDetail> {
  assertCan(context.actor, 'evidence.upload');
  const organizationId = evidenceOrganization(context);
  const fields: EvidenceItemFields = {
    title: input.title,
    description: input.description ?? null,
    owner: input.owner ?? null,
    url: input.url ?? null,
    coversFrom: input.coversFrom ?? null,
    coversTo: input.coversTo ?? null,
    effectiveFrom: input.effectiveFrom ?? null,
    reviewBy: input.reviewBy ?? null,
    status: input.status,
  };
  refuseProblems({ ...fields, kind: input.kind });
  const id = randomUUID();
  await deps.database.db.transaction(async (tx) => {
    const item: EvidenceItem = {
      ...fields,
      id,
      organizationId,
      reference: await nextEvidenceItemReference(tx, organizationId),
      kind: input.kind,
      currentVersion: 0,
      version: 1,
      createdBy: context.actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
      updatedBy: context.actor.userId,
    };
    await insertEvidenceItem(tx, item);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'evidence.created',
        entityType: 'evidence',
        entityId: id,
        changes: summarizeChanges(undefined, { reference: item.reference, kind: item.kind, ...pickFields(fields) }),
      },
      auditContext(context),
    );
  });
  return loadEvidenceDetail(deps.database.db, organizationId, id, evidenceToday(context.now));
}

/**
 * Changes an item's fields if `version` is still the stored one; a stale version is refused with 409
 * `conflict` and the item as it now is in `details.current`, never overwritten.
 */
export async function updateEvidence(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  input: EvidenceUpdateInput,
): Promise<EvidenceDetail> {
  assertCan(context.actor, 'evidence.upload');
  const organizationId = evidenceOrganization(context);
  const today = evidenceToday(context.now);
  const { version, ...changes } = input;
  await deps.database.db.transaction(async (tx) => {
    const before = await findEvidenceItem(tx, organizationId, id, 'update');
    if (!before) throw evidenceNotFound(id);
    const stale = async (latest: EvidenceItem) =>
      new DomainError(
        'conflict',
        `${latest.reference} was changed by someone else (it is at version ${latest.version}, your edit started from version ${version}): review it and apply your change again`,
        { current: presentEvidenceDetail(await loadEvidenceDetail(tx, organizationId, id, today)) },
      );
    if (before.version !== version) throw await stale(before);
    const patch = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as Partial<EvidenceItemFields>;
    const after: EvidenceItem = { ...before, ...patch };
    refuseProblems(after);
    const recorded = summarizeChanges(pickFields(before), pickFields(after));
    if (Object.keys(recorded).length === 0) return;
    const saved = await updateEvidenceItem(
      tx,
      organizationId,
      id,
      { ...patch, updatedAt: context.now, updatedBy: context.actor.userId },
      version,
    );
    if (!saved) throw await stale((await findEvidenceItem(tx, organizationId, id)) ?? before);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'evidence.updated',
        entityType: 'evidence',
        entityId: id,
        changes: { ...recorded, version: { before: before.version, after: saved.version } },
      },
      auditContext(context),
    );
  });
  return loadEvidenceDetail(deps.database.db, organizationId, id, today);
}

/**
 * Adds a file as the item's next version. The file is streamed into the store (hashed as it arrives,
 * refused past the size limit, stored once however often it is uploaded) before the version is recorded;
 * its media type comes from its content, never from its name.
 */
export async function uploadEvidenceFile(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  upload: EvidenceUpload,
): Promise<EvidenceDetail> {
  assertCan(context.actor, 'evidence.upload');
  const organizationId = evidenceOrganization(context);
  const store = requireEvidenceStore(deps);
  // Checked before any byte is read, so a refused upload stores nothing.
  const target = await findEvidenceItem(deps.database.db, organizationId, id);
  if (!target) throw evidenceNotFound(id);
  const kindProblem = evidenceUploadProblem(target.kind);
  if (kindProblem) throw new DomainError('validation_failed', `${target.reference}: ${kindProblem}`);
  if (upload.declaredSize === 0) throw new DomainError('validation_failed', 'The file is empty; nothing was stored');
  const stored = await store.put(upload.body, { declaredSize: upload.declaredSize });
  await deps.database.db.transaction(async (tx) => {
    const item = await findEvidenceItem(tx, organizationId, id, 'update');
    if (!item) throw evidenceNotFound(id);
    const versionNumber = item.currentVersion + 1;
    await insertEvidenceBlobIfAbsent(tx, {
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      mediaType: stored.mediaType,
      createdAt: context.now,
    });
    await insertEvidenceVersion(tx, {
      evidenceId: id,
      versionNumber,
      sha256: stored.sha256,
      fileName: upload.fileName,
      mediaType: stored.mediaType,
      sizeBytes: stored.sizeBytes,
      note: upload.note ?? null,
      uploadedBy: context.actor.userId,
      uploadedAt: context.now,
    });
    const saved = await updateEvidenceItem(
      tx,
      organizationId,
      id,
      { currentVersion: versionNumber, updatedAt: context.now, updatedBy: context.actor.userId },
      item.version,
    );
    if (!saved) throw new DomainError('conflict', `${item.reference} changed while the file was stored; upload again`);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'evidence.version_uploaded',
        entityType: 'evidence',
        entityId: id,
        changes: {
          versionNumber: { after: versionNumber },
          fileName: { after: upload.fileName },
          sha256: { after: stored.sha256 },
          sizeBytes: { after: stored.sizeBytes },
          mediaType: { after: stored.mediaType },
          ...(upload.note ? { note: { after: upload.note } } : {}),
          version: { before: item.version, after: saved.version },
        },
      },
      auditContext(context),
    );
  });
  return loadEvidenceDetail(deps.database.db, organizationId, id, evidenceToday(context.now));
}

/** Opens one stored version for download; a file missing or changed on disk is refused with 409, naming the check. */
export async function openEvidenceDownload(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  versionNumber: number,
): Promise<EvidenceDownload> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = evidenceOrganization(context);
  const item = await findEvidenceItem(deps.database.db, organizationId, id);
  if (!item) throw evidenceNotFound(id);
  const version = await findEvidenceVersion(deps.database.db, organizationId, id, versionNumber);
  if (!version) throw new DomainError('not_found', `${item.reference} has no version ${versionNumber}`);
  const store = requireEvidenceStore(deps);
  const label = evidenceVersionLabel(item.reference, versionNumber);
  const size = await store.sizeOf(version.sha256);
  if (size === undefined)
    throw new DomainError(
      'conflict',
      `The file of ${label} is missing from the evidence store; an administrator should run the integrity check (certa evidence verify) and restore it from a backup`,
      { sha256: version.sha256, problem: 'missing' },
    );
  if (size !== version.sizeBytes)
    throw new DomainError(
      'conflict',
      `The file of ${label} has changed on disk since it was uploaded; an administrator should run the integrity check (certa evidence verify) and restore it from a backup`,
      { sha256: version.sha256, problem: 'size_mismatch' },
    );
  return { reference: item.reference, version, body: store.read(version.sha256) };
}
