import { evidenceCreateInputSchema, evidenceUpdateInputSchema } from '@certa/core';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  emptyEvidenceValues,
  evidenceValuesOf,
  patchedFields,
  toCreateInput,
} from './evidence-form-values.ts';

describe('evidence form values', () => {
  it('sends empty texts and days as null, and an address only for links', () => {
    const values = {
      ...emptyEvidenceValues('document'),
      title: 'Backup log',
      url: 'https://ignored.example',
      reviewBy: '2026-12-31',
    };
    const input = toCreateInput(values);
    expect(input).toMatchObject({ title: 'Backup log', kind: 'document', owner: null, reviewBy: '2026-12-31' });
    expect('url' in input).toBe(false);
    expect(evidenceCreateInputSchema.safeParse(input).success).toBe(true);
    const link = toCreateInput({ ...emptyEvidenceValues('link'), title: 'Policy on the intranet', url: '' });
    expect(link.url).toBeNull();
  });

  it('lets the shared schema refuse a bad date or address with the field named', () => {
    const parsed = evidenceCreateInputSchema.safeParse(
      toCreateInput({ ...emptyEvidenceValues('link'), title: 'Intranet', url: 'ftp://x', reviewBy: '31/12/2026' }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['reviewBy', 'url']);
  });

  it('puts only the changed fields into the edit, clearing emptied ones', () => {
    const stored = evidenceValuesOf({
      title: 'Access policy',
      kind: 'document',
      status: 'draft',
      owner: 'Olivia',
      reviewBy: '2026-06-30',
      description: null,
    });
    expect(changedFields(stored, { ...stored })).toEqual({});
    const patch = changedFields(stored, {
      ...stored,
      status: 'approved',
      owner: '  ',
      reviewBy: '2027-06-30',
      url: 'x',
    });
    expect(patch).toEqual({ status: 'approved', owner: null, reviewBy: '2027-06-30' });
    expect(patchedFields(patch)).toEqual(['status', 'owner', 'reviewBy']);
    expect(evidenceUpdateInputSchema.safeParse({ ...patch, version: 2 }).success).toBe(true);
  });
});
