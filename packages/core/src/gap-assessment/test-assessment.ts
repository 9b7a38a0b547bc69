// Assessments shared by the gap-assessment tests; the worked example is the one docs/scoring.md walks through.
import type { AssessmentNode } from './assessment-nodes.ts';
import type { AnswersByRef } from './gap-assessment.ts';

/** The worked example of docs/scoring.md, against the built-in ISO/IEC 27001:2022. */
export const workedExampleAnswers: AnswersByRef = {
  '4.3': { status: 'implemented', documentation: 'approved', maturity: 3, targetMaturity: 3 },
  '5.2': { status: 'partially_implemented', documentation: 'draft', maturity: 2, targetMaturity: 3, owner: 'CISO' },
  '6.1.2': { status: 'not_implemented', maturity: 0, targetMaturity: 3, effort: 'L', owner: 'CISO' },
  '7.2': { status: 'implemented', maturity: 3, targetMaturity: 4, owner: 'HR' },
  'A.5.1': { status: 'implemented', documentation: 'approved', maturity: 4, targetMaturity: 4 },
  'A.5.7': { status: 'not_implemented', maturity: 0, targetMaturity: 2, effort: 'M', owner: 'Security team' },
  'A.7.4': {
    status: 'not_applicable',
    justification: 'No premises of our own: the office is a shared co-working space',
  },
  'A.8.8': { status: 'partially_implemented', maturity: 1, targetMaturity: 4, effort: 'S', owner: 'IT' },
};

/** A node of a small test tree. */
export function testNode(
  refId: string,
  parentRefId: string | null,
  kind: AssessmentNode['kind'] = 'control',
  extra: Partial<AssessmentNode> = {},
): AssessmentNode {
  return { refId, title: `Title of ${refId}`, parentRefId, kind, assessable: kind !== 'heading', ...extra };
}

/** A framework that is not ISO/IEC 27001: two top-level families of controls, one loose control. */
export const genericNodes: AssessmentNode[] = [
  testNode('AC', null, 'heading', { title: 'Access control' }),
  testNode('AC-1', 'AC', 'control', { attributes: { implementation_group: ['IG1'] } }),
  testNode('AC-2', 'AC', 'control', { attributes: { implementation_group: ['IG1', 'IG2'] } }),
  testNode('AC-2(1)', 'AC-2', 'control', { attributes: { implementation_group: ['IG2'] } }),
  testNode('IR', null, 'heading', { title: 'Incident response' }),
  testNode('IR-1', 'IR'),
  testNode('LOOSE-1', null),
];
