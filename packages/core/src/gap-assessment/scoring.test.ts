import { describe, expect, it } from 'vitest';
import type { ImportedRequirement } from '../framework/framework-import.ts';
import { assessmentNodesFromImported, frameworkLayout, iso27001AssessmentNodes } from './assessment-nodes.ts';
import { compareAssessments } from './comparison.ts';
import type { AnswersByRef } from './gap-assessment.ts';
import { scoreAssessment } from './scoring.ts';
import { genericNodes, testNode, workedExampleAnswers } from './test-assessment.ts';

const iso = iso27001AssessmentNodes();
const counts = (score: { counts: unknown } | null | undefined) => (score as { counts: unknown } | null)?.counts;

describe('the ISO/IEC 27001:2022 assessment nodes', () => {
  it('flag the 26 requirements whose Certa guidance says documented information is required', () => {
    expect(iso.filter((node) => node.documentedInformationRequired).map((node) => node.refId)).toEqual(
      '4.3 5.2 6.1.2 6.1.3 6.2 7.2 7.5.1 8.1 8.2 8.3 9.1 9.2.2 9.3.3 10.2 A.5.1 A.5.9 A.5.10 A.5.26 A.5.31 A.5.37 A.6.2 A.6.6 A.8.9 A.8.13 A.8.15 A.8.27'.split(
        ' ',
      ),
    );
  });

  it('mark the 11 controls new in 2022 and have the ISO layout', () => {
    expect(iso.filter((node) => node.attributes?.edition_change?.includes('new_in_2022'))).toHaveLength(11);
    expect(frameworkLayout(iso)).toBe('iso27001');
    expect(frameworkLayout(genericNodes)).toBe('generic');
  });

  it('come from an imported tree with parents by reference and withdrawn requirements not assessable', () => {
    const imported = (key: string, parentKey: string | null, extra: Partial<ImportedRequirement> = {}) =>
      ({
        key,
        parentKey,
        refId: key.toUpperCase(),
        title: key,
        kind: 'control',
        assessable: true,
        description: null,
        guidance: null,
        objectives: null,
        typicalEvidence: null,
        withdrawn: false,
        attributes: {},
        parameters: [],
        ...extra,
      }) satisfies ImportedRequirement;
    const nodes = assessmentNodesFromImported([
      imported('ac', null, { kind: 'heading', assessable: false }),
      imported('ac-1', 'ac'),
      imported('ac-3', 'ac', { withdrawn: true }),
    ]);
    expect(nodes.map((node) => [node.refId, node.parentRefId, node.assessable])).toEqual([
      ['AC', null, false],
      ['AC-1', 'AC', true],
      ['AC-3', 'AC', false],
    ]);
  });
});

describe('scoreAssessment on the worked example of docs/scoring.md', () => {
  const scores = scoreAssessment(iso, workedExampleAnswers);

  it.each([
    ['overall', scores.overall, 57.1, 5.7, { total: 123, applicable: 122, assessed: 7 }],
    ['managementSystem', scores.managementSystem, 62.5, 13.3, { total: 30, applicable: 30, assessed: 4 }],
    ['annexA', scores.annexA, 50, 3.3, { total: 93, applicable: 92, assessed: 3 }],
    ['clause 4', scores.byClause['4'], 100, 25, { total: 4, applicable: 4, assessed: 1 }],
    ['clause 6', scores.byClause['6'], 0, 20, { total: 5, applicable: 5, assessed: 1 }],
    ['clause 10', scores.byClause['10'], null, 0, { total: 2, applicable: 2, assessed: 0 }],
    ['theme A.5', scores.byTheme['A.5'], 50, 5.4, { total: 37, applicable: 37, assessed: 2 }],
    ['theme A.7', scores.byTheme['A.7'], null, 0, { total: 14, applicable: 13, assessed: 0 }],
    ['theme A.8', scores.byTheme['A.8'], 50, 2.9, { total: 34, applicable: 34, assessed: 1 }],
  ])('scores %s', (_name, score, conformity, coverage, expectedCounts) => {
    expect(score).toMatchObject({ conformity, coverage, counts: expectedCounts });
  });

  it('groups by every clause 4 to 10 and every Annex A theme, in reading order', () => {
    expect(Object.keys(scores.byClause)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(Object.keys(scores.byTheme)).toEqual(['A.5', 'A.6', 'A.7', 'A.8']);
    expect(scores.byGroup).toEqual({});
  });

  it('counts every status', () => {
    expect(scores.overall.counts.byStatus).toEqual({
      not_assessed: 115,
      not_implemented: 2,
      partially_implemented: 2,
      implemented: 3,
      not_applicable: 1,
    });
  });

  it('averages maturity over the requirements that have a value', () => {
    expect(scores.overall.maturity).toEqual({ current: 1.9, target: 3.3, gap: 1.4 });
    expect(scores.byClause['4']?.maturity).toEqual({ current: 3, target: 3, gap: 0 });
    expect(scores.byClause['9']?.maturity).toEqual({ current: null, target: null, gap: null });
  });

  it('measures documented-information completeness against the 26 required', () => {
    expect(scores.documentedInformation).toEqual({
      required: 26,
      approved: 2,
      draft: 1,
      missing: 1,
      notRecorded: 22,
      completeness: 7.7,
    });
  });

  it('scores by attribute: the 2022 edition changes and imported ISO/IEC 27002 control types', () => {
    const types: Record<string, string[]> = {
      'A.5.1': ['preventive'],
      'A.5.7': ['preventive', 'detective', 'corrective'],
      'A.8.8': ['preventive'],
    };
    const nodes = iso.map((node) =>
      types[node.refId] ? { ...node, attributes: { ...node.attributes, control_type: types[node.refId] ?? [] } } : node,
    );
    const { byAttribute } = scoreAssessment(nodes, workedExampleAnswers);
    expect(Object.keys(byAttribute)).toEqual(['control_type', 'edition_change']);
    expect(byAttribute.control_type?.preventive).toMatchObject({ conformity: 50, counts: { total: 3, assessed: 3 } });
    expect(byAttribute.control_type?.detective).toMatchObject({ conformity: 0, coverage: 100 });
    expect(byAttribute.edition_change?.new_in_2022).toMatchObject({
      conformity: 0,
      coverage: 10,
      counts: { total: 11, applicable: 10, assessed: 1 },
    });
  });
});

describe('scoreAssessment edge cases', () => {
  it('scores an empty assessment: no conformity, no coverage yet, every document unrecorded', () => {
    const scores = scoreAssessment(iso, {});
    expect(scores.overall).toMatchObject({ conformity: null, coverage: 0, maturity: { current: null } });
    expect(counts(scores.overall)).toMatchObject({ total: 123, applicable: 123, assessed: 0 });
    expect(scores.documentedInformation).toMatchObject({ required: 26, notRecorded: 26, completeness: 0 });
  });

  it('scores a framework where everything is not applicable as having nothing to score', () => {
    const answers = Object.fromEntries(
      genericNodes.map((node) => [
        node.refId,
        { status: 'not_applicable', justification: 'Out of scope', maturity: 5 },
      ]),
    ) as AnswersByRef;
    const scores = scoreAssessment(genericNodes, answers);
    expect(scores.overall).toMatchObject({ conformity: null, coverage: null, maturity: { current: null } });
    expect(counts(scores.overall)).toMatchObject({ total: 5, applicable: 0, assessed: 0 });
    expect(scores.documentedInformation.completeness).toBeNull();
  });

  it('groups another framework by its top-level headings and attributes, with no ISO groups', () => {
    const scores = scoreAssessment(genericNodes, {
      'AC-1': { status: 'implemented' },
      'AC-2': { status: 'partially_implemented' },
      'AC-2(1)': { status: 'not_implemented' },
      'IR-1': { status: 'not_applicable', justification: 'No incidents function here' },
    });
    expect(scores).toMatchObject({
      layout: 'generic',
      managementSystem: null,
      annexA: null,
      byClause: {},
      byTheme: {},
    });
    expect(scores.overall).toMatchObject({ conformity: 50, coverage: 75 });
    expect(Object.keys(scores.byGroup)).toEqual(['AC', 'IR']);
    expect(scores.byGroup.AC).toMatchObject({ conformity: 50, coverage: 100, counts: { total: 3 } });
    expect(scores.byGroup.IR).toMatchObject({ conformity: null, coverage: null, counts: { applicable: 0 } });
    expect(scores.byAttribute.implementation_group?.IG1?.conformity).toBe(75);
    expect(scores.byAttribute.implementation_group?.IG2?.conformity).toBe(25);
  });

  it.each([
    [['partially_implemented', ...Array<string>(7).fill('not_implemented')], 6.3],
    [['implemented', 'not_implemented', 'not_implemented'], 33.3],
    [['implemented', 'implemented', 'not_implemented'], 66.7],
  ])('rounds conformity half away from zero (%j → %s)', (statuses, conformity) => {
    const nodes = statuses.map((_, index) => testNode(`C-${index}`, null));
    const answers = Object.fromEntries(statuses.map((status, index) => [`C-${index}`, { status }])) as AnswersByRef;
    expect(scoreAssessment(nodes, answers).overall.conformity).toBe(conformity);
  });

  it('counts documented information an answer records even where guidance does not require it, never when excluded', () => {
    const nodes = [testNode('X-1', null), testNode('X-2', null, 'control', { documentedInformationRequired: true })];
    const scores = scoreAssessment(nodes, {
      'X-1': { status: 'implemented', documentation: 'approved' },
      'X-2': { status: 'not_applicable', justification: 'Not used' },
    });
    expect(scores.documentedInformation).toEqual({
      required: 1,
      approved: 1,
      draft: 0,
      missing: 0,
      notRecorded: 0,
      completeness: 100,
    });
  });

  it('ignores answers to references the framework does not have, and inherited keys', () => {
    const scores = scoreAssessment(genericNodes, { 'ZZ-9': { status: 'implemented' } });
    expect(scores.overall.counts.assessed).toBe(0);
    expect(scoreAssessment([testNode('constructor', null)], {}).overall.counts.assessed).toBe(0);
  });
});

describe('compareAssessments', () => {
  const before: AnswersByRef = {
    'AC-1': { status: 'partially_implemented', maturity: 2 },
    'AC-2': { status: 'implemented', maturity: 3 },
    'AC-2(1)': { status: 'not_implemented' },
    'IR-1': { status: 'implemented', maturity: 2 },
  };
  const after: AnswersByRef = {
    'AC-1': { status: 'implemented', maturity: 3 },
    'AC-2': { status: 'implemented', maturity: 2 },
    'AC-2(1)': { status: 'not_implemented' },
    'IR-1': { status: 'implemented', maturity: 3 },
    'LOOSE-1': { status: 'implemented' },
  };
  const comparison = compareAssessments(genericNodes, before, after);

  it('classifies each requirement by status weight, then by maturity', () => {
    expect(comparison.requirements.map((entry) => [entry.refId, entry.change])).toEqual([
      ['AC-1', 'improved'],
      ['AC-2', 'regressed'],
      ['AC-2(1)', 'unchanged'],
      ['IR-1', 'improved'],
      ['LOOSE-1', 'not_comparable'],
    ]);
    expect(comparison.counts).toEqual({ improved: 2, regressed: 1, unchanged: 1, not_comparable: 1 });
  });

  it('gives the score deltas per group, after minus before', () => {
    expect(comparison.deltas.overall).toEqual({
      conformity: 17.5,
      coverage: 20,
      maturity: { current: 0.4, target: null, gap: null },
    });
    expect(comparison.deltas.byGroup.AC?.conformity).toBe(16.7);
    expect(comparison.deltas.managementSystem).toBeNull();
  });

  it('reports regressions as negative deltas', () => {
    const reverse = compareAssessments(genericNodes, after, before);
    expect(reverse.deltas.overall.conformity).toBe(-17.5);
    expect(reverse.counts).toMatchObject({ improved: 1, regressed: 2 });
  });

  it('compares ISO assessments by clause and theme', () => {
    const later = { ...workedExampleAnswers, '6.1.2': { status: 'implemented' as const } };
    const iso27001 = compareAssessments(iso, workedExampleAnswers, later);
    expect(iso27001.deltas.byClause['6']?.conformity).toBe(100);
    expect(iso27001.deltas.managementSystem?.conformity).toBe(25);
    expect(iso27001.deltas.byTheme['A.5']?.conformity).toBe(0);
  });
});
