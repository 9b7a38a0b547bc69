import type { RequirementGuidance } from '../guidance.ts';

/** Certa's practitioner guidance for ISO/IEC 27001:2022 Annex A controls A.5.19 to A.5.37 (suppliers, incidents, continuity, compliance). */
export const annexA5Part2Guidance: Record<string, RequirementGuidance> = {
  'A.5.19': {
    meaning:
      'Before a vendor touches your data or systems, someone has to decide how much risk that relationship carries and what safeguards it therefore needs. In practice this means a supplier register, a way of tiering vendors by the sensitivity of what they handle, and a due-diligence step in procurement that security can veto or condition. The lifecycle matters as much as onboarding: access granted to a vendor must be tracked and withdrawn when the engagement ends. Auditors look for one coherent approach rather than ad hoc judgements made by whichever buyer happened to sign the purchase order.',
    auditorQuestions: [
      'How does a new supplier get assessed for security risk before the contract is signed?',
      'Where is the list of suppliers that can reach in-scope information or systems, and who keeps it current?',
      'What criteria decide whether a supplier is treated as high, medium or low risk?',
      'How do you make sure accounts and data held by a supplier are removed when the relationship ends?',
      'Can procurement or a business unit engage a vendor without security being involved?',
    ],
    typicalEvidence: [
      'Supplier register showing risk tier, service description and information accessed',
      'Completed security due-diligence questionnaires or assessment reports for a sample of vendors',
      'Procurement procedure or workflow showing the security approval step',
      'Offboarding checklist for terminated suppliers with evidence of access removal',
    ],
    commonGaps: [
      'Register covers only vendors bought through procurement, missing SaaS tools bought on credit cards',
      'Risk tiering defined on paper but every vendor receives the same generic questionnaire',
      'Due diligence performed once at onboarding and never repeated',
      'No exit step, so former suppliers retain VPN or application accounts',
    ],
    documentedInformation: {
      required: false,
      note: 'Not mandated as a document by the control, yet most organisations maintain a supplier security policy or procedure and a supplier register because auditors expect to sample from one.',
    },
  },
  'A.5.20': {
    meaning:
      'The security expectations identified for a supplier have to end up in something the supplier has actually agreed to, normally the contract, a data processing agreement or a security schedule. Typical clauses cover confidentiality, permitted use of data, breach notification timescales, right to audit, sub-contracting limits and return or destruction of information at termination. The depth of the clauses should follow the risk tier, so a cleaning contractor and a managed security provider will not sign the same terms. Where the organisation cannot negotiate, as with large cloud providers, it should at least review the standard terms and record whether they are acceptable.',
    auditorQuestions: [
      'Which security clauses are mandatory for your highest-risk suppliers, and where is that list defined?',
      'Show me the signed agreement for this sampled supplier: where does it address breach notification?',
      'How do you handle suppliers whose standard terms cannot be changed?',
      'Who checks that contract templates still reflect current security and legal requirements?',
      'Does the agreement give you a right to audit or obtain assurance reports?',
    ],
    typicalEvidence: [
      'Signed contracts, security schedules or data processing agreements for sampled suppliers',
      'Standard security clause library or contract template approved by legal and security',
      'Review notes recording acceptance of non-negotiable provider terms',
      'Non-disclosure agreements for suppliers handling confidential information',
    ],
    commonGaps: [
      'Older contracts pre-date the ISMS and contain no security wording at all',
      'Breach notification clause missing or with no defined timescale',
      'Click-through terms of cloud services accepted without anyone reading them',
      'Data return or deletion at contract end not addressed',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for requirements to be agreed rather than for a named document, but in practice the signed contract, schedule or DPA is the record auditors sample, so keep them retrievable.',
    },
  },
  'A.5.21': {
    meaning:
      'Your suppliers rely on their own suppliers, and hardware, software and cloud components often pass through several hands before reaching you. This control asks the organisation to think about that chain: where components come from, whether critical suppliers flow security requirements down to their sub-processors, and how you would learn of a compromise upstream. Practical measures include requiring notification of sub-contractor changes, asking for software bills of materials for critical products, buying from authorised channels and tracking end-of-support dates. The effort should concentrate on the few products and services whose failure or compromise would really hurt.',
    auditorQuestions: [
      'Which of your ICT products or services would cause the most harm if an upstream component were compromised?',
      'How do critical providers tell you about changes to their sub-processors or sub-contractors?',
      'Do you obtain component inventories or SBOMs for key software, and what do you do with them?',
      'How do you confirm that hardware is bought through legitimate, authorised channels?',
      'What happened internally the last time a widely used library or vendor product had a supply-chain vulnerability?',
    ],
    typicalEvidence: [
      'Contract clauses requiring flow-down of security requirements to sub-contractors',
      'Sub-processor lists and change notifications received from key providers',
      'Software bills of materials or dependency scanning output for critical applications',
      'Approved reseller or authorised distributor list used by procurement',
    ],
    commonGaps: [
      'Supply-chain risk treated as identical to direct supplier risk, with no view beyond tier one',
      'Sub-processor change notices arrive by email and nobody assesses them',
      'No inventory of third-party software components, so exposure to a new vulnerability cannot be established quickly',
    ],
    documentedInformation: {
      required: false,
      note: 'No mandated document; organisations typically keep flow-down clauses, sub-processor lists and component inventories as proof that the chain is understood.',
    },
  },
  'A.5.22': {
    meaning:
      'Signing a good contract is only the start: the organisation must keep watching whether suppliers actually deliver the security they promised. That means periodic reviews scaled to risk, reading assurance reports such as SOC 2 or ISO certificates and their exceptions, tracking incidents and service levels, and reacting when a supplier changes its service, location or ownership. Changes to what a supplier provides should go through an assessment before they take effect, not after. Someone internal needs to own each critical relationship and be accountable for this oversight.',
    auditorQuestions: [
      'When was this critical supplier last reviewed, and what did the review conclude?',
      'How do you use the SOC 2 report or certificate you collected, including any qualified opinions or exceptions?',
      'Who owns the relationship with each high-risk supplier?',
      'How are changes to a supplier service, such as a new data centre region, assessed before acceptance?',
      'What action was taken when a supplier missed a security commitment?',
    ],
    typicalEvidence: [
      'Supplier review schedule and minutes or scorecards from service reviews',
      'Collected assurance reports with notes of who read them and any follow-up',
      'Records of supplier-reported incidents and the resulting actions',
      'Change assessments for supplier service changes',
    ],
    commonGaps: [
      'Certificates collected and filed but expiry dates and scope never checked',
      'Complementary user entity controls in SOC reports not mapped to internal controls',
      'Reviews happen only at contract renewal, sometimes years apart',
      'Supplier service changes discovered only after they have gone live',
    ],
    documentedInformation: {
      required: false,
      note: 'Nothing is mandated by name, though review records and assurance report assessments are what an auditor will ask to see to believe monitoring happens.',
    },
  },
  'A.5.23': {
    meaning:
      'New in the 2022 edition, this control recognises that cloud consumption needs its own rules for how services are chosen, used, managed and eventually left. The organisation should define which cloud services are approved, who may procure them, what security settings are expected, and how the shared responsibility split with each provider is understood and covered. Exit planning is part of it: knowing how data will be retrieved and deleted if the provider is dropped. Shadow IT discovery, such as reviewing expense claims or CASB logs, helps show the approved list reflects reality.',
    auditorQuestions: [
      'Which cloud services are approved for in-scope data, and how does a team get a new one added?',
      'For your main IaaS or SaaS provider, which security responsibilities are yours and which are theirs?',
      'How would you retrieve and securely remove your data if you stopped using this provider?',
      'How do you detect cloud services being used without approval?',
      'What baseline configuration is applied to cloud tenancies, and how is drift detected?',
    ],
    typicalEvidence: [
      'Cloud services policy or standard covering acquisition, use, management and exit',
      'Approved cloud service list with data classification limits',
      'Shared responsibility matrices for key providers',
      'Cloud security posture management reports or configuration baselines',
      'Exit plans for critical cloud services',
    ],
    commonGaps: [
      'Organisation assumes the provider secures everything and ignores its own configuration duties',
      'No exit strategy for critical SaaS platforms',
      'Cloud services adopted by departments outside any approval route',
      'Multi-tenant administration accounts lack MFA or are shared between staff',
    ],
    documentedInformation: {
      required: false,
      note: 'The control calls for processes rather than a named document; a cloud security policy or standard plus responsibility matrices are the usual artefacts.',
    },
  },
  'A.5.24': {
    meaning:
      'Incident handling works only if the groundwork is done before anything goes wrong. This means a written incident management process and plan that define what counts as an incident, who is on the response team, how to reach them out of hours, how severity is graded and when escalation to management, legal, regulators or customers happens. Roles must be assigned to named people or teams with deputies, and staff must know how to report. Preparation also covers tooling, contact lists for external specialists and exercising the plan so it is not read for the first time during a crisis.',
    auditorQuestions: [
      'Show me the incident management procedure: when was it last reviewed and approved?',
      'Who leads the response to a major incident at 2 a.m. on a Sunday, and how are they contacted?',
      'How is incident severity graded, and what triggers escalation to senior management?',
      'When did you last exercise the incident response plan, and what changed as a result?',
      'Which external parties (forensics firm, insurer, regulator) are pre-identified, and where are their contacts?',
    ],
    typicalEvidence: [
      'Approved incident management procedure and response plan',
      'Incident response roles and on-call rota with deputies',
      'Severity classification matrix and escalation criteria',
      'Tabletop exercise reports and resulting action logs',
      'Current contact list for internal and external response parties',
    ],
    commonGaps: [
      'Plan exists but contact details are out of date or name departed staff',
      'No exercise has ever been run, so roles are untested',
      'Plan does not cover personal data breach notification deadlines',
      'Severity levels defined differently by IT operations and security teams',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is demanded in so many words, yet processes, roles and responsibilities that have to be defined and communicated are in practice a documented incident management procedure or plan kept under version control.',
    },
  },
  'A.5.25': {
    meaning:
      'Not every alert or odd observation is an incident, and someone has to make that call consistently. This control is about the triage step: a reported event is assessed against agreed criteria and either closed as benign, monitored, or declared an incident and routed into response. The decision, the person who made it and the reasoning should be recorded so that patterns and misjudgements can be spotted later. A clear categorisation scheme prevents serious events from sitting in a general service desk queue.',
    auditorQuestions: [
      'Who decides whether a reported event is a security incident, and on what criteria?',
      'Show me a sample of events that were closed as not being incidents: why was that conclusion reached?',
      'How quickly is a reported event assessed, and is that time measured?',
      'How do security events raised through the IT service desk reach the security team?',
    ],
    typicalEvidence: [
      'Triage criteria or event classification guide',
      'Ticketing or SIEM records showing assessment decisions and timestamps',
      'Event and incident logs with categorisation fields completed',
      'Metrics on time from report to classification',
    ],
    commonGaps: [
      'Classification left to individual judgement with no written criteria',
      'Events closed without any recorded rationale',
      'Security-relevant tickets handled entirely by the service desk and never seen by security',
    ],
    documentedInformation: {
      required: false,
      note: 'No mandated document, but triage criteria and a log of assessment decisions are the normal way to show consistent handling.',
    },
  },
  'A.5.26': {
    meaning:
      'Once an incident is declared, the response should follow the procedures the organisation has written down rather than improvisation. Practically this covers containment, eradication, recovery, evidence preservation, internal and external communication and a formal close-out. Auditors compare what was actually done on a handful of real incidents with what the procedure says, including whether notification deadlines to regulators or customers were met. Deviations from procedure are acceptable when justified, provided they are recorded.',
    auditorQuestions: [
      'Can you walk me through how your most recent significant incident was handled, step by step against the procedure?',
      'How was containment decided and who authorised it?',
      'Were any external notifications required, and were they made on time?',
      'Where is the timeline of actions for this incident recorded?',
      'How is an incident formally closed, and who signs it off?',
    ],
    typicalEvidence: [
      'Incident tickets or case files with action timelines',
      'Playbooks for common incident types such as ransomware, phishing or lost devices',
      'Notification records sent to regulators, customers or data subjects',
      'Incident closure reports approved by the incident owner',
    ],
    commonGaps: [
      'Response records are fragmented across chat channels with no consolidated timeline',
      'Procedure steps skipped without any recorded justification',
      'Incidents closed once service is restored, before root cause or data impact is understood',
      'Regulatory notification deadline missed or its assessment not recorded',
    ],
    documentedInformation: {
      required: true,
      note: 'The control expects response to follow documented procedures, so incident response procedures or playbooks must exist, and records of each incident show they were applied.',
    },
  },
  'A.5.27': {
    meaning:
      'Each incident is an opportunity to strengthen controls, and this control expects that opportunity to be taken deliberately. After significant incidents a post-incident review should identify root causes and contributing factors, and the resulting actions should feed into risk assessment, control changes and awareness material. Trend analysis across smaller incidents can reveal recurring weaknesses that no single ticket shows. The test is whether improvements actually happened, not whether a lessons-learned template was filled in.',
    auditorQuestions: [
      'Show me the post-incident review for a recent major incident: what actions came out of it?',
      'How many of those actions are closed, and how was their effectiveness checked?',
      'How do incident trends feed into the risk assessment?',
      'Has incident experience been used in staff awareness training?',
    ],
    typicalEvidence: [
      'Post-incident review reports with root cause analysis',
      'Action tracker linking incident lessons to control changes',
      'Incident trend reports presented to management review',
      'Updates to the risk register referencing specific incidents',
    ],
    commonGaps: [
      'Reviews held but actions have no owner or due date',
      'Same root cause recurring across several incidents without escalation',
      'Incident data never analysed for trends',
    ],
    documentedInformation: {
      required: false,
      note: 'Not mandated as such; post-incident reviews and action logs are kept by most organisations and also support clause 10 corrective action records.',
    },
  },
  'A.5.28': {
    meaning:
      'If an incident might lead to disciplinary, civil or criminal proceedings, the way material is gathered determines whether it can be relied upon. The organisation needs procedures for identifying, collecting, acquiring and preserving evidence so that its integrity and chain of custody can be demonstrated. That often means forensic imaging by trained people or a retained specialist, hashing, secure storage and a custody log. Legal advice on jurisdictional rules should be available before evidence is handled, not afterwards.',
    auditorQuestions: [
      'What procedure would staff follow to preserve evidence from a compromised laptop?',
      'Who is trained or contracted to carry out forensic acquisition?',
      'How is chain of custody recorded for collected evidence?',
      'How long are security logs retained, and would that be long enough to support an investigation?',
      'When would legal counsel be brought in to guide evidence handling?',
    ],
    typicalEvidence: [
      'Evidence handling or forensic procedure',
      'Chain of custody forms from past investigations',
      'Retainer agreement with a digital forensics provider',
      'Log retention settings aligned with investigation needs',
    ],
    commonGaps: [
      'Devices wiped and reissued before anyone considered preserving evidence',
      'No chain of custody record for material handed to HR or lawyers',
      'Administrators investigate on live systems, altering timestamps and logs',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for procedures to be established without naming a document, although a written evidence handling procedure and custody forms are the standard approach.',
    },
  },
  'A.5.29': {
    meaning:
      'During a crisis, teams under pressure tend to bypass security to restore service, and this control asks the organisation to plan for that. Continuity and recovery arrangements should state which security controls must still operate, which may be relaxed, who may authorise relaxation and how things return to normal afterwards. Alternative sites, emergency accounts and manual workarounds all need the same thought about confidentiality and integrity as normal operations. The outcome is a continuity approach where security is built in rather than suspended.',
    auditorQuestions: [
      'Which security controls must remain in place when operating from your recovery arrangements?',
      'Who may approve temporary relaxation of a control during a disruption, and how is that recorded?',
      'How are emergency or break-glass accounts controlled and reviewed after use?',
      'Did your last continuity exercise test security controls as well as service restoration?',
    ],
    typicalEvidence: [
      'Business continuity plans with explicit security requirements',
      'Break-glass account procedures and post-use reviews',
      'Continuity exercise reports covering security aspects',
      'Records of temporary control exceptions approved during disruptions',
    ],
    commonGaps: [
      'Continuity plans focus purely on uptime with no mention of security',
      'Recovery site lacks the logging or access controls present in production',
      'Emergency access granted during an outage never revoked',
    ],
    documentedInformation: {
      required: false,
      note: 'Not mandated by the control, but organisations usually reflect it in their continuity plans and exception records.',
    },
  },
  'A.5.30': {
    meaning:
      'Added in 2022, this control focuses on whether technology can actually be recovered in time to support the business continuity objectives. It starts from a business impact analysis that sets recovery time and recovery point objectives, and then checks that ICT arrangements such as backups, replication, failover and recovery runbooks can meet them. Readiness has to be proven by testing, because untested recovery plans regularly fail. Results should flow back into planning when targets are missed or systems change.',
    auditorQuestions: [
      'What are the recovery time and recovery point objectives for your critical systems, and where do they come from?',
      'Show me the last recovery test for this critical system: did it meet its target?',
      'How do you know the ICT continuity plans still match the current architecture?',
      'What happens when a test fails to meet the agreed recovery time?',
      'Are recovery runbooks available if the primary environment and its documentation are unavailable?',
    ],
    typicalEvidence: [
      'Business impact analysis with RTO and RPO per critical service',
      'ICT continuity or disaster recovery plans and runbooks',
      'Recovery and failover test reports with achieved times',
      'Remediation actions raised from failed tests',
    ],
    commonGaps: [
      'RTOs set by IT without business input, or never set at all',
      'Backups taken but full restoration never rehearsed',
      'Disaster recovery plans stored only in the system they are meant to recover',
      'Cloud migration changed the architecture but recovery plans were not updated',
    ],
    documentedInformation: {
      required: false,
      note: 'The control requires planning and testing but not a named document; in practice a BIA, disaster recovery plans and test reports are expected.',
    },
  },
  'A.5.31': {
    meaning:
      'The organisation must know which laws, regulations and contractual commitments affect its information security, write them down and keep that list current. Typical entries include data protection law, sector regulation such as NIS2 or DORA, export controls on cryptography, and customer contract obligations. For each obligation there should be an owner and an indication of how it is met. A legal register that has not changed in years, despite new regulation, is a clear warning sign.',
    auditorQuestions: [
      'Where are the legal, regulatory and contractual requirements relevant to information security recorded?',
      'Who monitors for new or changed legislation, and how often is the register updated?',
      'How are customer contractual security obligations captured and tracked?',
      'Are there cryptography import or export restrictions relevant to the countries you operate in?',
      'How does the register link to the controls that satisfy each obligation?',
    ],
    typicalEvidence: [
      'Legal and regulatory requirements register with owners and review dates',
      'Subscription to legal update services or records of counsel advice',
      'Contract obligation tracker for key customers',
      'Compliance mapping from obligations to controls',
    ],
    commonGaps: [
      'Register lists laws by name without stating what they require of the organisation',
      'Contractual commitments made by sales are missing from the register',
      'No evidence of review since the ISMS was first certified',
      'Jurisdictions of overseas subsidiaries or data centres not considered',
    ],
    documentedInformation: {
      required: true,
      note: 'The control expects relevant legal, statutory, regulatory and contractual requirements, and the organisation’s approach to meeting them, to be identified, documented and kept up to date, usually as a compliance register.',
    },
  },
  'A.5.32': {
    meaning:
      'Organisations must respect other people’s intellectual property and protect their own. Day to day this means licence management so that software use stays within purchased entitlements, rules against installing unlicensed or pirated software, care over open source licence obligations in products, and clear ownership of work created by staff and contractors. Software asset management tools and periodic reconciliation against licence records are the usual mechanisms.',
    auditorQuestions: [
      'How do you confirm the number of software installations does not exceed purchased licences?',
      'Can users install software themselves, and what stops unlicensed software appearing?',
      'How are open source licence obligations checked for code you distribute?',
      'Do employee and contractor agreements establish ownership of work they create?',
    ],
    typicalEvidence: [
      'Software licence register and reconciliation reports',
      'Software asset management tool output',
      'Open source licence scan results for shipped products',
      'IP assignment clauses in employment and contractor agreements',
    ],
    commonGaps: [
      'Licence counts never reconciled with actual installations',
      'Local administrator rights allow unrestricted software installation',
      'Copyleft components included in commercial products without review',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is mandated; a licence register, acceptable use rules on software and IP clauses in contracts are what organisations typically retain.',
    },
  },
  'A.5.33': {
    meaning:
      'Records that the organisation must keep for legal, regulatory or business reasons need protection against loss, destruction, falsification and unauthorised access or release for as long as they are retained. Implementation normally starts with a retention schedule stating which record types exist, how long each is kept, where and in what format. Storage choices must consider media degradation and format obsolescence for long retention periods, and disposal at the end of retention should be controlled and recorded.',
    auditorQuestions: [
      'Show me the retention schedule: which record categories does it cover and who approved it?',
      'How are financial or regulatory records protected from alteration?',
      'How do you make sure records kept for ten years will still be readable?',
      'What happens to records when their retention period expires, and is disposal recorded?',
    ],
    typicalEvidence: [
      'Records retention schedule',
      'Immutable storage or write-once configuration for key records',
      'Disposal certificates or deletion logs',
      'Access control lists on record repositories',
    ],
    commonGaps: [
      'Retention periods defined but never enforced, so data is kept indefinitely',
      'Email used as the de facto records system without protection against deletion',
      'No consideration of legal hold when litigation is expected',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not name a document, yet a retention schedule is almost universal because without it auditors cannot judge whether protection matches obligations.',
    },
  },
  'A.5.34': {
    meaning:
      'Where the organisation processes personal data, it must identify the privacy requirements that apply, such as GDPR or UK GDPR, and meet them. In an ISMS this typically links the security programme to the privacy programme: records of processing activities, data protection impact assessments, a named privacy lead or DPO where required, and technical measures such as encryption and access restriction on PII. Security controls alone do not satisfy privacy law, so auditors check that lawful basis, data subject rights and breach notification are handled as well.',
    auditorQuestions: [
      'Which privacy laws apply to the personal data you process, and who is accountable for compliance?',
      'Show me the record of processing activities: when was it last updated?',
      'When is a data protection impact assessment required, and can you show a recent one?',
      'How are data subject access requests received, tracked and answered on time?',
      'How does the incident process decide whether a personal data breach must be notified?',
    ],
    typicalEvidence: [
      'Privacy policy and internal data protection policy',
      'Record of processing activities',
      'Completed DPIAs',
      'Data subject request log with response dates',
      'Data processing agreements with processors',
    ],
    commonGaps: [
      'Record of processing activities incomplete or abandoned after initial creation',
      'New systems launched without a DPIA screening',
      'Privacy and security teams work in silos with no shared view of PII locations',
    ],
    documentedInformation: {
      required: false,
      note: 'The Annex A control itself does not mandate a document, though privacy law often does (for example records of processing under GDPR), so organisations keep those records anyway.',
    },
  },
  'A.5.35': {
    meaning:
      'Management needs an objective view of whether the approach to information security is suitable and working, from people who are not responsible for the area being examined. The review can be carried out by internal audit, a separate team or an external party, and it should happen at planned intervals and when significant changes occur. Results go to the management that commissioned the review, and weaknesses lead to corrective action. Independence is the essential quality: a security manager reviewing their own design does not satisfy it.',
    auditorQuestions: [
      'Who performs independent reviews of information security, and how is their independence assured?',
      'When was the last independent review, and what triggered it?',
      'Which actions resulted from that report, and are they closed?',
      'How are the results reported to top management?',
    ],
    typicalEvidence: [
      'Independent review or internal audit reports covering information security',
      'External assessment reports such as penetration tests or maturity reviews',
      'Board or management committee minutes receiving the results',
      'Corrective action log from review findings',
    ],
    commonGaps: [
      'The person running the ISMS also performs its only review',
      'Reviews occur only because of certification audits rather than on the organisation’s own plan',
      'Findings reported but no management response recorded',
    ],
    documentedInformation: {
      required: false,
      note: 'No named document is required by the control; review reports and management responses are normally kept and often overlap with clause 9.2 audit records.',
    },
  },
  'A.5.36': {
    meaning:
      'Having policies is pointless unless someone checks that people and systems follow them. Managers, system owners and the security function should regularly verify compliance with the security policy, topic-specific policies, rules and technical standards in their areas. Technical checks such as configuration scans and access reviews complement manual checks. When non-compliance is found, the cause should be analysed and corrected, and the outcome recorded.',
    auditorQuestions: [
      'How do managers confirm their teams follow the security policies that apply to them?',
      'What technical compliance checks are run against your hardening standards, and how often?',
      'Show me a recent instance of non-compliance: how was it handled?',
      'How are the results of compliance checks reported and tracked?',
    ],
    typicalEvidence: [
      'Compliance check schedule and completed checklists',
      'Configuration compliance scan reports against baselines',
      'Non-compliance records with root cause and corrective actions',
      'Policy exception register with approvals and expiry dates',
    ],
    commonGaps: [
      'No routine compliance checking between external audits',
      'Exceptions to policy granted informally and never revisited',
      'Scan results show drift from standards but no remediation follows',
    ],
    documentedInformation: {
      required: false,
      note: 'Regular compliance review is expected, but its output format is left open; most organisations keep completed checklists, scan results and a policy exception register.',
    },
  },
  'A.5.37': {
    meaning:
      'Operational tasks that affect security, such as backups, user provisioning, patching, system start-up and shutdown, and log monitoring, should be written down so they are carried out consistently and can be handed to someone else. The procedures need to be available to the people who need them, kept current when systems change and approved by an appropriate owner. Runbooks in a wiki or automation code with clear comments can both count, as long as they are controlled. The aim is that operations do not depend on the memory of a single administrator.',
    auditorQuestions: [
      'Which operational activities have documented procedures, and how was that list chosen?',
      'Show me the procedure for this activity: does current practice match it?',
      'How are procedures kept up to date after system changes?',
      'Who approves operating procedures, and how is version control handled?',
      'Could a competent new administrator perform this task using only the documentation?',
    ],
    typicalEvidence: [
      'Operating procedures or runbooks for key activities',
      'Document control metadata showing owner, version and review date',
      'Change records triggering procedure updates',
      'Observed practice or logs matching the written steps',
    ],
    commonGaps: [
      'Procedures exist for some platforms but not for newer cloud services',
      'Runbooks describe decommissioned systems or outdated tools',
      'Critical tasks known only by one administrator',
      'Procedures have no owner or review date',
    ],
    documentedInformation: {
      required: true,
      note: 'The control explicitly calls for operating procedures for information processing facilities to be documented and made available to the personnel who need them.',
    },
  },
};
