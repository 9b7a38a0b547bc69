import {
  evidenceLinkLabel,
  isEvidenceStale,
  type EvidenceDetail as EvidenceDetailJson,
  type EvidenceFileVersion,
  type EvidenceLinkRecord,
  type EvidenceLinkView,
  type EvidenceSummary,
  type EvidenceVersion,
} from '@certa/core';
import type { EvidenceItemSummary } from '@certa/db';
import type { EvidenceDetail } from '../services/evidence.service.ts';

/** JSON of one stored file version. */
export function presentEvidenceVersion(version: EvidenceVersion): EvidenceFileVersion {
  return {
    versionNumber: version.versionNumber,
    sha256: version.sha256,
    fileName: version.fileName,
    mediaType: version.mediaType,
    sizeBytes: version.sizeBytes,
    note: version.note,
    uploadedBy: { id: version.uploadedBy.id, name: version.uploadedBy.name },
    uploadedAt: version.uploadedAt.toISOString(),
  };
}

/** JSON of an evidence item in lists; `today` decides whether it is stale. */
export function presentEvidenceSummary(item: EvidenceItemSummary, today: string): EvidenceSummary {
  return {
    id: item.id,
    reference: item.reference,
    title: item.title,
    kind: item.kind,
    status: item.status,
    owner: item.owner,
    url: item.url,
    coversFrom: item.coversFrom,
    coversTo: item.coversTo,
    effectiveFrom: item.effectiveFrom,
    reviewBy: item.reviewBy,
    stale: isEvidenceStale(item.reviewBy, today, item.status),
    currentVersion: item.currentVersion,
    latestFile: item.latestFile ? presentEvidenceVersion(item.latestFile) : null,
    linkCount: item.linkCount,
    version: item.version,
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** JSON of a link, with a label describing its target. */
export function presentEvidenceLink(link: EvidenceLinkRecord): EvidenceLinkView {
  return {
    id: link.id,
    evidenceId: link.evidenceId,
    evidenceReference: link.evidenceReference,
    evidenceTitle: link.evidenceTitle,
    targetType: link.targetType,
    targetId: link.targetId,
    requirementId: link.requirementId,
    label: evidenceLinkLabel(link),
    createdAt: link.createdAt.toISOString(),
  };
}

/** JSON of an item with its description, every version (newest first) and its links. */
export function presentEvidenceDetail(detail: EvidenceDetail): EvidenceDetailJson {
  return {
    ...presentEvidenceSummary(detail.item, detail.today),
    description: detail.item.description,
    versions: detail.versions.map(presentEvidenceVersion),
    links: detail.links.map(presentEvidenceLink),
    createdAt: detail.item.createdAt.toISOString(),
  };
}
