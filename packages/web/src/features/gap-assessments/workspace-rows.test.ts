import type { GapAssessmentDetail } from '@certa/client';
import { describe, expect, it } from 'vitest';
import { answerOwners, workspaceCounts, workspaceRows } from './workspace-rows.ts';

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
  answers: [{ requirementId: 'A.5.2', status: 'implemented', priority: { effective: null } }],
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

const answered = {
  ...detail,
  answers: [
    { requirementId: 'A.5.1', status: 'not_implemented', owner: 'Ivan IT', priority: { effective: 'high' } },
    { requirementId: 'A.5.2', status: 'implemented', owner: ' ivan it ', priority: { effective: null } },
    {
      requirementId: 'A.6.1',
      status: 'partially_implemented',
      owner: null,
      priority: { effective: 'low' },
      origin: { pending: true },
    },
  ],
} as unknown as GapAssessmentDetail;

const ids = (filter: Parameters<typeof workspaceRows>[1]) =>
  workspaceRows(answered, filter)
    .filter((row) => row.kind === 'requirement')
    .map((row) => row.id);

describe('workspace filters', () => {
  it.each([
    ['an owner, whatever the case and spaces', { owner: 'IVAN IT' }, ['A.5.1', 'A.5.2']],
    ['answers nobody owns', { owner: 'none' }, ['A.6.1']],
    ['a priority', { priority: 'high' as const }, ['A.5.1']],
    ['no priority', { priority: 'none' as const }, ['A.5.2']],
    ['pre-filled answers waiting for confirmation', { pending: true }, ['A.6.1']],
    ['an owner and a priority together', { owner: 'Ivan IT', priority: 'low' as const }, []],
  ])('keeps %s', (_name, filter, expected) => {
    expect(ids({ status: '', text: '', ...filter })).toEqual(expected);
  });

  it('lists each owner once and counts statuses and pending answers', () => {
    expect(answerOwners(answered)).toEqual(['Ivan IT']);
    expect(workspaceCounts(answered)).toEqual({
      total: 3,
      pending: 1,
      byStatus: {
        not_assessed: 0,
        not_implemented: 1,
        partially_implemented: 1,
        implemented: 1,
        not_applicable: 0,
      },
    });
  });
});
