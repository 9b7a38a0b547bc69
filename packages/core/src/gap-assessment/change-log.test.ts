import { describe, expect, it } from 'vitest';
import { iso27001AssessmentNodes } from './assessment-nodes.ts';
import {
  alwaysReassessed,
  changeCategoryImpacts,
  ismsChangeReference,
  proposeReassessment,
  type IsmsChange,
} from './change-log.ts';
import { focusedReassessmentInputSchema, ismsChangeCreateInputSchema } from './change-log.schemas.ts';
import { ismsChangeCategories, type IsmsChangeCategory } from './provenance.ts';

const nodes = iso27001AssessmentNodes();
const assessable = new Set(nodes.filter((node) => node.assessable).map((node) => node.refId));

const change = (
  id: string,
  category: IsmsChangeCategory,
  refIds: string[] = [],
): Pick<IsmsChange, 'id' | 'reference' | 'title' | 'category' | 'refIds'> => ({
  id,
  reference: `CH-00${id}`,
  title: `Change ${id}`,
  category,
  refIds,
});

describe('the change categories', () => {
  it.each(ismsChangeCategories)('%s names only assessable requirements of ISO/IEC 27001:2022', (category) => {
    expect(changeCategoryImpacts[category].refIds.filter((refId) => !assessable.has(refId))).toEqual([]);
  });

  it('always re-opens the risk assessment', () => {
    expect(alwaysReassessed.refIds).toEqual(['6.1.2', '8.2']);
  });

  it.each([
    [1, 'CH-001'],
    [42, 'CH-042'],
    [1234, 'CH-1234'],
  ])('numbers change %i as %s', (sequence, reference) => {
    expect(ismsChangeReference(sequence)).toBe(reference);
  });
});

describe('proposing what to re-assess', () => {
  it.each([
    ['new_supplier', ['6.1.2', '8.1', '8.2', 'A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23']],
    ['new_law', ['4.2', '6.1.2', '8.2', 'A.5.31', 'A.5.32', 'A.5.34']],
    ['relocation', ['4.3', 'A.7.1', 'A.7.14']],
    ['incident', ['10.2', 'A.5.24', 'A.5.28']],
    ['reorganisation', ['5.3', '7.2', 'A.5.2', 'A.5.3']],
    ['acquisition', ['4.1', '4.2', '4.3', '6.1.2', 'A.5.9']],
    ['other', ['6.1.2', '8.2']],
  ] as const)('proposes for a %s change at least %j', (category, expected) => {
    const refs = proposeReassessment([change('1', category)], nodes).map((entry) => entry.refId);
    expect(refs).toEqual(expect.arrayContaining([...expected]));
  });

  it('lists requirements in reading order with every change that calls for them, once each', () => {
    const proposal = proposeReassessment(
      [change('1', 'new_supplier', ['A.5.19', 'A.8.30']), change('2', 'incident')],
      nodes,
    );
    const refs = proposal.map((entry) => entry.refId);
    expect(refs.indexOf('6.1.2')).toBeLessThan(refs.indexOf('A.5.19'));
    const risk = proposal.find((entry) => entry.refId === '6.1.2');
    expect(risk?.reasons.map((reason) => reason.changeId)).toEqual(['1', '2']);
    const supplier = proposal.find((entry) => entry.refId === 'A.5.19');
    expect(supplier?.reasons).toEqual([
      expect.objectContaining({ changeId: '1', why: 'named when the change was recorded' }),
    ]);
    expect(supplier?.title).toBe('Information security in supplier relationships');
    expect(refs).toContain('A.8.30');
  });

  it('leaves out references the framework does not have or cannot assess', () => {
    const refs = proposeReassessment([change('1', 'other', ['A.5', 'ZZ-1'])], nodes).map((entry) => entry.refId);
    expect(refs).toEqual(['6.1.2', '8.2']);
  });

  it('proposes nothing without changes', () => {
    expect(proposeReassessment([], nodes)).toEqual([]);
  });
});

describe('change log requests', () => {
  it('trims, de-duplicates references and clears empty texts', () => {
    const parsed = ismsChangeCreateInputSchema.parse({
      title: ' New payroll supplier ',
      category: 'new_supplier',
      occurredOn: '2026-02-01',
      description: '',
      refIds: ['A.5.19', 'A.5.19 '],
    });
    expect(parsed).toEqual({
      title: 'New payroll supplier',
      category: 'new_supplier',
      occurredOn: '2026-02-01',
      description: null,
      refIds: ['A.5.19'],
    });
  });

  it.each([
    ['an unknown category', { category: 'merger' }],
    ['a date that is no date', { occurredOn: '01/02/2026' }],
    ['an empty title', { title: ' ' }],
    ['an unknown field', { colour: 'red' }],
  ])('refuses %s', (_name, patch) => {
    const result = ismsChangeCreateInputSchema.safeParse({
      title: 'T',
      category: 'other',
      occurredOn: '2026-02-01',
      ...patch,
    });
    expect(result.success).toBe(false);
  });

  it('refuses a focused re-assessment without a change or with a target before the date', () => {
    const base = {
      changeIds: ['0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f'],
      title: 'Re-assessment',
      assessmentDate: '2026-03-01',
    };
    expect(focusedReassessmentInputSchema.safeParse(base).success).toBe(true);
    expect(focusedReassessmentInputSchema.safeParse({ ...base, changeIds: [] }).success).toBe(false);
    expect(focusedReassessmentInputSchema.safeParse({ ...base, targetCertificationDate: '2026-01-01' }).success).toBe(
      false,
    );
  });
});
