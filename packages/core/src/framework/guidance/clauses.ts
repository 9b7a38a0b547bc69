import type { RequirementGuidance } from '../guidance.ts';

/** Certa's own practitioner guidance for the 30 assessable ISO/IEC 27001:2022 clauses, 4.1 to 10.2. */
export const clauseGuidance: Record<string, RequirementGuidance> = {
  '4.1': {
    meaning:
      'Before designing any controls, the organisation needs a clear picture of the forces inside and outside it that could help or hinder its security programme. External factors include the regulatory climate, the threat landscape, market pressure, supply-chain dependencies and technology trends; internal ones include culture, structure, funding, legacy systems and strategic plans. Since Amendment 1 (2024), the organisation must also decide explicitly whether climate change is a relevant issue, for example through extreme-weather risk to data centres or sustainability expectations shaping supplier choices. The analysis does not have to be long, but it should be genuinely used as an input to scoping and risk assessment and refreshed when the business changes.',
    auditorQuestions: [
      'Which internal and external issues has the organisation identified, and who took part in identifying them?',
      'How was the relevance of climate change considered, and what conclusion was reached and recorded?',
      'When was the list of issues last revisited, and what event or schedule triggered that review?',
      'Can you show me where a specific issue from this analysis influenced the scope or a risk in the register?',
      'How do strategic plans or recent business changes appear in the current context analysis?',
    ],
    typicalEvidence: [
      'Context analysis such as a PESTLE or SWOT worksheet with a date and owner',
      'Minutes of the workshop or leadership session where issues were discussed',
      'Climate-change relevance statement, even where the conclusion is that the impact is low',
      'Management review minutes showing changes in internal and external issues were considered',
      'Cross-references from listed issues to entries in the risk register',
    ],
    commonGaps: [
      'A generic template copied from a consultant with issues that do not reflect the actual business',
      'No evidence that climate change was even considered after the 2024 amendment',
      'The analysis was produced once for certification and never updated despite mergers or restructuring',
      'Issues are listed but have no visible link to the scope, risks or objectives',
    ],
    documentedInformation: {
      required: false,
      note: 'No mandated record, yet nearly every organisation keeps a dated context register or PESTLE/SWOT analysis so it can show auditors how issues were identified and reviewed.',
    },
  },
  '4.2': {
    meaning:
      'The organisation has to work out who has a legitimate stake in its information security: customers, regulators, staff, shareholders, suppliers, insurers and sometimes the public. For each relevant party it identifies what that party expects, then decides which of those expectations it will treat as binding requirements of the ISMS, such as contractual security clauses, data protection law or certification demands from key clients. Amendment 1 (2024) clarifies that interested parties may have climate-related expectations, for instance investors or customers asking about resilience or environmental commitments, and these need to be weighed. The output feeds directly into scope, risk assessment and the legal and contractual obligations register, and it should be updated as contracts and laws change.',
    auditorQuestions: [
      'Who are the interested parties relevant to the ISMS, and how was that list established?',
      'For your top three customers, which security requirements from their contracts have been captured?',
      'Which of the identified requirements are addressed through the ISMS, and how was that decision made?',
      'Have any interested parties expressed climate-related expectations, and how were they handled?',
      'How are new laws or revised contract terms fed into this register?',
    ],
    typicalEvidence: [
      'Interested-party register listing each party, its expectations and whether the ISMS addresses them',
      'Legal, regulatory and contractual obligations register with owners and review dates',
      'Sample customer contracts or security schedules with extracted requirements',
      'Records of customer questionnaires or tender security requirements',
      'Notes on climate-related expectations raised by investors, customers or regulators',
    ],
    commonGaps: [
      'Parties are named but their actual requirements are not described',
      'No decision recorded about which requirements the ISMS will address',
      'Contractual security obligations are held by the legal team and never reach the ISMS owner',
      'Climate-related expectations of stakeholders were not assessed after Amendment 1',
    ],
    documentedInformation: {
      required: false,
      note: 'Not explicitly mandated, though an interested-party and obligations register is standard practice and makes the scope and risk decisions traceable.',
    },
  },
  '4.3': {
    meaning:
      'The scope statement defines precisely which parts of the organisation, which locations, services, processes and technology the ISMS covers and, by implication, what sits outside it. It has to be built from the context and interested-party analysis, and it must account for interfaces and dependencies, such as shared IT services, outsourced hosting or activities performed by other parts of a group. A credible scope is neither artificially narrow to dodge difficult areas nor so vague that nobody can tell what is in it. The certificate will be worded from this statement, so customers reading it must be able to understand what assurance they are actually getting.',
    auditorQuestions: [
      'Where is the approved scope statement, and who signed it off?',
      'Which sites, business units, products and systems are inside the boundary, and which are explicitly excluded?',
      'How are interfaces with out-of-scope functions or external providers handled and protected?',
      'Why were any excluded areas left out, and does that leave a risk to in-scope information?',
      'Does the scope wording match what appears in customer communications and the certificate application?',
    ],
    typicalEvidence: [
      'Approved ISMS scope document with version history',
      'Boundary diagram showing in-scope locations, networks and cloud services',
      'List of interfaces and dependencies with outsourced or out-of-scope parties',
      'Justification notes for exclusions',
      'Certification body application form or existing certificate text',
    ],
    commonGaps: [
      'Scope defined only by organisational unit with no mention of locations, systems or processes',
      'Critical dependencies such as cloud hosting or a group IT function not addressed at the boundary',
      'Exclusions made for convenience without a justification tied to context',
      'Scope document out of date after an office move or new product launch',
    ],
    documentedInformation: {
      required: true,
      note: 'The scope must exist as a maintained document describing the boundaries and applicability of the ISMS.',
    },
  },
  '4.4': {
    meaning:
      'This is the umbrella requirement that the ISMS actually exists as a working system of interacting processes, not a pile of policies. It has to be set up, operated, kept up to date and made better over time, and the 2022 revision places explicit emphasis on identifying the processes involved and how they connect. In practice that means someone can explain how risk assessment feeds the SoA, how incidents feed corrective action, how audits feed management review, and who owns each step. Auditors usually judge this clause at the end of an audit, based on whether the other clauses hang together coherently.',
    auditorQuestions: [
      'Can you walk me through the main ISMS processes and how the output of one becomes the input of another?',
      'Who owns each ISMS process, and how do they know it is performing?',
      'How are ISMS processes embedded in everyday business processes such as procurement, HR and change management?',
      'What has changed in the ISMS in the past year, and what drove that change?',
    ],
    typicalEvidence: [
      'ISMS manual or process map showing the core processes, owners and interactions',
      'RACI matrix for ISMS activities',
      'Records showing the plan-do-check-act cycle has completed at least once',
      'Change log of the ISMS itself',
    ],
    commonGaps: [
      'Documents exist but nobody can describe how the processes interact',
      'ISMS treated as an IT project separated from business processes',
      'No evidence that the system has been maintained since initial implementation',
      'Process interactions required by the 2022 wording never identified',
    ],
    documentedInformation: {
      required: false,
      note: 'No specific document is demanded here; many organisations nonetheless keep a short ISMS manual or process map to show how the pieces fit together.',
    },
  },
  '5.1': {
    meaning:
      'Top management must visibly own information security rather than delegating it entirely to the CISO or IT. That shows up as approving the policy and objectives, making sure they align with business strategy, funding the programme, insisting security is built into business processes and personally communicating why it matters. Leaders should also back the people doing the work and drive improvement when results fall short. An auditor will normally interview at least one senior executive and expect them to speak credibly about the ISMS without reading from a script.',
    auditorQuestions: [
      'How does the executive team demonstrate its commitment to information security in practice?',
      'How were the security objectives aligned with the current business strategy?',
      'When did senior leaders last communicate about information security to staff, and through what channel?',
      'What did management do the last time the ISMS was short of budget or staff?',
      'How does top management confirm that the ISMS is achieving what it was set up to do?',
    ],
    typicalEvidence: [
      'Board or executive committee minutes discussing security performance and decisions',
      'Budget approvals for security initiatives',
      'All-staff messages or town-hall slides from senior leaders on security',
      'Signed policy and objectives showing executive approval',
      'Interview notes with a member of top management',
    ],
    commonGaps: [
      'Top management cannot explain the ISMS objectives or the main risks',
      'Security discussed only by the IT function with no executive agenda item',
      'Resource requests repeatedly declined with no risk acceptance recorded',
      'Management involvement limited to signing documents once a year',
    ],
    documentedInformation: {
      required: false,
      note: 'No record is required by this clause itself, but minutes, budget decisions and leadership communications are what auditors will ask to see as proof of commitment.',
    },
  },
  '5.2': {
    meaning:
      'The organisation needs a top-level information security policy that fits its purpose and sets the direction for everything below it. It should provide a framework for setting objectives, or contain them, and carry an explicit commitment both to satisfy applicable requirements and to keep improving the ISMS. The policy must be approved by top management, available as a controlled document, communicated internally and shared with interested parties where appropriate. Most organisations keep this top policy short and put the detail into topic-specific policies that Annex A control 5.1 expects.',
    auditorQuestions: [
      'Who approved the current information security policy, and when?',
      'Where in the policy are the commitments to meeting requirements and to continual improvement stated?',
      'How is the policy made available to employees and to relevant external parties?',
      'How does the policy link to the information security objectives?',
      'When was it last reviewed, and what changed as a result?',
    ],
    typicalEvidence: [
      'Signed and versioned information security policy',
      'Intranet page or document portal entry where the policy is published',
      'Staff acknowledgement records or onboarding checklist including the policy',
      'Review history showing periodic updates',
      'Customer trust page or contract annex where the policy is shared externally',
    ],
    commonGaps: [
      'Policy missing one of the mandatory commitments',
      'Approval by a middle manager rather than top management',
      'Policy not reviewed for years and still referring to retired standards or structures',
      'Staff unaware where the policy is kept',
    ],
    documentedInformation: {
      required: true,
      note: 'The information security policy itself has to be maintained as a controlled document.',
    },
  },
  '5.3': {
    meaning:
      'Every significant security responsibility needs a named owner who knows about it and has the authority to act. Top management must assign and communicate these roles, including a person or function accountable for keeping the ISMS conformant and one responsible for reporting its performance to leadership. Typical roles include the ISMS manager or CISO, risk owners, asset owners, control owners and the internal audit lead. Clear role definitions prevent the familiar problem where everyone assumes security is someone else’s job.',
    auditorQuestions: [
      'Who is responsible for ensuring the ISMS conforms to ISO/IEC 27001, and how was that assigned?',
      'Who reports ISMS performance to top management, and how often?',
      'How do risk owners and control owners know their responsibilities?',
      'What authority does the ISMS manager have to enforce policy across departments?',
    ],
    typicalEvidence: [
      'Roles and responsibilities document or RACI chart',
      'Appointment letters or job descriptions with security responsibilities',
      'Organisation chart identifying the ISMS lead',
      'Performance reports sent to top management',
    ],
    commonGaps: [
      'Roles documented but the people named have left or changed position',
      'Risk owners unaware they own risks',
      'No clear assignment of the reporting duty to top management',
      'Responsibilities overlap between IT, compliance and security without resolution',
    ],
    documentedInformation: {
      required: false,
      note: 'Not mandatory as documentation, but a RACI or role description set is the usual way to prove assignments were made and communicated.',
    },
  },
  '6.1.1': {
    meaning:
      'While planning, the organisation looks at what might get in the way of the ISMS delivering what it was set up for, and at what might help it go further. The inputs are the issues from 4.1 and the requirements from 4.2. This is broader than the information security risk assessment in 6.1.2: it covers risks and opportunities to the management system itself, such as losing key staff, weak executive sponsorship or an opportunity to automate evidence collection. The organisation then plans actions, integrates them into its processes and later checks whether they worked.',
    auditorQuestions: [
      'What risks and opportunities to the ISMS as a whole have you identified, separate from asset-level security risks?',
      'How were the context issues and interested-party requirements used as inputs?',
      'What actions were planned to address them, and who owns those actions?',
      'How do you assess whether those actions have been effective?',
    ],
    typicalEvidence: [
      'ISMS-level risk and opportunity register',
      'Action plan with owners and due dates',
      'Minutes showing the register was reviewed',
      'Evaluation notes on the effectiveness of completed actions',
    ],
    commonGaps: [
      'Only information security risks considered; no view of risks to the ISMS itself',
      'Opportunities never identified',
      'Actions planned but never evaluated for effectiveness',
      'No traceable link from context issues to the risks considered',
    ],
    documentedInformation: {
      required: false,
      note: 'The clause asks for planning rather than a specific record; most organisations add a short ISMS risk and opportunity log alongside the security risk register.',
    },
  },
  '6.1.2': {
    meaning:
      'The organisation has to define and apply a repeatable method for finding, analysing and evaluating information security risks. That method sets out the criteria: the likelihood and impact scales, how they combine into a risk level, and the threshold above which a risk must be treated rather than accepted. Each risk needs an identified owner, and the approach must be consistent enough that running it twice on the same situation gives comparable answers. The method may be asset-based, scenario-based or process-based, as long as it considers confidentiality, integrity and availability within the scope.',
    auditorQuestions: [
      'Where is the risk assessment methodology documented, and who approved it?',
      'What are your acceptance criteria, and who has authority to accept risks above them?',
      'How do you ensure two assessors would reach consistent results on the same risk?',
      'How are risk owners assigned, and can you show me one who confirms ownership?',
      'Which events trigger a fresh assessment outside the scheduled cycle?',
    ],
    typicalEvidence: [
      'Risk assessment methodology with scales, matrix and acceptance criteria',
      'Risk register showing owners, likelihood, impact and risk level',
      'Approval record for the methodology',
      'Worked examples or guidance notes given to assessors',
    ],
    commonGaps: [
      'Acceptance criteria undefined or defined only loosely',
      'Risks recorded without owners, or owned by the security team collectively',
      'Scales interpreted differently by different departments',
      'Method focuses purely on IT assets and overlooks people, processes and suppliers',
    ],
    documentedInformation: {
      required: true,
      note: 'The organisation must keep a documented description of its risk assessment process, including the criteria used.',
    },
  },
  '6.1.3': {
    meaning:
      'Once risks are evaluated, the organisation chooses how to deal with each one: reduce it with controls, accept it, avoid the activity or share it with a third party such as an insurer or outsourcer. It identifies the controls needed, from any source, and then checks them against Annex A so that nothing necessary has been overlooked. The results are captured in a Statement of Applicability covering every Annex A control, with the decision, the reason and the implementation status, and in a treatment plan that risk owners approve along with the residual risk. The SoA is usually the first document an external auditor opens.',
    auditorQuestions: [
      'How was the treatment option chosen for each risk above the acceptance threshold?',
      'How did you compare your selected controls with Annex A to confirm nothing was missed?',
      'Where is the Statement of Applicability, and does each exclusion have a justification?',
      'Who approved the treatment plan, and where is the risk owners’ acceptance of residual risk recorded?',
      'Pick one included control: which risks or obligations drove its inclusion?',
    ],
    typicalEvidence: [
      'Documented risk treatment process',
      'Statement of Applicability with version, approval date and approver',
      'Risk treatment plan listing actions, owners and target dates',
      'Residual risk acceptance records signed by risk owners',
      'Traceability from risks to controls in the register or GRC tool',
    ],
    commonGaps: [
      'SoA exclusions justified with boilerplate such as "not applicable" and no reason',
      'Controls included without any link to a risk or requirement',
      'Treatment plan with no owners or due dates',
      'Residual risk never formally accepted by the risk owner',
      'SoA implementation status not updated after controls went live',
    ],
    documentedInformation: {
      required: true,
      note: 'Both the risk treatment process and the Statement of Applicability must be documented and kept current.',
    },
  },
  '6.2': {
    meaning:
      'Information security objectives turn the policy into measurable targets at relevant functions and levels. Good objectives are consistent with the policy, take account of risk results and requirements, and can be monitored, for example reducing critical vulnerabilities open beyond 30 days or achieving full completion of awareness training. For each one the organisation should know what will be done, what resources it needs, who is responsible, when it will be finished and how results will be judged. Objectives should be communicated and revisited as priorities shift.',
    auditorQuestions: [
      'What are the current information security objectives, and how are they measured?',
      'How were these objectives derived from the policy and the risk assessment?',
      'For a chosen objective, who owns it, what is the deadline and what is its status today?',
      'How are objectives communicated to the teams expected to deliver them?',
      'What happened to last year’s objectives that were not met?',
    ],
    typicalEvidence: [
      'Objectives register with targets, owners, resources and deadlines',
      'Dashboard or report tracking progress against objectives',
      'Project plans supporting each objective',
      'Management review minutes evaluating objective achievement',
    ],
    commonGaps: [
      'Objectives are vague aspirations with no measure or target',
      'Plans for achieving objectives missing owners or timelines',
      'Objectives unchanged for several years regardless of results',
      'Teams responsible for delivery unaware of the objectives',
    ],
    documentedInformation: {
      required: true,
      note: 'The organisation has to retain documented information on its security objectives.',
    },
  },
  '6.3': {
    meaning:
      'Added in the 2022 edition, this requirement expects changes to the ISMS itself to be made deliberately rather than ad hoc. Examples include changing the scope, reorganising security roles, replacing the GRC tool or merging with another company’s ISMS. Before such a change, the organisation should think about its purpose, possible consequences, the resources needed and who will carry which responsibility. This is distinct from operational IT change management, which is covered by Annex A.',
    auditorQuestions: [
      'What significant changes to the ISMS have occurred in the last twelve months?',
      'How was one of those changes planned, and who approved it?',
      'How were the risks and resource implications of the change assessed beforehand?',
      'How do you distinguish ISMS changes from routine IT change requests?',
    ],
    typicalEvidence: [
      'ISMS change log or change request records',
      'Impact assessment for a scope or structure change',
      'Management approval of planned ISMS changes',
      'Updated documents reflecting the implemented change',
    ],
    commonGaps: [
      'No mechanism for ISMS changes; only IT change management exists',
      'Scope changed without any planning record',
      'Role reassignments made without handover of ISMS responsibilities',
    ],
    documentedInformation: {
      required: false,
      note: 'Not mandatory, although a simple ISMS change log with impact notes is the easiest way to demonstrate planned change.',
    },
  },
  '7.1': {
    meaning:
      'The organisation must identify and supply what the ISMS needs to work: people, time, budget, tools and external expertise. Auditors look for evidence that resourcing is a deliberate decision informed by risks and objectives rather than whatever is left over. Signs of under-resourcing include a backlog of overdue risk treatments, an ISMS manager with no time allocated, or controls that rely on a single person. Resourcing should be reconsidered when the scope grows or new risks arise.',
    auditorQuestions: [
      'How did you determine the resources needed to run and improve the ISMS?',
      'What budget and staff time is allocated to information security this year?',
      'Are there treatment actions or objectives delayed because of resource shortages?',
      'How is reliance on external consultants or service providers managed?',
    ],
    typicalEvidence: [
      'Security budget and headcount plan',
      'Resource plan linked to objectives and treatment actions',
      'Contracts for managed security services or consultants',
      'Management review output on resource decisions',
    ],
    commonGaps: [
      'No identifiable security budget',
      'ISMS lead role performed part-time with no protected hours',
      'Key controls depend on one individual with no backup',
    ],
    documentedInformation: {
      required: false,
      note: 'Resourcing needs no mandated record; budget approvals and resource plans are typically what auditors review.',
    },
  },
  '7.2': {
    meaning:
      'People whose decisions or tasks can strengthen or weaken security need the knowledge and skills to do that work well, whether those came from formal study, courses or hands-on experience. The organisation needs to decide what competence each relevant role requires, check whether people have it, and close gaps through training, mentoring, hiring or using outside specialists, then check that those actions worked. This applies to security staff, system administrators, developers, internal auditors and risk owners alike. Records of that competence must be kept.',
    auditorQuestions: [
      'How have you defined the competence required for key security roles?',
      'Could you show me the competence records held for your internal auditors and system administrators?',
      'How are competence gaps identified, and what happened with the last one found?',
      'How do you evaluate whether training actually improved competence?',
    ],
    typicalEvidence: [
      'Role competence profiles or skills matrix',
      'Training records, certificates and CVs',
      'Training needs analysis',
      'Post-training assessments or supervisor evaluations',
    ],
    commonGaps: [
      'Competence requirements never defined for security-relevant roles',
      'Internal auditors with no audit training or evidence of experience',
      'Training recorded as attended but effectiveness never evaluated',
      'Records held by HR but incomplete for contractors',
    ],
    documentedInformation: {
      required: true,
      note: 'Suitable records demonstrating competence, such as qualifications, training and experience, must be retained.',
    },
  },
  '7.3': {
    meaning:
      'Everyone who works for or on behalf of the organisation, contractors and temps included, should know that the security policy exists, understand how their own behaviour contributes to protection and appreciate the consequences of ignoring the rules. Awareness is different from competence: it is about attitude and understanding across the whole workforce. Effective programmes use varied methods such as onboarding sessions, phishing simulations, short reminders and team briefings. Auditors will often test this by asking random staff simple questions.',
    auditorQuestions: [
      'How do new starters and contractors learn about the security policy?',
      'Can a randomly chosen employee explain how to report a security incident?',
      'What are the consequences of breaching security rules, and how do staff know about them?',
      'How do you measure whether awareness activities are effective?',
    ],
    typicalEvidence: [
      'Awareness programme plan and content',
      'Completion rates from the learning management system',
      'Phishing simulation results and trends',
      'Onboarding checklists including security briefing',
    ],
    commonGaps: [
      'Contractors and temporary staff excluded from awareness',
      'Staff unable to describe how to report an incident',
      'Awareness limited to one annual e-learning with no measure of impact',
    ],
    documentedInformation: {
      required: false,
      note: 'Not required as documentation, though training completion data and phishing metrics are widely kept to prove the programme reaches everyone.',
    },
  },
  '7.4': {
    meaning:
      'The organisation should decide what it needs to communicate about information security, internally and externally, and plan it: what message, when, to whom and through which channel. Examples include policy updates to staff, incident notifications to regulators, security status to customers and risk reports to the board. Deciding in advance who may speak externally avoids confusion during a crisis. A communication matrix is the usual practical tool.',
    auditorQuestions: [
      'What security topics do you communicate, to whom and how often?',
      'Who is authorised to communicate externally about a security incident?',
      'How are regulators or customers notified when required by law or contract?',
      'How do you confirm that important internal messages were received?',
    ],
    typicalEvidence: [
      'Communication plan or matrix',
      'Examples of internal security communications',
      'Incident communication templates and escalation contacts',
      'Records of notifications sent to customers or authorities',
    ],
    commonGaps: [
      'No defined spokesperson for external communication during incidents',
      'Communication plan exists but was never followed',
      'Regulatory notification timelines not reflected in communication procedures',
    ],
    documentedInformation: {
      required: false,
      note: 'No mandated record; a communication matrix plus samples of actual messages usually satisfies the auditor.',
    },
  },
  '7.5.1': {
    meaning:
      'The ISMS has to include the documents and records the standard explicitly requires, plus whatever else the organisation itself decides it needs to run effectively. How much is appropriate depends on size, complexity, risk and staff competence: a small firm may need far less than a multinational. The key is a deliberate decision about what to document rather than writing everything or nothing. A documentation register listing each ISMS document, its owner and its purpose helps demonstrate this.',
    auditorQuestions: [
      'Which documents and records has the organisation decided are necessary for the ISMS?',
      'How did you decide the level of documentation suited to your size and complexity?',
      'Are all the documents mandated by the standard present and current?',
      'Which processes rely on undocumented knowledge, and is that a risk?',
    ],
    typicalEvidence: [
      'Master document list or documentation register',
      'Mandatory documents checklist mapped to clauses',
      'Procedures for key processes identified as needing documentation',
    ],
    commonGaps: [
      'One or more mandatory records missing, for example management review minutes',
      'No overview of which documents belong to the ISMS',
      'Excessive documentation that nobody reads or maintains',
    ],
    documentedInformation: {
      required: true,
      note: 'Besides the items the standard demands, the organisation must keep whatever documented information it has itself judged necessary for the ISMS to be effective.',
    },
  },
  '7.5.2': {
    meaning:
      'Every ISMS document should carry enough identifying detail that a reader can tell at a glance what it is, which version it is, who owns it and when it last changed. The organisation picks formats and platforms that suit its way of working, whether that is a wiki, a document management system or exports from a GRC tool, and applies them consistently. Before a new or revised document is relied upon, someone with the right knowledge checks that it is fit for purpose and signs it off. Auditors test this by picking a few procedures and tracing their revision history and approval trail.',
    auditorQuestions: [
      'What metadata must every ISMS document carry, such as owner, version and effective date?',
      'Who checks and signs off a procedure before it is published, and how is that sign-off captured?',
      'Can you show me the approval trail for the most recent change to the access control procedure?',
      'How does a reader distinguish an approved document from a working draft on your platform?',
    ],
    typicalEvidence: [
      'Standard document template with a header block for owner, version, classification and date',
      'Approval workflow history exported from the document platform or wiki',
      'Revision history tables inside key procedures showing what changed and why',
      'Document style or writing guideline for ISMS authors',
    ],
    commonGaps: [
      'Procedures in circulation with no version number, owner or date',
      'Wiki pages edited freely with no review step before changes take effect',
      'Drafts and approved versions stored side by side with nothing to tell them apart',
    ],
    documentedInformation: {
      required: false,
      note: 'This clause sets rules for how documents are prepared and approved rather than demanding a new one; templates and approval logs are the usual proof.',
    },
  },
  '7.5.3': {
    meaning:
      'Once documents and records exist, the organisation has to look after them for their whole life: the right people can reach them when they need them, unauthorised people cannot read or alter them, and nothing is lost or silently corrupted. That covers who receives what, access rights, storage and backup, keeping older formats readable, handling revisions, and deciding how long each record is kept and how it is destroyed. Material that comes from outside, such as client contracts, regulator circulars or supplier certificates, also needs to be recognised and managed when it matters to the ISMS. Most organisations achieve this through document platform permissions, version history and a retention schedule.',
    auditorQuestions: [
      'If I asked a help-desk analyst for the current incident procedure, how would they find the right version?',
      'What happens to a superseded policy, and could anyone still act on the old version by mistake?',
      'How long do you keep internal audit working papers and incident records, and who set those periods?',
      'Which externally sourced documents matter to the ISMS, and where are they tracked?',
      'Who holds edit rights on the controlled document library, and when were those rights last reviewed?',
    ],
    typicalEvidence: [
      'Permission report from the document management system for the ISMS library',
      'Records retention and disposal schedule',
      'Archive area holding superseded versions marked as obsolete',
      'Register of external documents such as contracts, regulations and supplier attestations',
    ],
    commonGaps: [
      'Printed or downloaded copies of old procedures still being used on the floor',
      'No retention period set for security logs, audit evidence or incident files',
      'Edit rights on controlled documents granted to large groups or everyone',
      'External documents such as customer security schedules not identified at all',
    ],
    documentedInformation: {
      required: false,
      note: 'No additional document is mandated here; a retention schedule and the access configuration of the document store normally demonstrate that control is in place.',
    },
  },
  '8.1': {
    meaning:
      'Clause 8.1 is where the plans from clause 6 have to show up in day-to-day operation. The organisation defines what good looks like for each security process, for example how fast critical patches must be applied or how often privileged access is recertified, and then runs those processes to that standard. Changes that were planned go through a controlled path, and surprises such as an emergency configuration change are looked at afterwards to see whether they caused harm and what should be done about it. Services bought in from outside, like cloud hosting or a managed SOC, remain the organisation’s responsibility to govern. Auditors expect enough operational records to be confident that things happened the way the procedures say.',
    auditorQuestions: [
      'What performance criteria have you set for processes such as patching, backup and access recertification?',
      'Which records from last quarter prove that the quarterly access review actually took place?',
      'Tell me about an unplanned change in the past year: how was its impact examined and what followed?',
      'Which externally provided services are relevant to the ISMS, and how do you oversee them?',
      'How do you know that the treatment actions from the risk plan are operating rather than just installed?',
    ],
    typicalEvidence: [
      'Operating procedures stating measurable criteria for each process',
      'Backup job reports, patch compliance reports and access review sign-offs',
      'Change tickets including post-implementation reviews and emergency change reviews',
      'Supplier service reviews, SOC 2 or ISO certificates and SLA performance reports',
    ],
    commonGaps: [
      'Procedures describe a control that nobody can produce evidence of running',
      'Emergency changes bypass review and are never analysed afterwards',
      'Outsourced services treated as out of sight and out of mind, with no security oversight',
      'No criteria defined, so the auditor cannot tell whether a process is working well or badly',
    ],
    documentedInformation: {
      required: true,
      note: 'The organisation must hold enough records to give confidence that its processes were carried out as planned.',
    },
  },
  '8.2': {
    meaning:
      'Having a methodology is not enough: the organisation has to use it, both on its planned cycle and whenever something significant changes or is about to change. Typical triggers are a cloud migration, an acquisition, launching a new product, a serious incident or a new law. Each run should apply the same criteria defined under 6.1.2 so that this year’s results can be compared with last year’s. A dated snapshot of every assessment should be retained instead of simply overwriting the live register.',
    auditorQuestions: [
      'When was the last complete risk assessment, and what triggered the ones held since?',
      'Which significant changes occurred in the past year, and where are their risk assessments?',
      'Were the criteria used in the latest run the same as those approved in the methodology?',
      'How do you compare current risk levels with the previous cycle to spot trends?',
    ],
    typicalEvidence: [
      'Dated risk register exports or assessment reports for each cycle',
      'Risk assessments produced for specific projects or changes',
      'Annual risk assessment calendar',
      'Heat maps or trend charts comparing cycles',
    ],
    commonGaps: [
      'The only risk assessment on file is the one produced for initial certification',
      'A major infrastructure change went live without any risk assessment',
      'The live register is overwritten each time, so no history exists',
      'Assessors used ad hoc scales that differ from the approved methodology',
    ],
    documentedInformation: {
      required: true,
      note: 'The outputs of every risk assessment run must be kept as evidence.',
    },
  },
  '8.3': {
    meaning:
      'The treatment plan drawn up under 6.1.3 now has to be delivered. Controls get built, actions get closed, and owners confirm that the risk really has dropped to the level they accepted. Someone has to chase overdue actions and escalate them, because a plan that stalls quietly leaves risks untreated. As controls go live, the Statement of Applicability and risk register must be updated so they describe reality rather than intentions.',
    auditorQuestions: [
      'How many treatment actions are open, and how many are past their due date?',
      'What escalation happens when a treatment action slips?',
      'For a recently closed action, how did you confirm the risk actually fell to the target level?',
      'When was the SoA implementation status last reconciled with the treatment plan?',
    ],
    typicalEvidence: [
      'Treatment plan status report showing open, overdue and completed actions',
      'Closure evidence for completed actions, such as configuration screenshots or tickets',
      'Risk register entries showing residual risk re-scored after treatment',
      'Updated SoA with revised implementation status and date',
    ],
    commonGaps: [
      'Actions remain overdue for months with no escalation or re-planning',
      'Actions marked complete without any evidence attached',
      'Residual risk scores copied from the target rather than re-assessed',
      'SoA still shows controls as planned that were deployed long ago, or the reverse',
    ],
    documentedInformation: {
      required: true,
      note: 'Records of what the risk treatment actually achieved must be kept.',
    },
  },
  '9.1': {
    meaning:
      'The organisation needs to decide which aspects of security it will track, how each measure is calculated, how often data is collected, and who looks at the numbers and draws conclusions. Good measures are repeatable and say something about effectiveness, such as the percentage of critical vulnerabilities fixed within target or mean time to contain incidents, rather than merely counting activity. The data must then be analysed and turned into a judgement about whether the ISMS and its controls are performing. Those conclusions flow into management review and improvement decisions.',
    auditorQuestions: [
      'Which security measures do you track, and why did you choose those over others?',
      'For one metric, how exactly is it calculated and where does the raw data come from?',
      'Who reviews the results, how often, and what conclusions did they reach last time?',
      'Can you give an example where a metric moving in the wrong direction led to corrective or improvement action?',
      'How do your measures tell you whether controls are effective, not just busy?',
    ],
    typicalEvidence: [
      'Metrics definition sheet listing each measure, formula, source, frequency and owner',
      'Monthly or quarterly security performance dashboard',
      'Written analysis or commentary accompanying the metrics',
      'Management review pack referencing performance trends',
    ],
    commonGaps: [
      'Dashboards produced regularly but nobody draws conclusions or acts on them',
      'Metrics count tasks completed yet reveal nothing about effectiveness',
      'Calculation methods change between periods so trends are meaningless',
      'Historic results not retained, making evaluation over time impossible',
    ],
    documentedInformation: {
      required: true,
      note: 'Results of monitoring and measurement must be retained as evidence of performance evaluation.',
    },
  },
  '9.2.1': {
    meaning:
      'Internal audit is the organisation’s own independent check on two questions: does the ISMS meet both ISO/IEC 27001 and the company’s own rules, and is it actually working in practice? Audits happen on a schedule, and the auditors can be employees or contracted specialists, provided nobody audits their own area. Good internal audits gather objective evidence through interviews, observation, sampling of records and technical checks rather than simply reading policies. At least one audit covering the whole scope must be completed before the certification body arrives.',
    auditorQuestions: [
      'Did the last internal audit assess effectiveness in practice, or only whether documents exist?',
      'What audit criteria were used, and did they include your own policies and contractual obligations?',
      'How do you make sure no auditor examines a process they are responsible for?',
      'How many records were sampled for a control such as joiners and leavers, and how were they chosen?',
    ],
    typicalEvidence: [
      'Audit plans stating objectives, criteria and scope',
      'Completed checklists and working papers referencing the evidence sampled',
      'Impartiality declarations or auditor assignment matrix',
      'Internal audit reports with findings graded by severity',
    ],
    commonGaps: [
      'Audits amount to a desk review of policies with no implementation testing',
      'The ISMS manager audits the ISMS processes they personally run',
      'Audit criteria limited to the standard, ignoring internal policies and contracts',
      'No evidence of sampling or reference to specific records examined',
    ],
    documentedInformation: {
      required: false,
      note: 'The retention duty for audit evidence sits under 9.2.2; for this clause organisations typically keep audit plans, checklists and working papers.',
    },
  },
  '9.2.2': {
    meaning:
      'The audit programme is the multi-year plan that decides what gets audited, how often, by whom, using which methods and how results are reported. It should weight frequency towards the processes that matter most and the areas where earlier audits found problems. For each individual audit the criteria and scope are fixed in advance, auditors are chosen so they remain impartial, and findings reach the managers who need to act. In practice certification bodies expect the programme to cover every clause and every applicable Annex A control across the three-year certificate cycle.',
    auditorQuestions: [
      'Can you show me the programme and a coverage map proving all clauses and applicable controls are audited within the cycle?',
      'Why are some areas audited annually and others less often?',
      'How did the findings of last year’s audits change this year’s programme?',
      'Who received the last audit report, and what did they do with it?',
      'Is the programme on track, or have planned audits slipped?',
    ],
    typicalEvidence: [
      'Three-year internal audit programme with planned and completed audits',
      'Clause and control coverage matrix',
      'Audit reports with distribution list and management acknowledgement',
      'Programme revision history showing adjustments after previous results',
    ],
    commonGaps: [
      'Several applicable Annex A controls never scheduled for audit within the cycle',
      'Every area audited at the same frequency regardless of risk',
      'Planned audits cancelled or postponed without re-scheduling',
      'Reports filed by the audit lead but never sent to accountable managers',
    ],
    documentedInformation: {
      required: true,
      note: 'Records proving the audit programme was carried out, together with the findings of each audit, must be kept.',
    },
  },
  '9.3.1': {
    meaning:
      'At intervals it sets, top management sits down and takes a deliberate look at whether the ISMS is still the right fit for the business, sufficient for what it needs to do and delivering results. Most organisations do this yearly, and larger or fast-changing ones quarterly or half-yearly. The session can be a dedicated meeting or a recurring slot within an executive committee, provided the right decision makers are genuinely present. For a first certification, the review should fall after the internal audit so that its findings can be considered.',
    auditorQuestions: [
      'When did the last management review take place, and which executives attended?',
      'How was the review interval chosen, and has it been kept?',
      'Did the review take place after the internal audit so that its results could be considered?',
      'Did the review reach a conclusion on whether the ISMS remains fit for the business?',
    ],
    typicalEvidence: [
      'Annual calendar of scheduled management reviews',
      'Meeting invitations and attendance register showing executive participation',
      'Presentation deck or briefing pack used at the review',
    ],
    commonGaps: [
      'The review is run by the security team with no senior decision maker present',
      'More than a year has passed since the last review despite an annual commitment',
      'First management review held before the internal audit, so audit results were not available',
    ],
    documentedInformation: {
      required: false,
      note: 'The record of outcomes is demanded under 9.3.3; here organisations normally keep the schedule and attendance as supporting evidence.',
    },
  },
  '9.3.2': {
    meaning:
      'For the review to be worth having, leadership needs the right information in front of it. That means progress on decisions from the previous review, shifts in the business context and in what stakeholders want, and a performance picture built from nonconformities and corrective actions, metrics, audit findings and progress on objectives. It also includes feedback from customers, regulators and other stakeholders, the latest risk assessment and treatment status, and improvement ideas. The 2022 edition made changes in stakeholders’ needs an explicit separate input, so auditors check that it appears.',
    auditorQuestions: [
      'Can you map each item on the last review agenda to the inputs the standard expects?',
      'How was progress on actions from the previous review reported?',
      'Which changes in customer, regulatory or other stakeholder expectations were presented?',
      'Was leadership shown the current risk picture and the status of treatment actions?',
      'What stakeholder feedback, such as complaints or questionnaire results, reached the review?',
    ],
    typicalEvidence: [
      'Review agenda cross-referenced to each expected input',
      'Input pack containing metrics, audit summaries, incident trends and risk status',
      'Tracker of actions carried forward from the prior review',
      'Summary of customer security questionnaires or complaints received',
    ],
    commonGaps: [
      'Changes in interested parties’ needs never tabled as a distinct input',
      'Actions from the previous review not revisited',
      'Raw data presented without any interpretation to guide decisions',
      'Risk treatment status left out of the review pack',
    ],
    documentedInformation: {
      required: false,
      note: 'Inputs do not need their own record, though keeping the input pack is the simplest way to show every expected topic was covered.',
    },
  },
  '9.3.3': {
    meaning:
      'A management review only counts if it produces decisions. Leadership should conclude on improvement opportunities and on any changes the ISMS needs, such as more budget, revised objectives, a policy change or a scope extension. Those decisions must be written down, and good practice turns each into an action with an owner and a date. The next review then checks whether they were delivered.',
    auditorQuestions: [
      'What did leadership decide at the last review, and where is that recorded?',
      'Which of those decisions have been implemented and which are still open?',
      'Did the review approve any change to scope, policy, objectives or resources?',
      'Who signed off the minutes as an accurate record?',
    ],
    typicalEvidence: [
      'Approved minutes listing decisions and conclusions',
      'Action log from the review with owners and target dates',
      'Evidence that approved changes were made, such as a revised policy or budget line',
    ],
    commonGaps: [
      'Minutes capture discussion but contain no actual decisions',
      'Decisions recorded without owners or deadlines',
      'Actions from the review vanish and are never followed up',
    ],
    documentedInformation: {
      required: true,
      note: 'The outcome of each management review must be kept as a record.',
    },
  },
  '10.1': {
    meaning:
      'The ISMS is expected to get better over time, not merely stay compliant. Improvement ideas can come from anywhere: audit findings and observations, incident lessons, metrics trends, staff suggestions, new tools or changes in the threat landscape. Fixing nonconformities is only one source; proactive enhancements such as automating evidence collection or maturing a control also count. Auditors look for a visible trend of improvement across cycles rather than the same state year after year.',
    auditorQuestions: [
      'What are the most significant improvements made to the ISMS over the last twelve months?',
      'Where are improvement ideas captured, and how are they prioritised?',
      'What happened to the opportunities for improvement raised in the last external audit?',
      'Can you show a metric or maturity score that has improved as a result of a deliberate change?',
    ],
    typicalEvidence: [
      'Improvement register or backlog with status',
      'Maturity assessments compared year on year',
      'Lessons-learned reports from incidents or exercises',
      'Management review decisions launching improvement initiatives',
    ],
    commonGaps: [
      'Improvement limited to closing nonconformities, with no proactive initiatives',
      'Opportunities for improvement from audits logged but never actioned',
      'No way to show the ISMS is more mature than at initial certification',
    ],
    documentedInformation: {
      required: false,
      note: 'No mandated record; an improvement backlog or register is widely kept to demonstrate progress between audits.',
    },
  },
  '10.2': {
    meaning:
      'When something goes wrong against a requirement, whether found by an audit, an incident or a complaint, the organisation first contains and fixes the immediate problem and handles any fallout. It then asks why it happened, digs to the root cause and checks whether the same weakness exists or could surface elsewhere. Proportionate actions follow, and after a suitable interval someone verifies that they really stopped recurrence; only then is the item closed. If the cause lies in the design of the ISMS itself, the system is changed accordingly.',
    auditorQuestions: [
      'Show me your nonconformity log: how many items are open, and how old is the oldest?',
      'For a recent nonconformity, what root-cause technique was used and what did it reveal?',
      'How did you check whether the same problem existed in other teams or systems?',
      'What evidence confirmed that a closed corrective action actually prevented recurrence?',
      'Has any corrective action led to a change in an ISMS process or document?',
    ],
    typicalEvidence: [
      'Nonconformity and corrective action register with status and dates',
      'Root-cause analyses such as five-whys or fishbone diagrams',
      'Effectiveness verification notes recorded before closure',
      'Revised procedures or controls resulting from corrective actions',
    ],
    commonGaps: [
      'Immediate fix applied but the underlying cause left untouched, so the issue recurs',
      'Items closed on completion of the action without any effectiveness check',
      'Extent of the problem never checked beyond the single instance found',
      'Register missing dates, owners or a description of what was done',
    ],
    documentedInformation: {
      required: true,
      note: 'Records must describe each nonconformity, what was done about it, and whether the corrective action worked.',
    },
  },
};
