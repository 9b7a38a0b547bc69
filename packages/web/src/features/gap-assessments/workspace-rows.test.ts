import type { GapAssessmentDetail } from '@certa/client';
import { describe, expect, it } from 'vitest';
import { workspaceRows } from './workspace-rows.ts';

const requirement = (id: string, parentId: string | null, kind: 'heading' | 'control', assessable: boolean) => ({
  id,
  parentId,
  refId: id,
  title: `Title ${id}`,
  kind,
  assessable,
});

const detail = {
  requirements: [
    requirement('A.5', null, 'heading', false),
    requirement('A.5.1', 'A.5', 'control', true),
    requirement('A.5.2', 'A.5', 'control', true),
    requirement('A.6', null, 'heading', false),
    requirement('A.6.1', 'A.6', 'control', true),
  ],
  answers: [{ requirementId: 'A.5.2', status: 'implemented' }],
} as unknown as GapAssessmentDetail;

describe('workspaceRows', () => {
  it('groups assessable requirements under their heading', () => {
    const rows = workspaceRows(detail, { status: '', text: '' });
    expect(rows.map((row) => `${row.kind}:${row.kind === 'group' ? row.refId : row.requirement.refId}`)).toEqual([
      'group:A.5',
      'requirement:A.5.1',
      'requirement:A.5.2',
      'group:A.6',
      'requirement:A.6.1',
    ]);
  });

  it('filters by status and words, dropping empty groups', () => {
    expect(workspaceRows(detail, { status: 'implemented', text: '' }).map((row) => row.id)).toEqual([
      'group-A.5',
      'A.5.2',
    ]);
    expect(workspaceRows(detail, { status: 'not_assessed', text: 'a.6' }).map((row) => row.id)).toEqual([
      'group-A.6',
      'A.6.1',
    ]);
  });
});
