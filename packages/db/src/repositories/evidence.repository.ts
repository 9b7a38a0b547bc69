import {
  evidenceReferencePrefix,
  nextEvidenceReference,
  type EvidenceBlob,
  type EvidenceItem,
  type EvidenceKind,
  type EvidenceLinkRecord,
  type EvidenceLinkTarget,
  type EvidenceStatus,
  type EvidenceVersion,
} from '@certa/core';
import { aliasedTable, and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { evidenceBlob, evidenceItem, evidenceLink, evidenceVersion } from '../schema/evidence.ts';
import { gapAssessment } from '../schema/gap-assessment.ts';
import { userAccount } from '../schema/identity.ts';
import { requirement } from '../schema/library.ts';

/** An evidence item as lists show it: its latest file and how many links it has. */
export interface EvidenceItemSummary extends EvidenceItem {
  latestFile: EvidenceVersion | null;
  linkCount: number;
}

/** Filters and paging of an evidence listing; `today` decides staleness. */
export interface EvidenceListFilter {
  q?: string | undefined;
  kind?: EvidenceKind | undefined;
  status?: EvidenceStatus | undefined;
  stale?: boolean | undefined;
  owner?: string | undefined;
  today: string;
  limit: number;
  offset: number;
}

/** A page of evidence items, how many match in all, and counts by status and staleness. */
export interface EvidenceListPage {
  items: EvidenceItemSummary[];
  total: number;
  /** Over the items matching the words, kind and owner (status and staleness filters left out). */
  counts: Record<EvidenceStatus | 'stale', number>;
}

/** The item fields an edit may change, with who changed it and when. */
export type EvidenceItemPatch = Partial<
  Pick<
    EvidenceItem,
    'title' | 'description' | 'owner' | 'url' | 'coversFrom' | 'coversTo' | 'effectiveFrom' | 'reviewBy' | 'status'
  >
> &
  Pick<EvidenceItem, 'updatedAt' | 'updatedBy'> & { currentVersion?: number };

/** A version row as written. */
export type EvidenceVersionWrite = Omit<EvidenceVersion, 'uploadedBy'> & { uploadedBy: string };

/** A link row as written. */
export interface EvidenceLinkWrite {
  id: string;
  organizationId: string;
  evidenceId: string;
  targetType: EvidenceLinkTarget;
  targetId: string;
  requirementId: string | null;
  createdBy: string;
  createdAt: Date;
}

/** A stored file and the versions using it (`EV-0001 v2`), for integrity checks. */
export interface EvidenceBlobUsage extends EvidenceBlob {
  usedBy: string[];
}

// Serialises reference allocation per organisation (first key: this kind of reference).
const referenceLockKey = 727_274_005;

const ofOrganization = (organizationId: string) => eq(evidenceItem.organizationId, organizationId);

// LIKE patterns treat % and _ as wildcards: searched words match literally.
const literalPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

const uploader = aliasedTable(userAccount, 'evidence_uploader');

const versionColumns = {
  evidenceId: evidenceVersion.evidenceId,
  versionNumber: evidenceVersion.versionNumber,
  sha256: evidenceVersion.sha256,
  fileName: evidenceVersion.fileName,
  mediaType: evidenceVersion.mediaType,
  sizeBytes: evidenceVersion.sizeBytes,
  note: evidenceVersion.note,
  uploadedAt: evidenceVersion.uploadedAt,
  uploaderId: evidenceVersion.uploadedBy,
  uploaderName: uploader.name,
};

interface VersionRow {
  evidenceId: string;
  versionNumber: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  note: string | null;
  uploadedAt: Date;
  uploaderId: string;
  uploaderName: string;
}

function toVersion(row: VersionRow): EvidenceVersion {
  const { uploaderId, uploaderName, ...rest } = row;
  return { ...rest, uploadedBy: { id: uploaderId, name: uploaderName } };
}

const staleCondition = (today: string) =>
  and(sql`${evidenceItem.reviewBy} < ${today}::date`, ne(evidenceItem.status, 'expired'));

/** Inserts an evidence item. */
export async function insertEvidenceItem(tx: Executor, item: EvidenceItem): Promise<void> {
  await tx.insert(evidenceItem).values(item);
}

/**
 * The next free evidence reference of an organisation (`EV-0007`). Call it inside the transaction that
 * inserts the item: it holds a lock until that transaction ends, so two creations never get the same one.
 */
export async function nextEvidenceItemReference(tx: Executor, organizationId: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${referenceLockKey}, hashtext(${organizationId}))`);
  const suffix = sql`substr(${evidenceItem.reference}, ${evidenceReferencePrefix.length + 1})`;
  const rows = await tx
    .select({ reference: evidenceItem.reference })
    .from(evidenceItem)
    .where(
      and(
        ofOrganization(organizationId),
        sql`starts_with(${evidenceItem.reference}, ${evidenceReferencePrefix})`,
        sql`${suffix} ~ '^[0-9]+$'`,
      ),
    )
    .orderBy(desc(sql`${suffix}::bigint`))
    .limit(1);
  return nextEvidenceReference(rows.map((row) => row.reference));
}

/** One evidence item of an organisation; undefined when missing or another's. `lock` holds it for the transaction. */
export async function findEvidenceItem(
  db: Executor,
  organizationId: string,
  id: string,
  lock?: 'update' | 'share',
): Promise<EvidenceItem | undefined> {
  const query = db
    .select()
    .from(evidenceItem)
    .where(and(ofOrganization(organizationId), eq(evidenceItem.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/**
 * Changes an item if, and only if, its stored version is still `expectedVersion`; the version grows by
 * one. Returns the item as stored, or undefined when the version was stale (or the item is missing).
 */
export async function updateEvidenceItem(
  tx: Executor,
  organizationId: string,
  id: string,
  patch: EvidenceItemPatch,
  expectedVersion: number,
): Promise<EvidenceItem | undefined> {
  const [row] = await tx
    .update(evidenceItem)
    .set({ ...patch, version: sql`${evidenceItem.version} + 1` })
    .where(and(ofOrganization(organizationId), eq(evidenceItem.id, id), eq(evidenceItem.version, expectedVersion)))
    .returning();
  return row;
}

/** A page of an organisation's evidence, newest first, with totals and counts for the filters. */
export async function listEvidenceItems(
  db: Executor,
  organizationId: string,
  filter: EvidenceListFilter,
): Promise<EvidenceListPage> {
  const base: (SQL | undefined)[] = [ofOrganization(organizationId)];
  const words = filter.q?.trim();
  if (words) {
    const pattern = literalPattern(words);
    base.push(
      or(
        ilike(evidenceItem.reference, pattern),
        ilike(evidenceItem.title, pattern),
        ilike(evidenceItem.description, pattern),
        ilike(evidenceItem.owner, pattern),
      ),
    );
  }
  if (filter.kind) base.push(eq(evidenceItem.kind, filter.kind));
  if (filter.owner?.trim()) base.push(sql`lower(${evidenceItem.owner}) = lower(${filter.owner.trim()})`);
  const narrowed = [...base];
  if (filter.status) narrowed.push(eq(evidenceItem.status, filter.status));
  if (filter.stale === true) narrowed.push(staleCondition(filter.today));
  if (filter.stale === false) narrowed.push(sql`not coalesce(${staleCondition(filter.today)}, false)`);

  const linkCount = sql<number>`(select count(*)::int from ${evidenceLink} where ${evidenceLink.evidenceId} = ${evidenceItem.id})`;
  const rows = await db
    .select({ item: evidenceItem, linkCount, latest: versionColumns })
    .from(evidenceItem)
    .leftJoin(
      evidenceVersion,
      and(
        eq(evidenceVersion.evidenceId, evidenceItem.id),
        eq(evidenceVersion.versionNumber, evidenceItem.currentVersion),
      ),
    )
    .leftJoin(uploader, eq(uploader.id, evidenceVersion.uploadedBy))
    .where(and(...narrowed))
    .orderBy(desc(evidenceItem.createdAt), desc(evidenceItem.reference))
    .limit(filter.limit)
    .offset(filter.offset);
  const [totalRow] = await db
    .select({ total: count() })
    .from(evidenceItem)
    .where(and(...narrowed));
  const [countRow] = await db
    .select({
      draft: sql<number>`count(*) filter (where ${evidenceItem.status} = 'draft')::int`,
      approved: sql<number>`count(*) filter (where ${evidenceItem.status} = 'approved')::int`,
      expired: sql<number>`count(*) filter (where ${evidenceItem.status} = 'expired')::int`,
      stale: sql<number>`count(*) filter (where ${staleCondition(filter.today)})::int`,
    })
    .from(evidenceItem)
    .where(and(...base));
  return {
    items: rows.map((row) => ({
      ...row.item,
      linkCount: row.linkCount,
      latestFile: row.latest.versionNumber === null ? null : toVersion(row.latest as VersionRow),
    })),
    total: totalRow?.total ?? 0,
    counts: {
      draft: countRow?.draft ?? 0,
      approved: countRow?.approved ?? 0,
      expired: countRow?.expired ?? 0,
      stale: countRow?.stale ?? 0,
    },
  };
}

/** The file versions of an organisation's evidence items, newest first, with who uploaded each. */
export async function listEvidenceVersions(
  db: Executor,
  organizationId: string,
  evidenceIds: readonly string[],
): Promise<EvidenceVersion[]> {
  if (evidenceIds.length === 0) return [];
  const rows = await db
    .select(versionColumns)
    .from(evidenceVersion)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceVersion.evidenceId))
    .innerJoin(uploader, eq(uploader.id, evidenceVersion.uploadedBy))
    .where(and(ofOrganization(organizationId), inArray(evidenceVersion.evidenceId, [...evidenceIds])))
    .orderBy(asc(evidenceVersion.evidenceId), desc(evidenceVersion.versionNumber));
  return rows.map(toVersion);
}

/** One file version of an organisation's evidence item, or undefined. */
export async function findEvidenceVersion(
  db: Executor,
  organizationId: string,
  evidenceId: string,
  versionNumber: number,
): Promise<EvidenceVersion | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(evidenceVersion)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceVersion.evidenceId))
    .innerJoin(uploader, eq(uploader.id, evidenceVersion.uploadedBy))
    .where(
      and(
        ofOrganization(organizationId),
        eq(evidenceVersion.evidenceId, evidenceId),
        eq(evidenceVersion.versionNumber, versionNumber),
      ),
    );
  return row ? toVersion(row) : undefined;
}

/** Records a stored file unless it is recorded already (the same bytes uploaded before); true when new. */
export async function insertEvidenceBlobIfAbsent(tx: Executor, blob: EvidenceBlob): Promise<boolean> {
  const inserted = await tx
    .insert(evidenceBlob)
    .values(blob)
    .onConflictDoNothing()
    .returning({ sha256: evidenceBlob.sha256 });
  return inserted.length > 0;
}

/** Inserts a file version of an item (the caller checked the item belongs to the organisation). */
export async function insertEvidenceVersion(tx: Executor, version: EvidenceVersionWrite): Promise<void> {
  await tx.insert(evidenceVersion).values(version);
}

/** Every stored file with the versions using it (all organisations: for the installation's integrity check). */
export async function listEvidenceBlobUsage(db: Executor): Promise<EvidenceBlobUsage[]> {
  const blobs = await db.select().from(evidenceBlob).orderBy(asc(evidenceBlob.sha256));
  const uses = await db
    .select({
      sha256: evidenceVersion.sha256,
      reference: evidenceItem.reference,
      versionNumber: evidenceVersion.versionNumber,
    })
    .from(evidenceVersion)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceVersion.evidenceId))
    .orderBy(asc(evidenceItem.reference), asc(evidenceVersion.versionNumber));
  const usedBy = new Map<string, string[]>();
  for (const use of uses) {
    const list = usedBy.get(use.sha256) ?? [];
    list.push(`${use.reference} v${use.versionNumber}`);
    usedBy.set(use.sha256, list);
  }
  return blobs.map((blob) => ({ ...blob, usedBy: usedBy.get(blob.sha256) ?? [] }));
}

const linkColumns = {
  id: evidenceLink.id,
  organizationId: evidenceLink.organizationId,
  evidenceId: evidenceLink.evidenceId,
  evidenceReference: evidenceItem.reference,
  evidenceTitle: evidenceItem.title,
  targetType: evidenceLink.targetType,
  targetId: evidenceLink.targetId,
  requirementId: evidenceLink.requirementId,
  targetReference: gapAssessment.reference,
  requirementRefId: requirement.refId,
  requirementTitle: requirement.title,
  createdAt: evidenceLink.createdAt,
};

/** Which links to list: those of some evidence items, or those pointing at one target. */
export type EvidenceLinkFilter =
  | { evidenceIds: readonly string[] }
  | { targetType: EvidenceLinkTarget; targetId: string; requirementId?: string | undefined };

/** Links of an organisation, described for display, oldest first. */
export async function listEvidenceLinks(
  db: Executor,
  organizationId: string,
  filter: EvidenceLinkFilter,
): Promise<EvidenceLinkRecord[]> {
  if ('evidenceIds' in filter && filter.evidenceIds.length === 0) return [];
  const where =
    'evidenceIds' in filter
      ? inArray(evidenceLink.evidenceId, [...filter.evidenceIds])
      : and(
          eq(evidenceLink.targetType, filter.targetType),
          eq(evidenceLink.targetId, filter.targetId),
          filter.requirementId === undefined ? undefined : eq(evidenceLink.requirementId, filter.requirementId),
        );
  return db
    .select(linkColumns)
    .from(evidenceLink)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceLink.evidenceId))
    .leftJoin(
      gapAssessment,
      and(
        eq(evidenceLink.targetType, 'gap_answer'),
        eq(gapAssessment.id, evidenceLink.targetId),
        eq(gapAssessment.organizationId, evidenceLink.organizationId),
      ),
    )
    .leftJoin(requirement, eq(requirement.id, evidenceLink.requirementId))
    .where(and(eq(evidenceLink.organizationId, organizationId), where))
    .orderBy(asc(evidenceLink.createdAt), asc(evidenceItem.reference), asc(requirement.position));
}

/** One link of an organisation, described for display; undefined when missing or another's. */
export async function findEvidenceLink(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<EvidenceLinkRecord | undefined> {
  const [row] = await db
    .select(linkColumns)
    .from(evidenceLink)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceLink.evidenceId))
    .leftJoin(
      gapAssessment,
      and(
        eq(evidenceLink.targetType, 'gap_answer'),
        eq(gapAssessment.id, evidenceLink.targetId),
        eq(gapAssessment.organizationId, evidenceLink.organizationId),
      ),
    )
    .leftJoin(requirement, eq(requirement.id, evidenceLink.requirementId))
    .where(and(eq(evidenceLink.organizationId, organizationId), eq(evidenceLink.id, id)));
  return row;
}

/** Whether an item is already linked to exactly this target. */
export async function hasEvidenceLink(
  db: Executor,
  link: Pick<EvidenceLinkWrite, 'evidenceId' | 'targetType' | 'targetId' | 'requirementId'>,
): Promise<boolean> {
  const [row] = await db
    .select({ id: evidenceLink.id })
    .from(evidenceLink)
    .where(
      and(
        eq(evidenceLink.evidenceId, link.evidenceId),
        eq(evidenceLink.targetType, link.targetType),
        eq(evidenceLink.targetId, link.targetId),
        link.requirementId === null
          ? isNull(evidenceLink.requirementId)
          : eq(evidenceLink.requirementId, link.requirementId),
      ),
    );
  return row !== undefined;
}

/** Inserts a link; false when the same link exists already (nothing written). */
export async function insertEvidenceLink(tx: Executor, link: EvidenceLinkWrite): Promise<boolean> {
  const inserted = await tx.insert(evidenceLink).values(link).onConflictDoNothing().returning({ id: evidenceLink.id });
  return inserted.length > 0;
}

/** Deletes a link of an organisation; false when there was none. */
export async function deleteEvidenceLink(tx: Executor, organizationId: string, id: string): Promise<boolean> {
  const deleted = await tx
    .delete(evidenceLink)
    .where(and(eq(evidenceLink.organizationId, organizationId), eq(evidenceLink.id, id)))
    .returning({ id: evidenceLink.id });
  return deleted.length > 0;
}
