import type { EvidenceCreateRequest, EvidenceDetail, EvidenceUpdateRequest } from '@certa/client';
import type { EvidenceKind, EvidenceStatus } from '@certa/core';

/** What the evidence form's inputs hold: plain text, calendar days as `2026-03-31`, empty for none. */
export interface EvidenceFormValues extends Record<string, unknown> {
  title: string;
  kind: EvidenceKind;
  status: EvidenceStatus;
  description: string;
  owner: string;
  url: string;
  coversFrom: string;
  coversTo: string;
  effectiveFrom: string;
  reviewBy: string;
}

/** The fields a person edits after creation (the kind stays). */
export const editableFields = [
  'title',
  'status',
  'description',
  'owner',
  'url',
  'coversFrom',
  'coversTo',
  'effectiveFrom',
  'reviewBy',
] as const;

/** One editable field. */
export type EditableField = (typeof editableFields)[number];

/** How each field is named on screen (also in conflict messages). */
export const fieldLabels: Record<EditableField, string> = {
  title: 'Title',
  status: 'Status',
  description: 'Description',
  owner: 'Owner',
  url: 'Address',
  coversFrom: 'Covers from',
  coversTo: 'Covers to',
  effectiveFrom: 'Effective from',
  reviewBy: 'Review by',
};

/** An empty form for a new item. */
export function emptyEvidenceValues(kind: EvidenceKind = 'document'): EvidenceFormValues {
  return {
    title: '',
    kind,
    status: 'draft',
    description: '',
    owner: '',
    url: '',
    coversFrom: '',
    coversTo: '',
    effectiveFrom: '',
    reviewBy: '',
  };
}

/** The form values of a stored item. */
export function evidenceValuesOf(item: Pick<EvidenceDetail, 'title' | 'kind' | 'status'> & Partial<EvidenceDetail>) {
  return {
    title: item.title,
    kind: item.kind,
    status: item.status,
    description: item.description ?? '',
    owner: item.owner ?? '',
    url: item.url ?? '',
    coversFrom: item.coversFrom ?? '',
    coversTo: item.coversTo ?? '',
    effectiveFrom: item.effectiveFrom ?? '',
    reviewBy: item.reviewBy ?? '',
  } satisfies EvidenceFormValues;
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The POST body: empty texts and days become null; only a link carries an address. */
export function toCreateInput(values: EvidenceFormValues): EvidenceCreateRequest {
  return {
    title: values.title,
    kind: values.kind,
    status: values.status,
    description: orNull(values.description),
    owner: orNull(values.owner),
    ...(values.kind === 'link' ? { url: orNull(values.url) } : {}),
    coversFrom: orNull(values.coversFrom),
    coversTo: orNull(values.coversTo),
    effectiveFrom: orNull(values.effectiveFrom),
    reviewBy: orNull(values.reviewBy),
  };
}

/** What changed between the stored values and the form: only those fields go into the PATCH. */
export type EvidencePatch = Omit<EvidenceUpdateRequest, 'version'>;

/** The fields that differ between `before` and `after`, as the PATCH body takes them. */
export function changedFields(before: EvidenceFormValues, after: EvidenceFormValues): EvidencePatch {
  const patch: Record<string, unknown> = {};
  for (const field of editableFields) {
    if (field === 'url' && after.kind !== 'link') continue;
    if (before[field].trim() === after[field].trim()) continue;
    patch[field] = field === 'title' || field === 'status' ? after[field] : orNull(after[field]);
  }
  return patch;
}

/** The fields a patch changes, in form order. */
export function patchedFields(patch: EvidencePatch): EditableField[] {
  return editableFields.filter((field) => field in patch);
}

/** A field's value for display in a conflict: `(empty)` for none. */
export function displayValue(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? '(empty)' : value;
}
