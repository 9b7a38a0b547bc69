import { describe, expect, it } from 'vitest';
import { iso27001AssessmentNodes } from './assessment-nodes.ts';
import type { AnswersByRef, Effort } from './gap-assessment.ts';
import { buildRoadmap, gapSize, listGaps } from './gaps-and-roadmap.ts';
import { maxRequirementsPerPackage, roadmapScore } from './roadmap-packages.ts';
import { genericNodes, testNode, workedExampleAnswers } from './test-assessment.ts';

const iso = iso27001AssessmentNodes();
const gaps = listGaps(iso, workedExampleAnswers);

describe('gapSize', () => {
  it.each([
    ['not_implemented', null, false, 3],
    ['not_implemented', 5, false, 5],
    ['partially_implemented', null, false, 1.5],
    ['partially_implemented', 3, false, 3],
    ['implemented', null, true, 1],
    ['implemented', 2, true, 2],
    ['implemented', 0, false, 0],
  ] as const)('of %s with maturity gap %s (documentation gap %s) is %s', (status, shortfall, documents, size) => {
    expect(gapSize(status, shortfall, documents)).toBe(size);
  });
});

describe('roadmapScore', () => {
  it.each([
    [3, 'high', 'S', 9],
    [3, 'medium', 'M', 3],
    [3, 'medium', null, 3],
    [1.5, 'low', 'XL', 0.1875],
    [2, null, 'L', 0.5],
  ] as const)('of a gap of %s, priority %s, effort %s is %s', (size, priority, effort, score) => {
    expect(roadmapScore({ gapSize: size, priority, effort })).toBe(score);
  });
});

describe('listGaps on the worked example', () => {
  it('lists the requirements with a gap by priority, then gap size, then reading order', () => {
    expect(gaps.map((gap) => [gap.refId, gap.priority, gap.gapSize])).toEqual([
      ['6.1.2', 'high', 3],
      ['A.5.7', 'medium', 3],
      ['A.8.8', 'medium', 3],
      ['5.2', 'medium', 1.5],
      ['7.2', 'low', 1],
    ]);
  });

  it('leaves out what is implemented with approved documents, not applicable or not assessed', () => {
    const refs = gaps.map((gap) => gap.refId);
    for (const refId of ['4.3', 'A.5.1', 'A.7.4', '9.2.2']) expect(refs).not.toContain(refId);
  });

  it('describes each gap', () => {
    expect(gaps.find((gap) => gap.refId === '7.2')).toMatchObject({
      title: 'Competence',
      kind: 'clause_requirement',
      group: '7',
      groupTitle: 'Support',
      status: 'implemented',
      priorityRule: 'other_gap',
      documentation: 'not_recorded',
      maturity: { current: 3, target: 4, gap: 1 },
      owner: 'HR',
      effort: null,
    });
    expect(gaps.find((gap) => gap.refId === 'A.8.8')).toMatchObject({
      group: 'A.8',
      groupTitle: 'Technological controls',
    });
  });

  it('applies a priority override and keeps the computed priority', () => {
    const answers: AnswersByRef = {
      ...workedExampleAnswers,
      '7.2': {
        status: 'implemented',
        maturity: 3,
        targetMaturity: 4,
        priority: 'high',
        priorityReason: 'Auditor focus',
      },
    };
    expect(listGaps(iso, answers)[1]).toMatchObject({
      refId: '7.2',
      priority: 'high',
      computedPriority: 'low',
      priorityOverridden: true,
      priorityReason: 'Auditor focus',
    });
  });
});

describe('buildRoadmap on the worked example', () => {
  const roadmap = buildRoadmap(gaps, { assessmentDate: '2026-01-15', targetCertificationDate: '2026-12-01' });

  it('orders foundations, risk, Annex A by score, then the certification milestones', () => {
    expect(roadmap.items.map((item) => [item.id, item.phase, item.refIds])).toEqual([
      ['WP-01', 'foundations', ['5.2']],
      ['WP-02', 'foundations', ['7.2']],
      ['WP-03', 'risk', ['6.1.2']],
      ['WP-04', 'controls', ['A.8.8']],
      ['WP-05', 'controls', ['A.5.7']],
      ['MS-1', 'readiness', []],
      ['MS-2', 'readiness', []],
      ['MS-3', 'readiness', []],
      ['MS-4', 'readiness', []],
    ]);
    expect(roadmap.items.slice(5).map((item) => item.milestone)).toEqual([
      'internal_audit',
      'management_review',
      'stage_1_audit',
      'stage_2_audit',
    ]);
  });

  it('lays the dates out backwards from the target, stage 1 six weeks before it', () => {
    expect(roadmap.items.map((item) => [item.id, item.start, item.due, item.durationWeeks])).toEqual([
      ['WP-01', '2026-07-07', '2026-07-21', 2],
      ['WP-02', '2026-07-21', '2026-08-04', 2],
      ['WP-03', '2026-08-04', '2026-09-01', 4],
      ['WP-04', '2026-09-01', '2026-09-08', 1],
      ['WP-05', '2026-09-08', '2026-09-22', 2],
      ['MS-1', '2026-09-22', '2026-10-06', 2],
      ['MS-2', '2026-10-06', '2026-10-13', 1],
      ['MS-3', '2026-10-20', '2026-10-20', 0],
      ['MS-4', '2026-12-01', '2026-12-01', 0],
    ]);
    expect(roadmap.schedule).toEqual({
      assessmentDate: '2026-01-15',
      targetCertificationDate: '2026-12-01',
      stage1AuditDate: '2026-10-20',
      latestStart: '2026-07-07',
      weeksNeeded: 21,
      weeksAvailable: 45,
      slackWeeks: 24,
      fits: true,
    });
  });

  it('gives each package its effort, owner and a one-line rationale', () => {
    expect(roadmap.items[2]).toMatchObject({ title: 'Risk assessment: criteria, method and results', effort: 'L' });
    expect(roadmap.items[2]?.owner).toBe('CISO');
    expect(roadmap.items[3]).toMatchObject({ title: 'Technological controls (A.8)', effort: 'S', owner: 'IT' });
    expect(roadmap.items[3]?.rationale).toMatch(/gap size × priority ÷ effort \(score 6\)/);
    for (const item of roadmap.items) expect(item.rationale).not.toMatch(/\n/);
  });

  it('has no dates without a target certification date', () => {
    const undated = buildRoadmap(gaps, { assessmentDate: '2026-01-15' });
    expect(undated.schedule).toBeNull();
    expect(undated.items.every((item) => item.start === null && item.due === null)).toBe(true);
  });

  it('says when the plan does not fit before the target', () => {
    const late = buildRoadmap(gaps, { assessmentDate: '2026-09-01', targetCertificationDate: '2026-12-01' });
    expect(late.schedule).toMatchObject({ fits: false, weeksNeeded: 21, weeksAvailable: 13, slackWeeks: -8 });
  });

  it('puts internal audit and management review gaps on their milestones', () => {
    const answers: AnswersByRef = {
      '9.2.2': { status: 'not_implemented', owner: 'Internal audit' },
      '9.3.3': { status: 'partially_implemented' },
    };
    const items = buildRoadmap(listGaps(iso, answers), { assessmentDate: '2026-01-15' }).items;
    expect(items.map((item) => [item.milestone, item.refIds])).toEqual([
      ['internal_audit', ['9.2.2']],
      ['management_review', ['9.3.3']],
      ['stage_1_audit', []],
      ['stage_2_audit', []],
    ]);
    expect(items[0]?.owner).toBe('Internal audit');
  });

  it('splits risk assessment from risk treatment and the Statement of Applicability', () => {
    const answers: AnswersByRef = {
      '8.3': { status: 'not_implemented' },
      '6.1.3': { status: 'partially_implemented' },
      '6.1.2': { status: 'partially_implemented' },
    };
    const items = buildRoadmap(listGaps(iso, answers), { assessmentDate: '2026-01-15' }).items;
    expect(items.filter((item) => item.phase === 'risk').map((item) => item.refIds)).toEqual([
      ['6.1.2'],
      ['6.1.3', '8.3'],
    ]);
  });
});

describe('buildRoadmap for Annex A packages and other frameworks', () => {
  const efforts: (Effort | undefined)[] = ['S', 'XL', undefined, 'M', 'S', 'L', 'M', 'S', 'S', 'XL'];
  const nodes = [
    testNode('FAM', null, 'heading', { title: 'A family' }),
    ...efforts.map((_, index) => testNode(`F-${index + 1}`, 'FAM')),
    testNode('OTHER', null, 'heading', { title: 'Another family' }),
    testNode('O-1', 'OTHER'),
  ];
  const answers: AnswersByRef = {
    ...Object.fromEntries(
      efforts.map((effort, index) => [
        `F-${index + 1}`,
        { status: 'not_implemented', targetMaturity: 2, effort, owner: index % 3 === 0 ? 'Ops' : 'Dev' },
      ]),
    ),
    'O-1': { status: 'partially_implemented', effort: 'XL', owner: 'Legal' },
  };
  const roadmap = buildRoadmap(listGaps(nodes, answers), {
    assessmentDate: '2026-01-05',
    targetCertificationDate: '2026-06-29',
    layout: 'generic',
  });

  it('packs at most eight requirements per package, the best score first, with no ISO milestones', () => {
    expect(roadmap.items.map((item) => [item.title, item.refIds])).toEqual([
      ['A family (FAM), part 1 of 2', ['F-1', 'F-5', 'F-8', 'F-9', 'F-3', 'F-4', 'F-7', 'F-6']],
      ['A family (FAM), part 2 of 2', ['F-2', 'F-10']],
      ['Another family (OTHER)', ['O-1']],
    ]);
    expect(Math.max(...roadmap.items.map((item) => item.refIds.length))).toBe(maxRequirementsPerPackage);
    expect(roadmap.items.every((item) => item.kind === 'work_package')).toBe(true);
  });

  it('sizes a package from its requirements and names its most common owner', () => {
    expect(roadmap.items.map((item) => [item.effortPoints, item.effort, item.durationWeeks, item.owner])).toEqual([
      [14, 'XL', 4, 'Dev'],
      [16, 'XL', 8, 'Dev'],
      [8, 'XL', 8, 'Legal'],
    ]);
  });

  it('ends the last package on the target date when there are no milestones', () => {
    expect(roadmap.items.map((item) => [item.start, item.due])).toEqual([
      ['2026-02-09', '2026-03-09'],
      ['2026-03-09', '2026-05-04'],
      ['2026-05-04', '2026-06-29'],
    ]);
  });

  it('plans nothing for an assessment without gaps', () => {
    const none = buildRoadmap(listGaps(genericNodes, {}), { assessmentDate: '2026-01-05', layout: 'generic' });
    expect(none.items).toEqual([]);
  });
});
