/** What an evidence item is. A `link` points to where the document lives and carries no file. */
export const evidenceKinds = ['document', 'record', 'screenshot', 'system_export', 'link'] as const;

/** One kind of evidence. */
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Life cycle of an evidence item. */
export const evidenceStatuses = ['draft', 'approved', 'expired'] as const;

/** One evidence status. */
export type EvidenceStatus = (typeof evidenceStatuses)[number];

/**
 * What an evidence item can be linked to. `gap_answer` is a requirement in a gap assessment (target id
 * the assessment, requirement id the requirement); later capabilities add their own targets.
 */
export const evidenceLinkTargets = ['gap_answer', 'soa_row', 'risk', 'audit_item', 'corrective_action'] as const;

/** One kind of evidence link target. */
export type EvidenceLinkTarget = (typeof evidenceLinkTargets)[number];
