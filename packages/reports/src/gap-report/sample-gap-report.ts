// Gap reports for the tests and the measurement script: the worked example and a full ISO/IEC 27001:2022 one.
import {
  buildGapReport,
  conformityStatuses,
  efforts,
  iso27001AssessmentNodes,
  iso27001FrameworkInfo,
  type AnswersByRef,
  type AssessmentNode,
  type GapReport,
  type GapReportInput,
  type RequirementAnswer,
} from '@certa/core';

const framework = {
  slug: iso27001FrameworkInfo.slug,
  version: iso27001FrameworkInfo.version,
  name: iso27001FrameworkInfo.name,
};

/** A report of answers against the built-in ISO/IEC 27001:2022, for an organisation called Acme Ltd unless told otherwise. */
export function iso27001Report(answers: AnswersByRef, input: Partial<GapReportInput> = {}): GapReport {
  return buildGapReport({
    framework,
    organization: 'Acme Ltd',
    scope: 'Everything',
    date: '2026-01-15',
    nodes: iso27001AssessmentNodes(),
    answers,
    ...input,
  });
}

/** The worked example of docs/scoring.md (the CLI fixture `answers.yaml`), as a report. */
export function workedExampleReport(): GapReport {
  const answers: AnswersByRef = {
    '4.3': {
      status: 'implemented',
      documentation: 'approved',
      maturity: 3,
      targetMaturity: 3,
      evidence: ['ISMS scope statement v1.2'],
    },
    '5.2': {
      status: 'partially_implemented',
      documentation: 'draft',
      maturity: 2,
      targetMaturity: 3,
      owner: 'CISO',
      gap: 'The policy is written but top management has not approved it',
      recommendation: 'Have the board approve the policy and publish it on the intranet',
    },
    '6.1.2': {
      status: 'not_implemented',
      maturity: 0,
      targetMaturity: 3,
      effort: 'L',
      owner: 'CISO',
      recommendation: 'Define risk criteria and run a first risk assessment',
    },
    '7.2': { status: 'implemented', maturity: 3, targetMaturity: 4, owner: 'HR' },
    'A.5.1': { status: 'implemented', documentation: 'approved', maturity: 4, targetMaturity: 4 },
    'A.5.7': { status: 'not_implemented', maturity: 0, targetMaturity: 2, effort: 'M', owner: 'Security team' },
    'A.7.4': {
      status: 'not_applicable',
      justification: 'No premises of our own; the office is a managed co-working space',
    },
    'A.8.8': {
      status: 'partially_implemented',
      maturity: 1,
      targetMaturity: 4,
      effort: 'S',
      owner: 'IT',
      gap: 'Servers are scanned, laptops are not',
    },
  };
  return buildGapReport({
    framework,
    organization: 'Example Cloud Ltd',
    scope: 'The customer-facing SaaS platform, its operations team and the London office',
    date: '2026-01-15',
    targetCertificationDate: '2026-12-01',
    assessors: ['Jane Doe', 'Omar Haddad'],
    nodes: iso27001AssessmentNodes(),
    answers,
  });
}

const owners = ['CISO', 'IT', 'HR', 'Legal', 'Facilities', 'Engineering'];
const rated = conformityStatuses.filter((status) => status !== 'not_assessed');

/** A report with every one of the 123 ISO/IEC 27001:2022 requirements answered, texts and all, deterministically. */
export function fullIso27001Report(): GapReport {
  const nodes = iso27001AssessmentNodes();
  const answers: Record<string, RequirementAnswer> = {};
  nodes
    .filter((node) => node.assessable)
    .forEach((node, index) => {
      const clause = node.kind === 'clause_requirement';
      const pool = clause ? rated.filter((status) => status !== 'not_applicable') : rated;
      const status = pool[index % pool.length] ?? 'implemented';
      const maturity = status === 'implemented' ? 3 + (index % 2) : status === 'partially_implemented' ? 2 : index % 2;
      answers[node.refId] = {
        status,
        maturity: status === 'not_applicable' ? null : maturity,
        targetMaturity: status === 'not_applicable' ? null : 3 + (index % 3 === 0 ? 1 : 0),
        documentation: node.documentedInformationRequired
          ? (['missing', 'draft', 'approved'] as const)[index % 3]
          : null,
        effort: efforts[index % efforts.length] ?? null,
        owner: owners[index % owners.length] ?? null,
        justification:
          status === 'not_applicable'
            ? `Out of scope: ${node.title.toLowerCase()} does not apply to a fully remote company`
            : null,
        gap:
          status === 'implemented'
            ? null
            : `What is in place for ${node.title.toLowerCase()} does not yet cover the whole scope or leave records.`,
        recommendation:
          status === 'implemented'
            ? null
            : `Agree an owner, write down how ${node.title.toLowerCase()} works here and keep its records.`,
        evidence: index % 4 === 0 ? [`Evidence ${index}`, 'Interview notes'] : [],
      };
    });
  return buildGapReport({
    framework,
    organization: 'Northwind Cloud',
    scope: 'All products, people and offices of Northwind Cloud',
    date: '2026-03-02',
    targetCertificationDate: '2027-03-01',
    assessors: ['Jane Doe'],
    nodes,
    answers,
  });
}

const node = (refId: string, parentRefId: string | null, title: string, assessable = true): AssessmentNode => ({
  refId,
  title,
  parentRefId,
  kind: assessable ? 'control' : 'heading',
  assessable,
});

/** A report on a framework that is not ISO/IEC 27001: two families of controls and one loose control. */
export function genericReport(): GapReport {
  return buildGapReport({
    framework: { slug: 'acme-policy', version: '1', name: 'Acme Policy' },
    organization: 'Acme Ltd',
    scope: 'Everything',
    date: '2026-01-15',
    nodes: [
      node('AC', null, 'Access control', false),
      node('AC-1', 'AC', 'Policy and procedures'),
      node('AC-2', 'AC', 'Account management'),
      node('AC-2(1)', 'AC-2', 'Automated account management'),
      node('IR', null, 'Incident response', false),
      node('IR-1', 'IR', 'Incident response policy'),
      node('LOOSE-1', null, 'A control without a family'),
    ],
    answers: {
      'AC-1': { status: 'implemented', maturity: 3, targetMaturity: 3 },
      'AC-2': { status: 'partially_implemented', maturity: 2, targetMaturity: 3, effort: 'S' },
      'IR-1': { status: 'not_implemented', maturity: 0, targetMaturity: 3, owner: 'SOC' },
    },
  });
}
