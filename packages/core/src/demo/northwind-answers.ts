import type { GapAnswerFields } from '../gap-assessment/assessment.ts';
import type { ConformityStatus, DocumentationState, Effort } from '../gap-assessment/gap-assessment.ts';

/** What the demo records about one requirement besides status, maturity, target, owner and effort. */
interface AnswerText {
  gap?: string;
  recommendation?: string;
  documentation?: DocumentationState;
  justification?: string;
  notes?: string;
}

type Row = [
  refId: string,
  status: ConformityStatus,
  maturity: number | null,
  target: number | null,
  owner: string | null,
  effort: Effort | null,
  text: AnswerText,
];

const I = 'implemented';
const P = 'partially_implemented';
const N = 'not_implemented';
const NA = 'not_applicable';

// A young SaaS company: solid engineering practice, an ISMS that is only starting. All text is fictional.
const rows: readonly Row[] = [
  // Clauses 4–10: the management system is the weak part.
  [
    '4.1',
    P,
    2,
    3,
    'CEO',
    'S',
    {
      gap: 'Internal and external issues were discussed at the last strategy offsite but never written down; climate-related issues were not considered.',
      recommendation:
        'Keep a short context register (market, customers, regulation, technology, climate relevance) and review it at each management review.',
    },
  ],
  [
    '4.2',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      gap: 'Customers and the shareholders are known as interested parties, but their security requirements (contract clauses, questionnaires) are not collected in one place.',
      recommendation:
        'List interested parties with their requirements, starting from the top 20 customer contracts and the security questionnaires answered this year.',
    },
  ],
  [
    '4.3',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      documentation: 'draft',
      gap: 'The scope statement is a draft (v0.3); interfaces with the payroll provider and the customer support tooling are not described.',
      recommendation: 'Complete the interfaces and dependencies section and have the CEO approve the scope statement.',
    },
  ],
  [
    '4.4',
    P,
    1,
    3,
    'Head of Security',
    'M',
    {
      gap: 'Security processes exist in engineering, but they are not yet run as one management system with defined interactions.',
      recommendation: 'Describe the ISMS processes and how they connect (a one-page process map is enough).',
    },
  ],
  [
    '5.1',
    P,
    2,
    3,
    'CEO',
    'S',
    {
      gap: 'The CEO sponsors the certification project, but ISMS resources and objectives have not been approved in a leadership meeting.',
      recommendation: 'Approve the ISMS budget, roles and objectives in a minuted leadership meeting.',
      notes: 'Kick-off minutes seen (EV link). Strong verbal commitment in interview.',
    },
  ],
  [
    '5.2',
    I,
    3,
    3,
    'Head of Security',
    null,
    {
      documentation: 'approved',
      notes:
        'Information security policy v1.2 approved by the CEO and published on the intranet; staff acknowledge it at onboarding.',
    },
  ],
  [
    '5.3',
    P,
    2,
    3,
    'CEO',
    'S',
    {
      gap: 'The Head of Security is appointed, but responsibilities for risk ownership and ISMS reporting are not assigned.',
      recommendation: 'Publish a RACI for ISMS roles, including risk owners and the reporting line to leadership.',
    },
  ],
  [
    '6.1.1',
    P,
    1,
    3,
    'Head of Security',
    'M',
    {
      gap: 'Risks and opportunities of the ISMS itself are not planned for; only technical risks are tracked in the engineering backlog.',
      recommendation:
        'Plan actions for ISMS-level risks and opportunities alongside the information security risk assessment.',
    },
  ],
  [
    '6.1.2',
    P,
    2,
    3,
    'Head of Security',
    'M',
    {
      documentation: 'draft',
      gap: 'A risk method is drafted (v0.4) and a first risk register exists, but criteria for accepting risks are not agreed and risk owners are not named.',
      recommendation:
        'Agree likelihood and impact scales and the acceptance threshold with leadership, then finish the first full assessment.',
    },
  ],
  [
    '6.1.3',
    P,
    1,
    3,
    'Head of Security',
    'L',
    {
      documentation: 'draft',
      gap: 'The Statement of Applicability is a draft (v0.2) without justifications for inclusions and exclusions; there is no risk treatment plan approved by risk owners.',
      recommendation:
        'Complete the SoA from the risk assessment results and have risk owners approve the treatment plan and residual risks.',
    },
  ],
  [
    '6.2',
    N,
    0,
    3,
    'CEO',
    'S',
    {
      documentation: 'missing',
      gap: 'No information security objectives are set.',
      recommendation:
        'Set three to five measurable objectives (for example patching times, training completion, incident response times) with owners and dates.',
    },
  ],
  [
    '6.3',
    P,
    1,
    3,
    'Head of Security',
    'S',
    {
      gap: 'System changes follow the engineering change process, but changes to the ISMS itself (scope, roles, suppliers) are not planned or recorded.',
      recommendation:
        'Record significant changes in the ISMS change log and consider their security impact before they happen.',
    },
  ],
  ['7.1', I, 3, 3, 'CEO', null, { notes: 'Security budget and a full-time Head of Security approved for this year.' }],
  [
    '7.2',
    P,
    2,
    3,
    'Head of People',
    'M',
    {
      documentation: 'draft',
      gap: 'Engineers have role training records, but competence needed for ISMS roles (risk owners, internal auditor) is not defined or evidenced.',
      recommendation:
        'Define the competence each ISMS role needs and keep training and experience records for those people.',
    },
  ],
  [
    '7.3',
    I,
    3,
    3,
    'Head of People',
    null,
    {
      notes: 'Annual awareness training on an e-learning platform, 96% completion; phishing simulations each quarter.',
    },
  ],
  [
    '7.4',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      gap: 'Security communication happens ad hoc in the company chat; what is communicated, to whom and when is not planned.',
      recommendation: 'Write a short communication plan (internal updates, customer notices, authorities) with owners.',
    },
  ],
  [
    '7.5.1',
    P,
    2,
    3,
    'Head of Security',
    'M',
    {
      documentation: 'draft',
      gap: 'Security documents live in the wiki, but there is no list of the documented information the ISMS needs.',
      recommendation: 'Keep a register of ISMS documents and records with owners and review dates.',
    },
  ],
  [
    '7.5.2',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      gap: 'Documents have no consistent version, owner or approval block.',
      recommendation: 'Add a standard header (version, owner, approver, date) to every controlled document.',
    },
  ],
  [
    '8.1',
    P,
    2,
    3,
    'CTO',
    'M',
    {
      documentation: 'draft',
      gap: 'Operational processes are run well in engineering, but planning and criteria for ISMS processes are not documented.',
      recommendation: 'Document how each ISMS process is planned and controlled, including outsourced processes.',
    },
  ],
  [
    '8.2',
    N,
    1,
    3,
    'Head of Security',
    'M',
    {
      documentation: 'missing',
      gap: 'Risk assessments are not yet performed at planned intervals; the first complete assessment is still in progress.',
      recommendation:
        'Finish the first risk assessment, keep its results, and plan the next one (at least yearly and on significant change).',
    },
  ],
  [
    '8.3',
    N,
    0,
    3,
    'Head of Security',
    'M',
    {
      documentation: 'missing',
      gap: 'The risk treatment plan is not implemented because it is not approved yet.',
      recommendation: 'Run the approved treatment plan as tracked work and keep the results.',
    },
  ],
  [
    '9.1',
    P,
    1,
    3,
    'Head of Security',
    'M',
    {
      documentation: 'missing',
      gap: 'Technical metrics exist (uptime, vulnerability counts), but the effectiveness of the ISMS is not measured or evaluated.',
      recommendation: 'Decide what is measured, how often and by whom, and report the results to management review.',
    },
  ],
  [
    '9.2.1',
    N,
    0,
    3,
    'Head of Security',
    'M',
    {
      gap: 'No internal audit has been held.',
      recommendation:
        'Hold a first internal audit covering the whole scope before the stage 1 audit, with an auditor who does not audit their own work.',
    },
  ],
  [
    '9.2.2',
    N,
    0,
    3,
    'Head of Security',
    'M',
    {
      documentation: 'missing',
      gap: 'There is no internal audit programme.',
      recommendation: 'Plan a three-year programme covering clauses 4 to 10 and every applicable Annex A control.',
    },
  ],
  [
    '9.3.1',
    N,
    0,
    3,
    'CEO',
    'S',
    {
      gap: 'Top management has not yet reviewed the ISMS.',
      recommendation: 'Schedule a management review after the internal audit and before the stage 1 audit.',
    },
  ],
  [
    '9.3.2',
    N,
    0,
    3,
    'Head of Security',
    'S',
    {
      gap: 'The inputs a management review must consider are not prepared.',
      recommendation: 'Prepare a standing agenda covering every required input.',
    },
  ],
  [
    '9.3.3',
    N,
    0,
    3,
    'CEO',
    'S',
    {
      documentation: 'missing',
      gap: 'No management review results exist.',
      recommendation: 'Minute the decisions and actions of each management review.',
    },
  ],
  [
    '10.2',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      documentation: 'draft',
      gap: 'Blameless post-incident reviews are held for production incidents, but ISMS nonconformities have no corrective action process.',
      recommendation:
        'Extend the post-incident process to ISMS nonconformities: root cause, action, effectiveness check.',
    },
  ],

  // Annex A 5: organisational controls, a mixed picture.
  [
    'A.5.1',
    I,
    3,
    3,
    'Head of Security',
    null,
    {
      documentation: 'approved',
      notes:
        'Policy set approved, reviewed yearly; topic-specific policies for access control and acceptable use exist.',
    },
  ],
  [
    'A.5.2',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      gap: 'Security responsibilities are clear for engineering, less so for asset and risk owners in the business.',
      recommendation: 'Name owners for each information asset group and each risk in the register.',
    },
  ],
  [
    'A.5.3',
    P,
    2,
    3,
    'CTO',
    'S',
    {
      gap: 'Two platform engineers can both change and approve production infrastructure changes.',
      recommendation: 'Require a second approver for infrastructure changes, enforced in the deployment pipeline.',
    },
  ],
  [
    'A.5.7',
    N,
    1,
    2,
    'Head of Security',
    'S',
    {
      gap: 'Only the cloud provider threat detection findings are read; no threat intelligence relevant to logistics customers is collected.',
      recommendation: 'Subscribe to a sector information-sharing group and review relevant advisories each month.',
    },
  ],
  [
    'A.5.9',
    P,
    2,
    3,
    'IT Operations Lead',
    'M',
    {
      documentation: 'draft',
      gap: 'Cloud resources are tagged and laptops are enrolled in device management, but information assets (data sets, SaaS tools) are not inventoried.',
      recommendation: 'Extend the inventory to data sets and SaaS applications, each with an owner.',
    },
  ],
  [
    'A.5.12',
    P,
    1,
    3,
    'Head of Security',
    'M',
    {
      gap: 'A classification scheme is drafted but not applied to any information yet.',
      recommendation: 'Approve the scheme and classify customer data, source code and financial records first.',
    },
  ],
  [
    'A.5.15',
    I,
    3,
    3,
    'Head of Security',
    null,
    { notes: 'Access control policy v1.1 approved; role-based access in the identity provider.' },
  ],
  [
    'A.5.16',
    I,
    4,
    3,
    'IT Operations Lead',
    null,
    { notes: 'Accounts provisioned from the HR system to the identity provider; leavers disabled automatically.' },
  ],
  [
    'A.5.17',
    I,
    3,
    3,
    'IT Operations Lead',
    null,
    { notes: 'Password manager for all staff; passwordless sign-in with security keys for administrators.' },
  ],
  [
    'A.5.18',
    P,
    2,
    3,
    'Head of Platform',
    'S',
    {
      gap: 'Production access is reviewed quarterly, but the last review is overdue and business applications are not reviewed at all.',
      recommendation:
        'Review access to production and to the finance and HR applications every quarter, and record the result.',
    },
  ],
  [
    'A.5.19',
    P,
    2,
    3,
    'Head of Finance',
    'M',
    {
      gap: 'Suppliers are approved by finance on cost; security is checked only for the cloud provider.',
      recommendation: 'Add a security check to supplier onboarding, scaled to the data the supplier handles.',
    },
  ],
  [
    'A.5.20',
    P,
    2,
    3,
    'Legal Counsel',
    'M',
    {
      gap: 'Data processing agreements exist, but smaller suppliers have no security clauses.',
      recommendation: 'Use a standard security schedule in new and renewed supplier contracts.',
    },
  ],
  [
    'A.5.22',
    N,
    1,
    3,
    'Head of Finance',
    'M',
    {
      gap: 'Supplier services are not reviewed after onboarding.',
      recommendation: 'Review critical suppliers yearly (attestations, incidents, changes) and record the outcome.',
    },
  ],
  [
    'A.5.23',
    P,
    2,
    3,
    'CTO',
    'S',
    {
      gap: 'Use of the main cloud provider is governed; other cloud services are adopted by teams without a security check.',
      recommendation: 'Write a cloud services policy covering selection, use and exit, and apply it to SaaS tools.',
    },
  ],
  [
    'A.5.24',
    I,
    3,
    3,
    'Head of Security',
    null,
    { notes: 'Incident response plan v2.0 with on-call rota and severity levels; tested in a tabletop exercise.' },
  ],
  [
    'A.5.25',
    I,
    3,
    3,
    'Head of Security',
    null,
    { notes: 'Events are triaged by the on-call engineer using the severity matrix of the plan.' },
  ],
  [
    'A.5.26',
    I,
    3,
    3,
    'Head of Security',
    null,
    {
      documentation: 'approved',
      notes: 'Response procedures documented in the plan; two real incidents handled according to it this year.',
    },
  ],
  [
    'A.5.27',
    P,
    2,
    3,
    'Head of Security',
    'S',
    {
      gap: 'Post-incident reviews are written, but their actions are not tracked to completion.',
      recommendation: 'Track post-incident actions in the roadmap and check them at management review.',
    },
  ],
  [
    'A.5.30',
    P,
    2,
    3,
    'Head of Platform',
    'M',
    {
      gap: 'Database restores are tested, but a full recovery of the platform in another region has never been rehearsed.',
      recommendation: 'Rehearse a regional failover once the second region is live and record recovery times.',
    },
  ],
  [
    'A.5.31',
    P,
    2,
    3,
    'Legal Counsel',
    'M',
    {
      documentation: 'missing',
      gap: 'Legal and contractual requirements are handled case by case; there is no register.',
      recommendation: 'Keep a register of legal, regulatory and contractual requirements with owners.',
    },
  ],
  [
    'A.5.34',
    P,
    2,
    3,
    'Data Protection Officer',
    'M',
    {
      gap: 'The record of processing activities is a year old and misses the new payroll supplier.',
      recommendation: 'Update the record of processing activities and review it on every new supplier.',
    },
  ],
  [
    'A.5.35',
    N,
    0,
    2,
    'CEO',
    'M',
    {
      gap: 'Information security has never been reviewed independently.',
      recommendation:
        'Plan an independent review, for example by an external consultant, after the first internal audit.',
    },
  ],
  [
    'A.5.37',
    P,
    2,
    3,
    'Head of Platform',
    'S',
    {
      documentation: 'draft',
      gap: 'Runbooks exist for production operations, but not for business processes such as onboarding and finance.',
      recommendation: 'Document the operating procedures of the IT and people processes in scope.',
    },
  ],

  // Annex A 6: people controls, mostly in place through HR.
  [
    'A.6.1',
    I,
    3,
    3,
    'Head of People',
    null,
    { notes: 'Background checks through an HR screening provider, where the law of each country allows.' },
  ],
  [
    'A.6.2',
    I,
    3,
    3,
    'Head of People',
    null,
    { documentation: 'approved', notes: 'Employment contracts include confidentiality and security responsibilities.' },
  ],
  [
    'A.6.3',
    I,
    3,
    3,
    'Head of People',
    null,
    { notes: 'Awareness training at onboarding and yearly; secure development training for engineers.' },
  ],
  [
    'A.6.6',
    I,
    3,
    3,
    'Legal Counsel',
    null,
    { documentation: 'approved', notes: 'NDAs signed by contractors and visitors to the engineering floor.' },
  ],
  [
    'A.6.7',
    P,
    2,
    3,
    'IT Operations Lead',
    'S',
    {
      gap: 'Staff work remotely most days; the remote working guideline from 2022 has expired and does not cover home networks or public spaces.',
      recommendation: 'Update the remote working guideline and include it in awareness training.',
    },
  ],
  [
    'A.6.8',
    I,
    3,
    3,
    'Head of Security',
    null,
    { notes: 'A #security-report channel and a web form; reports reach the on-call engineer.' },
  ],

  // Annex A 7: two leased offices, no server rooms; production runs in the cloud provider's regions.
  ['A.7.1', I, 3, 3, 'Office Manager', null, { notes: 'Leased floors in managed buildings with staffed receptions.' }],
  [
    'A.7.2',
    I,
    3,
    3,
    'Office Manager',
    null,
    { notes: 'Badge access to both offices; visitors signed in and escorted.' },
  ],
  [
    'A.7.3',
    P,
    2,
    3,
    'Office Manager',
    'S',
    {
      gap: 'The Rotterdam office has no lockable storage for confidential paper, and meeting room whiteboards are left written on.',
      recommendation: 'Provide lockable cabinets and add meeting rooms to the clear desk check.',
    },
  ],
  [
    'A.7.4',
    NA,
    null,
    null,
    'Office Manager',
    null,
    {
      justification:
        'Neither office holds information processing facilities or customer records; the building managers monitor the premises. Physical monitoring of production is covered by the cloud provider, assessed under A.5.23.',
    },
  ],
  [
    'A.7.6',
    NA,
    null,
    null,
    'Office Manager',
    null,
    {
      justification:
        'There are no secure areas: no server or network rooms in either office; production runs in the cloud.',
    },
  ],
  [
    'A.7.7',
    P,
    2,
    3,
    'Office Manager',
    'S',
    {
      gap: 'Screen lock is enforced by device management; a clear desk rule exists but is not checked.',
      recommendation: 'Run a monthly walk-through of both offices and report results.',
    },
  ],
  [
    'A.7.9',
    I,
    3,
    3,
    'IT Operations Lead',
    null,
    { notes: 'Laptops encrypted and managed; lost devices can be wiped remotely.' },
  ],
  [
    'A.7.11',
    NA,
    null,
    null,
    'Office Manager',
    null,
    {
      justification:
        'No information processing in the offices depends on their power or cooling: staff switch to remote working during an outage. Utilities of production are the cloud provider’s responsibility.',
    },
  ],
  [
    'A.7.12',
    NA,
    null,
    null,
    'Office Manager',
    null,
    {
      justification:
        'The offices have no server or network rooms; office cabling carries internet access only, and all access to company systems is encrypted end to end.',
    },
  ],
  [
    'A.7.14',
    I,
    3,
    3,
    'IT Operations Lead',
    null,
    {
      notes:
        'Devices wiped through device management before re-use; a certified recycler issues disposal certificates.',
    },
  ],

  // Annex A 8: technological controls, the strong part.
  [
    'A.8.1',
    I,
    4,
    3,
    'IT Operations Lead',
    null,
    { notes: 'All laptops enrolled in device management with disk encryption, screen lock and OS update rules.' },
  ],
  [
    'A.8.2',
    I,
    3,
    3,
    'Head of Platform',
    null,
    { notes: 'Privileged roles through short-lived elevated sessions; break-glass accounts sealed and monitored.' },
  ],
  [
    'A.8.4',
    I,
    4,
    3,
    'VP Engineering',
    null,
    { notes: 'Source code hosting behind single sign-on; branch protection and review on every repository.' },
  ],
  [
    'A.8.5',
    I,
    4,
    3,
    'IT Operations Lead',
    null,
    { notes: 'Multi-factor authentication everywhere; phishing-resistant security keys for administrators.' },
  ],
  [
    'A.8.7',
    I,
    3,
    3,
    'IT Operations Lead',
    null,
    { notes: 'Endpoint protection on every laptop, alerts routed to the on-call engineer.' },
  ],
  [
    'A.8.8',
    P,
    2,
    3,
    'Head of Platform',
    'M',
    {
      gap: 'Dependencies and container images are scanned, but there are no agreed fixing times and findings older than 90 days exist.',
      recommendation:
        'Set fixing times by severity (for example 7 days for critical) and report overdue findings monthly.',
    },
  ],
  [
    'A.8.10',
    P,
    1,
    3,
    'CTO',
    'M',
    {
      gap: 'Customer data is deleted on request by hand; there is no retention schedule.',
      recommendation: 'Define retention periods per data type and automate deletion at the end of contracts.',
    },
  ],
  [
    'A.8.12',
    N,
    0,
    2,
    'Head of Security',
    'L',
    {
      gap: 'Nothing detects or prevents customer data leaving through email, file sharing or removable media.',
      recommendation:
        'Start with alerts on bulk exports from production and restricted sharing settings in the office suite.',
    },
  ],
  [
    'A.8.13',
    I,
    4,
    3,
    'Head of Platform',
    null,
    {
      documentation: 'approved',
      notes: 'Automated snapshots copied to a separate backup account; restores tested each quarter.',
    },
  ],
  [
    'A.8.15',
    I,
    3,
    3,
    'Head of Platform',
    null,
    {
      documentation: 'draft',
      notes: 'Central logging with 13 months retention; the logging standard that describes it is still a draft.',
    },
  ],
  [
    'A.8.16',
    P,
    2,
    3,
    'Head of Platform',
    'M',
    {
      gap: 'Infrastructure alerts are monitored around the clock; security events are looked at only during office hours.',
      recommendation: 'Route high-severity security alerts to the on-call rota and review lower ones daily.',
    },
  ],
  [
    'A.8.22',
    I,
    3,
    3,
    'Head of Platform',
    null,
    {
      notes:
        'Separate cloud accounts and networks per environment; production reachable only through the access gateway.',
    },
  ],
  [
    'A.8.23',
    N,
    0,
    2,
    'IT Operations Lead',
    'S',
    {
      gap: 'No web filtering on laptops.',
      recommendation: 'Enable DNS filtering of known malicious sites through device management.',
    },
  ],
  [
    'A.8.24',
    I,
    3,
    3,
    'CTO',
    null,
    { notes: 'TLS 1.2 or later for all traffic; data at rest encrypted with managed keys rotated yearly.' },
  ],
  [
    'A.8.25',
    P,
    2,
    3,
    'VP Engineering',
    'M',
    {
      gap: 'The engineering handbook describes the life cycle, but security gates (threat modelling, security review) are informal.',
      recommendation: 'Add threat modelling for new services and a security sign-off for high-risk changes.',
    },
  ],
  [
    'A.8.28',
    P,
    2,
    3,
    'VP Engineering',
    'S',
    {
      gap: 'Static analysis runs in CI, but there is no secure coding standard and no yearly secure coding training.',
      recommendation: 'Adopt a secure coding standard and run yearly training for engineers.',
    },
  ],
  [
    'A.8.29',
    P,
    2,
    3,
    'VP Engineering',
    'M',
    {
      gap: 'A yearly external penetration test is held; there is no automated security testing before release.',
      recommendation: 'Add dynamic scanning of the staging environment to the release pipeline.',
    },
  ],
  [
    'A.8.30',
    NA,
    null,
    null,
    'VP Engineering',
    null,
    { justification: 'All software is developed by Northwind Cloud’s own employees; no development is outsourced.' },
  ],
  [
    'A.8.33',
    P,
    2,
    3,
    'VP Engineering',
    'S',
    {
      gap: 'Staging is sometimes seeded from production snapshots; the masking script does not cover free-text fields.',
      recommendation: 'Use synthetic test data by default and extend masking to every personal data field.',
    },
  ],
];

/** The answers of the demo assessment, keyed by requirement reference. */
export function northwindAnswers(): Record<string, GapAnswerFields> {
  return Object.fromEntries(
    rows.map(([refId, status, maturity, target, owner, effort, text]) => [
      refId,
      {
        status,
        maturity,
        targetMaturity: target,
        documentation: text.documentation ?? null,
        justification: text.justification ?? null,
        gap: text.gap ?? null,
        recommendation: text.recommendation ?? null,
        owner,
        priorityOverride: null,
        effort,
        notes: text.notes ?? null,
      } satisfies GapAnswerFields,
    ]),
  );
}
