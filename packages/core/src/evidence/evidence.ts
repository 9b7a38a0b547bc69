import type { EvidenceKind, EvidenceLinkTarget, EvidenceStatus } from './evidence-kinds.ts';

/** Prefix of evidence references (`EV-0001`). */
export const evidenceReferencePrefix = 'EV-';

/** The default largest evidence file, in megabytes (configurable per installation). */
export const defaultEvidenceMaxMegabytes = 50;

/** An evidence item as stored (without its versions and links). */
export interface EvidenceItem {
  id: string;
  organizationId: string;
  reference: string;
  title: string;
  description: string | null;
  kind: EvidenceKind;
  owner: string | null;
  url: string | null;
  coversFrom: string | null;
  coversTo: string | null;
  effectiveFrom: string | null;
  reviewBy: string | null;
  status: EvidenceStatus;
  /** Number of the latest file version; 0 while no file was uploaded. */
  currentVersion: number;
  /** Grows by one on every change of the item (optimistic concurrency). */
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
}

/** The fields of an evidence item a person writes (on creation or in an edit). */
export type EvidenceItemFields = Pick<
  EvidenceItem,
  'title' | 'description' | 'owner' | 'url' | 'coversFrom' | 'coversTo' | 'effectiveFrom' | 'reviewBy' | 'status'
>;

/** One stored file version of an evidence item. */
export interface EvidenceVersion {
  evidenceId: string;
  versionNumber: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  note: string | null;
  uploadedBy: { id: string; name: string };
  uploadedAt: Date;
}

/** A stored file, addressed by the SHA-256 of its bytes. */
export interface EvidenceBlob {
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  createdAt: Date;
}

/** A link from an evidence item to what it supports, with what is needed to describe the target. */
export interface EvidenceLinkRecord {
  id: string;
  organizationId: string;
  evidenceId: string;
  evidenceReference: string;
  evidenceTitle: string;
  targetType: EvidenceLinkTarget;
  targetId: string;
  requirementId: string | null;
  /** Reference of the target record (for gap answers, the assessment's `GA-2026-01`), if known. */
  targetReference: string | null;
  /** The requirement's reference and title, for targets that point at one. */
  requirementRefId: string | null;
  requirementTitle: string | null;
  createdAt: Date;
}

/** One problem with evidence item fields, naming the field. */
export interface EvidenceIssue {
  path: string;
  message: string;
}

/** The calendar date (YYYY-MM-DD, UTC) of an instant, as "today" for staleness. */
export function evidenceToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether an item is stale: its review-by date has passed (the review-by day itself is still current).
 * Expired items are out of use, so they are never reported stale.
 */
export function isEvidenceStale(
  reviewBy: string | null,
  today: string,
  status: EvidenceStatus | undefined = undefined,
): boolean {
  if (reviewBy === null || status === 'expired') return false;
  return reviewBy < today;
}

/**
 * Why an item cannot be stored as it is (empty when it can): a link item points somewhere and carries no
 * file; the other kinds carry files and take no address; a covered period must not end before it starts.
 */
export function evidenceItemProblems(
  item: Pick<EvidenceItem, 'kind' | 'url' | 'coversFrom' | 'coversTo'> & { currentVersion?: number },
): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  if (item.kind === 'link') {
    if (item.url === null || item.url.trim() === '')
      issues.push({ path: 'url', message: 'A link item needs the address of the document it points to' });
    if ((item.currentVersion ?? 0) > 0) issues.push({ path: 'kind', message: 'A link item carries no file' });
  } else if (item.url !== null) {
    issues.push({
      path: 'url',
      message: 'Only link items take an address; upload the file instead (or choose the kind "link")',
    });
  }
  if (item.coversFrom !== null && item.coversTo !== null && item.coversTo < item.coversFrom) {
    issues.push({ path: 'coversTo', message: 'The covered period ends before it starts' });
  }
  return issues;
}

/** Why a file cannot be added to an item of this kind, or null when it can. */
export function evidenceUploadProblem(kind: EvidenceKind): string | null {
  return kind === 'link' ? 'A link item carries no file: it points to where the document lives' : null;
}

/** The reference of the n-th evidence item of an organisation (`EV-0001`; more digits past 9999). */
export function evidenceReference(sequence: number): string {
  return `${evidenceReferencePrefix}${String(sequence).padStart(4, '0')}`;
}

/** The number in an evidence reference, or null when it is not one. */
export function evidenceReferenceNumber(reference: string): number | null {
  const match = /^EV-(\d+)$/.exec(reference);
  return match?.[1] ? Number(match[1]) : null;
}

/** The next free evidence reference after the given ones (references are never reused). */
export function nextEvidenceReference(existing: Iterable<string>): string {
  let last = 0;
  for (const reference of existing) last = Math.max(last, evidenceReferenceNumber(reference) ?? 0);
  return evidenceReference(last + 1);
}

/** How a link target is shown: `GA-2026-01 · A.5.15 Access control` for a requirement in an assessment. */
export function evidenceLinkLabel(
  link: Pick<
    EvidenceLinkRecord,
    'targetType' | 'targetId' | 'targetReference' | 'requirementRefId' | 'requirementTitle'
  >,
): string {
  const requirement =
    link.requirementRefId === null ? null : `${link.requirementRefId} ${link.requirementTitle ?? ''}`.trim();
  const target = link.targetReference ?? link.targetId;
  return requirement === null ? target : `${target} · ${requirement}`;
}

/** Why evidence cannot yet be linked to a kind of target (null when it can). */
export function evidenceLinkTargetProblem(targetType: EvidenceLinkTarget): string | null {
  switch (targetType) {
    case 'gap_answer':
      return null;
    case 'soa_row':
      return 'Links to Statement of Applicability rows arrive with the Statement of Applicability';
    case 'risk':
      return 'Links to risks arrive with the risk register';
    case 'audit_item':
      return 'Links to audit checklist items arrive with internal audits';
    case 'corrective_action':
      return 'Links to corrective actions arrive with findings and corrective actions';
  }
}

/** A version as referred to in messages and integrity reports: `EV-0001 v2`. */
export function evidenceVersionLabel(reference: string, versionNumber: number): string {
  return `${reference} v${versionNumber}`;
}

/**
 * A file name safe to offer in a download: path parts, control characters and characters that trouble
 * file systems removed; never empty.
 */
export function safeEvidenceFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const cleaned = [...base]
    .map((char) => ((char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f' || '<>:"|?*'.includes(char) ? '_' : char))
    .join('')
    .trim()
    .replace(/^\.+/, '');
  return cleaned === '' ? 'evidence' : cleaned.slice(0, 255);
}

/** An ASCII-only form of a file name, for clients that do not read `filename*`. */
export function asciiEvidenceFileName(fileName: string): string {
  const ascii = safeEvidenceFileName(fileName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\;%]/g, '_');
  return ascii.trim() === '' ? 'evidence' : ascii;
}
