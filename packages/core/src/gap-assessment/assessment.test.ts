import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { iso27001AssessmentNodes } from './assessment-nodes.ts';
import {
  applyGapAnswerPatch,
  assessmentDatesProblem,
  assessmentNodesFromRequirements,
  assessmentTransitionProblem,
  assessmentTransitionTargets,
  gapAnswerPriority,
  gapAnswerProblems,
  gapAssessmentReference,
  gapAssessmentStatuses,
  toRequirementAnswer,
  unansweredGapAnswer,
  type GapAnswerFields,
  type GapAssessmentStatus,
  type StoredRequirementNode,
} from './assessment.ts';
import type { gapReportSchema, gapSchema, roadmapItemSchema } from './assessment.schemas.ts';
import {
  gapAnswerUpdateInputSchema,
  gapAssessmentCreateInputSchema,
  gapAssessmentUpdateInputSchema,
} from './assessment.schemas.ts';
import type { GapReport } from './gap-report.ts';
import type { Gap } from './gaps-and-roadmap.ts';
import type { RoadmapItem } from './roadmap-schedule.ts';

const blank: GapAnswerFields = unansweredGapAnswer('a', 'r');

describe('assessment status workflow', () => {
  const allowed: [GapAssessmentStatus, GapAssessmentStatus][] = [
    ['planned', 'in_progress'],
    ['in_progress', 'in_review'],
    ['in_review', 'in_progress'],
    ['in_review', 'completed'],
  ];
  const pairs = gapAssessmentStatuses.flatMap((from) => gapAssessmentStatuses.map((to) => [from, to] as const));

  it.each(pairs)('from %s to %s is allowed only along the workflow', (from, to) => {
    const ok = allowed.some(([a, b]) => a === from && b === to);
    expect(assessmentTransitionProblem(from, to) === null).toBe(ok);
    expect(assessmentTransitionTargets(from).includes(to)).toBe(ok);
  });

  it('explains every refusal', () => {
    expect(assessmentTransitionProblem('planned', 'completed')).toMatch(/planned to completed.*in_progress/);
    expect(assessmentTransitionProblem('in_review', 'in_review')).toMatch(/already in_review/);
    expect(assessmentTransitionProblem('completed', 'in_progress')).toMatch(/completed and locked/);
  });
});

describe('assessment dates and references', () => {
  it.each([
    ['2026-01-15', null, null],
    ['2026-01-15', '2026-09-30', null],
    ['2026-01-15', '2026-01-15', 'must come after'],
    ['2026-01-15', '2025-12-31', 'must come after'],
  ])('assessed %s aiming at %s: %s', (date, target, problem) => {
    const found = assessmentDatesProblem(date, target);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    [2026, 1, 'GA-2026-01'],
    [2026, 12, 'GA-2026-12'],
    [2027, 100, 'GA-2027-100'],
  ])('numbers year %s sequence %s as %s', (year, sequence, reference) => {
    expect(gapAssessmentReference(year, sequence)).toBe(reference);
  });
});

describe('answer rules', () => {
  const clause = { refId: '5.1', kind: 'clause_requirement' as const };
  const control = { refId: 'A.5.7', kind: 'control' as const };

  it.each([
    ['a clause as not applicable', clause, { status: 'not_applicable', justification: 'no' }, ['status']],
    ['a control as not applicable without a reason', control, { status: 'not_applicable' }, ['justification']],
    [
      'a control as not applicable with a blank reason',
      control,
      { status: 'not_applicable', justification: ' ' },
      ['justification'],
    ],
    ['a control as not applicable with a reason', control, { status: 'not_applicable', justification: 'No cloud' }, []],
    ['a clause as implemented', clause, { status: 'implemented' }, []],
    [
      'an override without a reason',
      control,
      { priorityOverride: { priority: 'high', reason: '' } },
      ['priorityOverride.reason'],
    ],
  ] as const)('%s gives problems at %j', (_name, node, patch, paths) => {
    const answer = applyGapAnswerPatch(blank, patch);
    expect(gapAnswerProblems(node, answer).map((issue) => issue.path)).toEqual(paths);
  });

  it('applies a patch: absent fields stay, null clears', () => {
    const current = applyGapAnswerPatch(blank, { status: 'partially_implemented', maturity: 2, owner: 'CISO' });
    const next = applyGapAnswerPatch(current, { maturity: null, gap: 'No review' });
    expect(next).toMatchObject({ status: 'partially_implemented', maturity: null, owner: 'CISO', gap: 'No review' });
    expect(Object.keys(next)).not.toContain('version');
  });

  it('computes priorities with the same rule as the gap list, and lets an override with a reason win', () => {
    const node = {
      refId: '6.1.2',
      title: 'Risk assessment',
      parentRefId: '6.1',
      kind: 'clause_requirement' as const,
      assessable: true,
    };
    const notDone = applyGapAnswerPatch(blank, { status: 'not_implemented' });
    expect(gapAnswerPriority(node, notDone)).toMatchObject({ computed: 'high', effective: 'high', overridden: false });
    const overridden = { ...notDone, priorityOverride: { priority: 'low' as const, reason: 'Covered by the group' } };
    expect(gapAnswerPriority(node, overridden)).toMatchObject({ computed: 'high', effective: 'low', overridden: true });
    expect(toRequirementAnswer(overridden)).toMatchObject({ priority: 'low', priorityReason: 'Covered by the group' });
  });
});

describe('assessmentNodesFromRequirements', () => {
  const stored = (id: string, refId: string, parentId: string | null, extra: Partial<StoredRequirementNode> = {}) => ({
    id,
    parentId,
    refId,
    title: refId,
    kind: 'control' as const,
    assessable: true,
    withdrawn: false,
    attributes: {},
    ...extra,
  });

  it('rebuilds the tree by reference and never lets a withdrawn requirement be assessed', () => {
    const nodes = assessmentNodesFromRequirements(
      [
        stored('1', 'AC', null, { kind: 'heading', assessable: false }),
        stored('2', 'AC-1', '1'),
        stored('3', 'AC-2', '1', { withdrawn: true }),
      ],
      { iso27001: false },
    );
    expect(nodes.map((node) => [node.refId, node.parentRefId, node.assessable])).toEqual([
      ['AC', null, false],
      ['AC-1', 'AC', true],
      ['AC-2', 'AC', false],
    ]);
  });

  it('takes the documented-information flags of the built-in ISO/IEC 27001:2022', () => {
    const [node] = assessmentNodesFromRequirements([stored('1', '4.3', null, { kind: 'clause_requirement' })], {
      iso27001: true,
    });
    const expected = iso27001AssessmentNodes().find((entry) => entry.refId === '4.3');
    expect(node?.documentedInformationRequired).toBe(expected?.documentedInformationRequired);
    expect(node?.documentedInformationRequired).toBe(true);
  });
});

describe('assessment contracts', () => {
  const create = {
    frameworkId: '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
    title: ' Readiness 2026 ',
    scope: 'Cloud platform',
    assessmentDate: '2026-01-15',
  };

  it('accepts a creation with defaults and refuses a target before the assessment date', () => {
    expect(gapAssessmentCreateInputSchema.parse(create)).toMatchObject({ title: 'Readiness 2026', assessors: [] });
    const refused = gapAssessmentCreateInputSchema.safeParse({ ...create, targetCertificationDate: '2025-06-01' });
    expect(refused.error?.issues[0]?.path).toEqual(['targetCertificationDate']);
    expect(gapAssessmentUpdateInputSchema.safeParse({ frameworkId: create.frameworkId }).success).toBe(false);
  });

  it.each([
    [{ version: 0, status: 'implemented' }, true],
    [{ version: 0, maturity: 6 }, false],
    [{ version: -1 }, false],
    [{ status: 'implemented' }, false],
    [{ version: 1, priorityOverride: { priority: 'high', reason: ' ' } }, false],
    [{ version: 1, unknown: 1 }, false],
  ])('answer edit %j is valid: %s', (body, valid) => {
    expect(gapAnswerUpdateInputSchema.safeParse(body).success).toBe(valid);
  });

  it('treats an empty text as clearing the field', () => {
    expect(gapAnswerUpdateInputSchema.parse({ version: 2, gap: '  ', owner: null })).toEqual({
      version: 2,
      gap: null,
      owner: null,
    });
  });

  it('describes exactly the core report model', () => {
    expectTypeOf<z.output<typeof gapSchema>>().toEqualTypeOf<Gap>();
    expectTypeOf<z.output<typeof roadmapItemSchema>>().toEqualTypeOf<RoadmapItem>();
    expectTypeOf<z.output<typeof gapReportSchema>>().toEqualTypeOf<GapReport>();
  });
});
