import { describe, expect, it } from 'vitest';
import { evidenceKinds, evidenceStatuses } from '../evidence/evidence-kinds.ts';
import { isEvidenceStale } from '../evidence/evidence.ts';
import { iso27001AssessmentNodes } from '../gap-assessment/assessment-nodes.ts';
import { gapAnswerProblems } from '../gap-assessment/assessment.ts';
import { ismsChangeCategories } from '../gap-assessment/provenance.ts';
import { scoreAssessment } from '../gap-assessment/scoring.ts';
import { toRequirementAnswer } from '../gap-assessment/assessment.ts';
import { shiftDays, shiftMonths } from './demo-dates.ts';
import { demoOrganizationName, northwindDemo } from './northwind.ts';

const today = '2026-03-10';
const demo = northwindDemo(today);
const nodes = iso27001AssessmentNodes();
const nodeByRef = new Map(nodes.map((node) => [node.refId, node]));
const assessable = nodes.filter((node) => node.assessable);

describe('the Northwind Cloud demo dataset', () => {
  it('is the same for the same day and moves with the day', () => {
    expect(northwindDemo(today)).toEqual(demo);
    const later = northwindDemo('2027-01-05');
    expect(later.assessment.assessmentDate).toBe('2026-12-15');
    expect(later.assessment.targetCertificationDate).toBe('2027-09-15');
  });

  it('says it is a demo in the organisation name', () => {
    expect(demo.organizationName).toBe(demoOrganizationName);
    expect(demo.organizationName).toContain('(demo)');
  });

  it('started three weeks ago and aims at certification about nine months later', () => {
    expect(demo.assessment.assessmentDate).toBe('2026-02-17');
    expect(demo.assessment.targetCertificationDate).toBe('2026-11-17');
  });

  it('answers only assessable requirements of the ISO/IEC 27001:2022 catalogue', () => {
    const problems = Object.keys(demo.answers).filter((refId) => !nodeByRef.get(refId)?.assessable);
    expect(problems).toEqual([]);
  });

  it('assesses about 70% of the requirements, leaving the rest not assessed', () => {
    const share = Object.keys(demo.answers).length / assessable.length;
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.75);
    expect(Object.values(demo.answers).every((answer) => answer.status !== 'not_assessed')).toBe(true);
  });

  it('records answers that the gap assessment rules accept', () => {
    const problems = Object.entries(demo.answers).flatMap(([refId, answer]) => {
      const node = nodeByRef.get(refId);
      return node
        ? gapAnswerProblems(node, answer).map((issue) => `${refId}: ${issue.message}`)
        : [`${refId}: unknown`];
    });
    expect(problems).toEqual([]);
  });

  it('gives every assessed requirement an owner, maturity and target, and every gap a text, a recommendation and an effort', () => {
    const problems: string[] = [];
    for (const [refId, answer] of Object.entries(demo.answers)) {
      if (!answer.owner) problems.push(`${refId}: owner`);
      if (answer.status === 'not_applicable') continue;
      if (answer.maturity === null || answer.targetMaturity === null) problems.push(`${refId}: maturity`);
      if (answer.status === 'implemented') continue;
      if (!answer.gap || !answer.recommendation || !answer.effort) problems.push(`${refId}: gap text`);
    }
    expect(problems).toEqual([]);
  });

  it('is weak on the management system: internal audit and management review not implemented', () => {
    for (const refId of ['9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3'])
      expect(demo.answers[refId]?.status).toBe('not_implemented');
    expect(demo.answers['6.1.3']?.documentation).toBe('draft');
  });

  it('never excludes a management-system clause, and excludes physical controls only with a justification', () => {
    const excluded = Object.entries(demo.answers).filter(([, answer]) => answer.status === 'not_applicable');
    expect(excluded.length).toBeGreaterThan(2);
    for (const [refId, answer] of excluded) {
      expect(nodeByRef.get(refId)?.kind).toBe('control');
      expect(answer.justification?.length).toBeGreaterThan(20);
    }
  });

  it('scores stronger on technological controls than on the management system', () => {
    const answers = Object.fromEntries(
      Object.entries(demo.answers).map(([refId, answer]) => [refId, toRequirementAnswer(answer)]),
    );
    const scores = scoreAssessment(nodes, answers);
    const technological = scores.byTheme['A.8']?.conformity ?? 0;
    const managementSystem = scores.managementSystem?.conformity ?? 1;
    expect(technological).toBeGreaterThan(managementSystem);
  });

  it('links about 25 evidence items to requirements of the catalogue', () => {
    expect(demo.evidence.length).toBeGreaterThanOrEqual(24);
    const keys = new Set(demo.evidence.map((item) => item.key));
    expect(keys.size).toBe(demo.evidence.length);
    const unknown = demo.evidence.flatMap((item) =>
      item.refIds.filter((refId) => !nodeByRef.get(refId)?.assessable).map((refId) => `${item.key}: ${refId}`),
    );
    expect(unknown).toEqual([]);
    expect(demo.evidence.every((item) => item.refIds.length > 0)).toBe(true);
  });

  it('gives every evidence item a valid kind and status, a file unless it is a link, and a URL only for links', () => {
    for (const item of demo.evidence) {
      expect(evidenceKinds).toContain(item.kind);
      expect(evidenceStatuses).toContain(item.status);
      if (item.kind === 'link') {
        expect(item.file).toBeNull();
        expect(item.url).toMatch(/^https:\/\//);
      } else {
        expect(item.url).toBeNull();
        expect(item.file?.content.length).toBeGreaterThan(50);
        expect(item.file?.fileName).toMatch(/\.(md|csv|json|txt)$/);
      }
      if (item.coversFrom && item.coversTo) expect(item.coversFrom <= item.coversTo).toBe(true);
    }
  });

  it('has a few evidence items past their review-by date, so stale evidence shows', () => {
    const stale = demo.evidence.filter((item) => isEvidenceStale(item.reviewBy, today, item.status));
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThan(demo.evidence.length / 3);
  });

  it('writes CSV files with one header and rows of the same width', () => {
    for (const item of demo.evidence.filter((entry) => entry.file?.mediaType === 'text/csv')) {
      const lines = (item.file?.content ?? '').trim().split('\n');
      const widths = new Set(lines.map((line) => line.replace(/"[^"]*"/g, 'x').split(',').length));
      expect(widths.size, item.key).toBe(1);
    }
  });

  it('records a few ISMS changes with known categories and references', () => {
    expect(demo.changes.length).toBeGreaterThanOrEqual(2);
    for (const change of demo.changes) {
      expect(ismsChangeCategories).toContain(change.category);
      expect(change.occurredOn <= today).toBe(true);
      expect(change.refIds.every((refId) => nodeByRef.get(refId)?.assessable)).toBe(true);
    }
  });
});

describe('demo date arithmetic', () => {
  it.each([
    ['2026-03-10', -21, '2026-02-17'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('shifts %s by %i days to %s', (from, days, expected) => {
    expect(shiftDays(from, days)).toBe(expected);
  });

  it.each([
    ['2026-02-17', 9, '2026-11-17'],
    ['2026-05-31', 9, '2027-02-28'],
    ['2027-05-31', 9, '2028-02-29'],
  ])('shifts %s by %i months to %s', (from, months, expected) => {
    expect(shiftMonths(from, months)).toBe(expected);
  });
});
