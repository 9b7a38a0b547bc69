import type { RequirementGuidance } from '../guidance.ts';

/** Certa's own practitioner guidance for ISO/IEC 27001:2022 Annex A controls A.5.1 to A.5.18. */
export const annexA5Part1Guidance: Record<string, RequirementGuidance> = {
  'A.5.1': {
    meaning:
      'The organisation sets out its security intentions in a top-level policy and backs it with topic-specific policies (for example on access, backups, cryptography or remote working) where the risks justify them. Each policy has an owner, is approved at the right level of management and is published where the people it applies to can actually find it. Staff and relevant contractors acknowledge the policies that affect them, and owners revisit the set on a fixed cycle or when the business, the threat picture or the law changes. Auditors look for a coherent hierarchy in which lower-level policies never contradict the top-level one.',
    auditorQuestions: [
      'Which topic-specific policies exist, and how did you decide that each one was needed?',
      'Who approved the current version of each policy, and when was it last reviewed?',
      'How are new starters and existing staff made aware of policy changes, and can you show their acknowledgements?',
      'What event would trigger an out-of-cycle review, and has one happened since the last audit?',
      'Where a policy conflicts with day-to-day practice, how is that discovered and resolved?',
    ],
    typicalEvidence: [
      'Policy register listing every policy with owner, version, approval date and next review date',
      'Signed or electronically approved copies of the information security policy and topic-specific policies',
      'Intranet or document-management page showing where staff access the current versions',
      'Acknowledgement records exported from the HR system or learning platform',
      'Minutes or change logs from the most recent policy review cycle',
    ],
    commonGaps: [
      'Review dates have lapsed and nobody is tracking which policies are overdue',
      'Policies were bought as a template pack and describe tools or processes the organisation does not use',
      'Contractors and temporary staff were never asked to read or accept the policies',
      'Topic-specific policies exist but the management approval behind them cannot be demonstrated',
    ],
    documentedInformation: {
      required: true,
      note: 'The control expects written policies: the overarching information security policy plus the topic-specific ones, each approved by management, published and kept under version control.',
    },
  },
  'A.5.2': {
    meaning:
      'Every security-relevant activity, from owning a risk to patching a server, is assigned to a named role, and the people holding those roles know they hold them. This usually takes the shape of a RACI or responsibilities matrix linked to job descriptions, with a clear security lead and asset or risk owners across the business. Responsibilities must cover outsourced and cloud activities as well as internal ones, so that nothing falls between the organisation and its providers. When people change jobs or leave, the assignments are updated rather than silently orphaned.',
    auditorQuestions: [
      'Who is accountable for the ISMS as a whole, and where is that appointment recorded?',
      'Can you show me the responsibilities matrix, and pick a role holder I can interview about their duties?',
      'How do job descriptions or contracts reflect security responsibilities?',
      'Which security tasks are performed by suppliers, and how is responsibility for them allocated?',
      'When did you last update the role assignments after a reorganisation or departure?',
    ],
    typicalEvidence: [
      'RACI or responsibilities matrix covering ISMS processes and controls',
      'Appointment letter or board minute naming the information security lead',
      'Job descriptions containing security duties for key roles',
      'Organisation chart showing the security function and reporting lines',
      'Risk and asset registers with owners populated by name or role',
    ],
    commonGaps: [
      'Risk owners are listed but, when interviewed, do not know they own anything',
      'The matrix still names people who left the organisation months ago',
      'Security responsibilities for cloud-hosted services are assumed to sit with the provider without checking the shared-responsibility model',
      'One individual holds so many roles that cover during absence is impossible',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for roles to be defined and allocated rather than for a specific document, though nearly every organisation keeps a responsibilities matrix and security duties in job descriptions to prove it.',
    },
  },
  'A.5.3': {
    meaning:
      'Tasks that would let one person both commit and conceal an error or fraud are split between different people, such as requesting and approving access, developing and deploying code, or raising and paying invoices. The organisation first identifies which combinations are dangerous, then enforces the split through workflow, system permissions or independent review. Small teams that cannot fully separate duties compensate with logging, supervisory review or periodic checks by someone outside the chain. Auditors expect the conflicting combinations to be written down somewhere, not just understood informally.',
    auditorQuestions: [
      'Which combinations of duties have you identified as conflicting, and how was that list produced?',
      'Can any single administrator make and approve a production change without a second person?',
      'Where full separation is impractical, what compensating controls are in place and who reviews them?',
      'How do you detect a user who has accumulated conflicting roles over time?',
      'Can you point to a recent case where the separation stopped or flagged an action?',
    ],
    typicalEvidence: [
      'Conflict matrix or list of incompatible roles and permissions',
      'Change management records showing a different approver from the implementer',
      'Role-mining or access-review report highlighting toxic combinations',
      'Logs of privileged actions with evidence of independent review',
      'Finance or ERP workflow configuration enforcing maker-checker approval',
    ],
    commonGaps: [
      'Developers retain write access to production and can deploy their own unreviewed code',
      'Compensating reviews are described in policy but no record shows they happen',
      'Conflicting roles were never analysed, so access reviews cannot spot them',
      'Break-glass accounts bypass the split and their use is not examined afterwards',
    ],
    documentedInformation: {
      required: false,
      note: 'No specific document is demanded, but a list of conflicting duties and records of approvals by a second person are what most organisations keep to demonstrate the separation.',
    },
  },
  'A.5.4': {
    meaning:
      'Line managers, not just the security team, are expected to make their people follow the policies and procedures in daily work. In practice that means managers brief new starters, set the example, make time for training, act on non-compliance and support staff who raise concerns. Top management demonstrates the same behaviour by funding the ISMS and referring to security in its own communications. Auditors test this by talking to managers and seeing whether they can describe what they do, rather than by reading a policy statement.',
    auditorQuestions: [
      'What do you, as a manager, do to make sure your team follows the security policies?',
      'How do you know whether your staff have completed their mandatory security training?',
      'What happened the last time someone in your team broke a security rule?',
      'How does senior management show visible support for information security to the workforce?',
      'Are managers measured or appraised on the security behaviour of their teams?',
    ],
    typicalEvidence: [
      'Training completion dashboards reviewed by line managers',
      'Onboarding checklists signed off by the hiring manager, including security briefing',
      'Records of management communications or town-hall slides covering security',
      'Disciplinary or HR case notes where security non-compliance was addressed',
      'Performance objectives for managers that include security expectations',
    ],
    commonGaps: [
      "Managers regard security as the IT department's job and cannot describe their own part in it",
      'Overdue training is reported centrally but managers never chase it',
      'Known workarounds that bypass policy are tolerated by team leaders for convenience',
      'Senior leaders exempt themselves from controls such as MFA or clear-desk rules',
    ],
    documentedInformation: {
      required: false,
      note: 'Nothing must be written down for this control itself; training-completion records, onboarding checklists and management communications are the records organisations typically rely on.',
    },
  },
  'A.5.5': {
    meaning:
      'The organisation knows in advance which official bodies it may need to contact about security matters, such as the data protection regulator, police cyber units, the national CERT or a sector regulator, and who is authorised to make that contact. Contact details and reporting deadlines are kept current and are reachable during an incident, including outside office hours. The link also runs the other way: the organisation should track guidance or alerts issued by those authorities. A clear owner for each relationship avoids both silence and contradictory messages.',
    auditorQuestions: [
      'Which authorities would you notify for a personal data breach, a ransomware attack or a utility outage?',
      "Who is authorised to speak to regulators or law enforcement on the organisation's behalf?",
      'When were the authority contact details last checked, and how?',
      'Have you had to contact an authority in the last year, and can you show the record?',
      'How does the incident process reference statutory notification deadlines?',
    ],
    typicalEvidence: [
      'Authority contact list with named owners, channels and last-verified date',
      'Incident response plan section on external notification and timelines',
      'Records of past notifications, such as a regulator breach-report acknowledgement',
      'Subscription to alerts from the national cyber security agency',
      'Register of legal and regulatory obligations cross-referencing reporting duties',
    ],
    commonGaps: [
      'The contact list points to a generic web form with no 24/7 alternative',
      'Nobody has been formally authorised to make regulatory notifications',
      'Sector-specific reporting duties, such as those under NIS2 or DORA, are missing from the list',
      'Details were collected once at certification and never re-validated',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not call for a particular document; a maintained list of authority contacts and the notification section of the incident plan are the usual records.',
    },
  },
  'A.5.6': {
    meaning:
      "Security staff stay current by taking part in professional forums, industry groups and information-sharing communities relevant to the organisation's sector and technology. Membership is purposeful: it brings early warnings, peer benchmarking, advice on emerging practices and access to specialist expertise. The organisation sets ground rules for what may be shared with such groups, so that participation does not leak sensitive details. Knowledge gained should flow back into risk assessments, training or control changes rather than staying with one individual.",
    auditorQuestions: [
      'Which forums, ISACs or professional bodies does the security team belong to, and why those?',
      'Can you give an example of something learned from a group that changed a control or risk rating?',
      'What rules govern what staff may disclose when sharing information in these groups?',
      'How is knowledge from these contacts passed on to the rest of the team?',
      'Who decides whether a membership still provides value?',
    ],
    typicalEvidence: [
      'List of memberships and subscriptions with the responsible person for each',
      'Certificates or membership confirmations from professional bodies',
      'Internal briefings or wiki pages summarising intelligence received from peer groups',
      'Information-sharing guidelines, for example use of the Traffic Light Protocol',
      'Conference or training attendance records tied to development plans',
    ],
    commonGaps: [
      'Memberships lapse when the individual who joined leaves the organisation',
      'Participation is purely passive and nothing learned is ever recorded or applied',
      'There are no rules on sharing, so incident details have been posted in open community channels',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is mandated; organisations usually keep a membership list and occasional notes showing what was learned and acted upon.',
    },
  },
  'A.5.7': {
    meaning:
      'New in the 2022 edition, this control asks the organisation to collect information about threats relevant to it, analyse what it means for its own environment and turn it into action. Intelligence can be strategic (trends for management), tactical (attacker techniques) or operational (specific indicators and campaigns), drawn from vendor advisories, government feeds, ISACs or commercial services. The value lies in the analysis step: filtering noise, judging relevance and feeding results into risk assessment, detection rules, patching priorities and awareness topics. A small organisation can meet it with a handful of well-chosen free sources and a documented routine for reviewing them.',
    auditorQuestions: [
      'Which threat intelligence sources do you use, and how did you choose them?',
      'Who reviews incoming intelligence, how often, and how is relevance assessed?',
      'Which recent item of intelligence led to a concrete action, such as a new detection rule or an emergency patch?',
      'How does threat intelligence inform the risk assessment and its likelihood ratings?',
      'How do you evaluate whether your intelligence sources remain useful?',
    ],
    typicalEvidence: [
      'List of intelligence feeds and sources with owner and review frequency',
      'Threat intelligence reports or periodic threat briefings presented to management',
      'Tickets or change records created in response to specific advisories',
      'SIEM or EDR configuration showing imported indicators of compromise',
      'Risk register entries updated with reference to threat intelligence',
    ],
    commonGaps: [
      'Feeds are subscribed to but nobody analyses them, so emails pile up unread',
      'Intelligence is never linked to the risk assessment or to control changes',
      "Sources are generic and do not cover the organisation's sector or technology stack",
      'No record exists of decisions taken as a result of intelligence received',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not prescribe a document, but auditors expect records of sources, analysis outputs and the actions triggered so that the process can be shown to operate.',
    },
  },
  'A.5.8': {
    meaning:
      'Security is built into every project the organisation runs, whatever its nature: IT rollouts, office moves, product launches or process changes. The project method includes a security checkpoint at initiation, a risk assessment proportionate to the project, requirements captured alongside functional ones and a sign-off before go-live. Project managers know when to involve the security function and templates make the steps hard to skip. Auditors sample completed projects to see whether the gates were actually passed rather than waived.',
    auditorQuestions: [
      'Where in your project lifecycle is information security considered, and who signs it off?',
      'Can you show me the security assessment for two recently completed projects?',
      'How are security requirements tracked through to testing and acceptance?',
      'Do non-IT projects, such as a relocation or a new business line, go through the same checks?',
      'What happens when a project goes live with unresolved security risks?',
    ],
    typicalEvidence: [
      'Project management methodology or PMO templates with a security section',
      'Completed project security risk assessments or privacy impact assessments',
      'Project stage-gate records showing security approval',
      'Requirements backlog with security user stories or acceptance criteria',
      'Risk acceptance forms for residual risks carried into operation',
    ],
    commonGaps: [
      'Security review happens only at the end, when changes are expensive and are therefore waived',
      'Agile teams bypass the PMO and the security checkpoint along with it',
      'Business projects outside IT are not considered in scope of the control',
      'Residual risks at go-live are not transferred to the risk register',
    ],
    documentedInformation: {
      required: false,
      note: 'A specific document is not demanded; most organisations keep project templates with a security section and the completed assessments and sign-offs for each project.',
    },
  },
  'A.5.9': {
    meaning:
      'The organisation maintains an inventory of its information and the assets that hold or process it: hardware, software, cloud services, data sets, people-dependent knowledge and supporting facilities. Each entry has an owner who is accountable for its protection throughout its life. The inventory must be accurate enough to support risk assessment, access reviews and incident response, so it is usually fed by automated discovery tools and reconciled periodically. Granularity is a judgement call: group similar items where that is sensible, but never lose sight of critical systems or sensitive data stores.',
    auditorQuestions: [
      'Where is the asset inventory held, and what sources populate it?',
      'Does every asset have an owner, and do owners know their responsibilities?',
      'How do you reconcile the inventory with what is actually on the network or in the cloud account?',
      'Are information assets such as databases and document repositories recorded, not just devices?',
      'When was the inventory last verified, and what discrepancies were found?',
    ],
    typicalEvidence: [
      'Asset register or CMDB export with owner, location, classification and status fields',
      'Endpoint management or discovery tool report for reconciliation',
      'Cloud resource inventory exported from the provider console',
      'Information asset register or record of processing activities',
      'Records of periodic inventory reconciliation and corrections made',
    ],
    commonGaps: [
      'Only hardware is recorded, while SaaS applications and data repositories are missing',
      'Owners are listed as a department or as IT rather than as an accountable role',
      'Discovery scans find devices that are not in the register',
      'Disposed assets are never marked as retired, so the register overstates the estate',
    ],
    documentedInformation: {
      required: true,
      note: 'An inventory is inherently a documented record: it must list information and associated assets with their owners and be kept up to date.',
    },
  },
  'A.5.10': {
    meaning:
      'The organisation writes down what people may and may not do with its information and equipment, covering areas such as email, internet, personal use, removable media, generative AI tools, printing and working in public. These rules apply to employees, contractors and any external user granted access, and are tailored to the classification of the information handled. People must be told the rules and accept them before they receive access. Technical controls, such as web filtering or data loss prevention, often reinforce the written rules.',
    auditorQuestions: [
      'Where are the acceptable use rules published, and who must accept them?',
      'How do the rules address newer risks like personal cloud storage or AI chat services?',
      'Can you show acceptance records for a sample of recent joiners and contractors?',
      'How do you detect and respond to breaches of acceptable use?',
      'Do the rules differentiate handling by classification level?',
    ],
    typicalEvidence: [
      'Acceptable use policy or user security handbook',
      'Signed acknowledgements or click-through acceptance logs',
      'Web-filtering or DLP configuration that enforces specific rules',
      'Handling guidance per classification level',
      'Records of investigations into misuse',
    ],
    commonGaps: [
      'The acceptable use rules are years old and silent on cloud apps, messaging and AI',
      'Third-party users were given access without accepting any rules',
      'Acceptance is captured only at hiring and never refreshed after significant changes',
      'Rules exist but staff interviewed cannot recall any of them',
    ],
    documentedInformation: {
      required: true,
      note: 'The control expects the rules for acceptable use and the handling procedures to be written down, so they can be communicated and accepted.',
    },
  },
  'A.5.11': {
    meaning:
      "When employment, a contract or an engagement ends, everything belonging to the organisation comes back: laptops, phones, tokens, badges, paper files and any information copied to personal devices. The leaver process lists what each person was issued and checks it off, with a named person confirming receipt. Where staff used their own devices, the organisation ensures its data is removed or transferred and that knowledge held only in the leaver's head is handed over. Unreturned items are escalated and, where necessary, remotely wiped or deactivated.",
    auditorQuestions: [
      'How do you know what equipment and information a leaver holds before their last day?',
      'Can you show completed leaver checklists for a sample of recent departures?',
      'What happens when an asset is not returned?',
      'How is company data on personally owned devices retrieved or erased?',
      'How do you handle returns from contractors and suppliers whose engagement ends?',
    ],
    typicalEvidence: [
      'Leaver checklist with asset return signed off by IT or the line manager',
      'Asset register showing reassignment of returned equipment',
      'MDM reports confirming remote wipe or removal of corporate profiles',
      'HR offboarding records linked to the asset issue log',
      'Escalation records for unreturned equipment',
    ],
    commonGaps: [
      'Asset issue was never recorded, so nobody knows what should come back',
      'Contractor departures bypass HR and therefore the return process',
      'Data held on personal devices is ignored during offboarding',
      'Returned laptops sit unchecked, with no confirmation that all issued items were received',
    ],
    documentedInformation: {
      required: false,
      note: 'No mandatory document applies; leaver checklists, asset issue logs and MDM wipe records are the records typically kept.',
    },
  },
  'A.5.12': {
    meaning:
      'The organisation defines a small number of classification levels, often three or four, based on how much harm disclosure, alteration or loss would cause, and applies them to its information. The scheme should consider confidentiality together with integrity and availability needs and reflect legal and contractual obligations. Information owners decide the level and revisit it as value or sensitivity changes over time. A classification is only meaningful when each level maps to concrete handling rules that people actually follow.',
    auditorQuestions: [
      'What are your classification levels, and how does a member of staff decide which applies?',
      'Who is responsible for classifying a given piece of information?',
      'How does the scheme account for client or partner classification requirements?',
      'How is the classification recorded in your asset inventory or document management system?',
      'When is a classification reviewed or downgraded?',
    ],
    typicalEvidence: [
      'Classification scheme describing each level with examples',
      'Asset register or data inventory with classification values populated',
      'Document management or Microsoft Purview sensitivity label configuration',
      'Awareness material teaching staff how to classify',
      'Mapping between the internal scheme and customer or government schemes',
    ],
    commonGaps: [
      'The scheme has too many levels, so staff default to the lowest or the highest',
      'Classification is defined on paper but no information has actually been classified',
      'Integrity and availability needs are ignored, leaving the scheme purely about secrecy',
      'Handling rules per level are missing, so a classification changes nothing in practice',
    ],
    documentedInformation: {
      required: false,
      note: 'The control itself does not insist on documentation, yet a written scheme describing the levels and their criteria is what every auditor will expect to see in practice.',
    },
  },
  'A.5.13': {
    meaning:
      'People and systems need to recognise the classification of information at a glance, so the organisation defines how labels are applied to documents, emails, media, systems and physical items. Labelling can be visible (headers, footers, stickers) or technical (metadata tags that DLP and encryption tools read). The procedure explains which items must be labelled, which may be left unlabelled (for example public material) and how labels are applied to formats that cannot carry text. Automated labelling tools reduce reliance on user discipline but still need tuning and monitoring.',
    auditorQuestions: [
      'How are labels applied to electronic documents, emails and removable media?',
      'Which information types are exempt from labelling, and why?',
      'Can you show me a sample of recent sensitive documents and whether they carry the right label?',
      'Do your DLP or encryption tools act on label metadata?',
      'How are physical items such as printed reports or backup tapes labelled?',
    ],
    typicalEvidence: [
      'Labelling procedure or handling guide',
      'Office-suite or email client configuration with sensitivity labels',
      'Sample documents and emails displaying correct markings',
      'Label usage analytics showing distribution of labels across content',
      'Physical label templates for media and equipment',
    ],
    commonGaps: [
      'Labels are available in the office suite but are optional and rarely used',
      'Data exported from systems into spreadsheets loses its label entirely',
      'The labelling procedure does not match the classification levels currently in force',
      'Physical media and printouts are never marked',
    ],
    documentedInformation: {
      required: false,
      note: 'Labelling procedures must exist and operate, though the control does not say they must be written; most organisations nonetheless publish a short labelling guide tied to the classification scheme.',
    },
  },
  'A.5.14': {
    meaning:
      'Whenever information leaves a system, a site or the organisation, whether by email, file share, API, courier or conversation, protections appropriate to its classification apply. The organisation defines approved channels and methods, such as encrypted transfer services for confidential files or tracked couriers for media, and bans unsafe ones. Regular exchanges with external parties are covered by agreements that assign responsibilities, protection measures and liability. Verbal transfers are also in scope, for example avoiding sensitive phone calls in public areas.',
    auditorQuestions: [
      'Which channels are approved for sending confidential information externally?',
      'Which written agreement governs your recurring data exchange with a key partner, and may I see it?',
      'How do you prevent use of unapproved file-sharing services?',
      'How is physical media protected when it is shipped?',
      'What guidance exists for discussing sensitive matters by phone or video call?',
    ],
    typicalEvidence: [
      'Information transfer policy or procedure listing approved methods',
      'Data-sharing or data-processing agreements with external parties',
      'Email and file-transfer encryption configuration (for example TLS enforcement, secure portal)',
      'Courier and media dispatch logs with tracking references',
      'CASB or proxy reports showing blocked uploads to unsanctioned services',
    ],
    commonGaps: [
      'Staff routinely send confidential attachments by unencrypted email to clients',
      'Regular data feeds to partners run without any written agreement',
      'Shadow file-sharing services are widely used and not monitored',
      'Rules cover electronic transfer but ignore physical media and verbal exchanges',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for rules, procedures or agreements to be in place without mandating their form; in practice transfer agreements with outside parties are written contracts and the rules usually sit in a transfer procedure.',
    },
  },
  'A.5.15': {
    meaning:
      'The organisation sets rules for who may access which information, systems and premises, grounded in business need and the principles of least privilege and need-to-know. The rules cover both logical access (applications, networks, cloud consoles) and physical access (offices, server rooms), and they state how access is requested, approved, reviewed and revoked. Access is typically granted by role so that permissions are consistent and reviewable. Asset owners decide who gets access to their assets, and the rules are revised as the organisation and its systems change.',
    auditorQuestions: [
      'Where are your access control rules set out, and who approved them?',
      'How do least privilege and need-to-know show up in how roles are designed?',
      'Who decides whether a user should have access to a given system or data set?',
      'How do the rules cover physical areas as well as IT systems?',
      'How often are the rules reviewed against changes in systems and organisational structure?',
    ],
    typicalEvidence: [
      'Access control policy or topic-specific policy on access',
      'Role catalogue or role-based access matrix mapping roles to permissions',
      'Identity platform configuration showing role and group structures',
      'Physical access zone definitions and authorisation lists',
      'Review records of the access control rules',
    ],
    commonGaps: [
      'The policy says least privilege, yet most users hold administrator rights locally',
      'Roles are defined in the identity system but nobody documented what each one permits',
      'Physical access is managed by facilities under separate, unaligned rules',
      'Cloud platforms and SaaS tools sit outside the scope of the access rules',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for access rules to be set and applied rather than for a document as such, but rules that must be approved, communicated and applied consistently end up written down: expect to show a topic-specific access policy.',
    },
  },
  'A.5.16': {
    meaning:
      'Every person and system that accesses resources is given a unique identity for its whole life cycle, from creation when someone joins to deletion or disablement when they leave. Shared or generic accounts are avoided, and where they are unavoidable for technical reasons they are approved, owned and their use is traceable. Identities for non-human actors such as service accounts, API keys and bots are managed with the same care. Identity data is ideally sourced from HR so that joiner, mover and leaver events flow automatically into directories.',
    auditorQuestions: [
      'What is the authoritative source for identities, and how are changes propagated?',
      'How many shared or generic accounts exist, and who is accountable for each?',
      'How are service accounts and machine identities created, owned and reviewed?',
      "How was a recent leaver's identity disabled, and how quickly after their last day?",
      'How do you prevent duplicate identities for the same individual?',
    ],
    typicalEvidence: [
      'Identity life-cycle procedure covering joiners, movers and leavers',
      'Directory export listing accounts with owner and status',
      'HR-to-directory integration logs or provisioning tickets',
      'Register of approved shared and service accounts with owners',
      'Report comparing HR leavers to disabled accounts with timestamps',
    ],
    commonGaps: [
      'Accounts of leavers remain active in SaaS applications not connected to the directory',
      'Generic accounts such as "admin" or "reception" are shared with no accountability',
      'Service accounts have no owner and passwords that never change',
      'Contractors are created manually with no end date, so they outlive their contracts',
    ],
    documentedInformation: {
      required: false,
      note: 'The standard does not require a document for this control; provisioning records, directory exports and a register of shared or service accounts are what organisations usually hold.',
    },
  },
  'A.5.17': {
    meaning:
      'Passwords, PINs, tokens, certificates and other secrets used to prove identity are issued, changed and revoked through a controlled process. Initial credentials are delivered securely and must be changed on first use, and users are told how to look after them, including not reusing them and reporting suspected compromise. The organisation sets password quality rules in line with current practice (length over complexity, screening against breached lists) and favours multi-factor authentication. Password managers and secrets vaults are used so that credentials are not stored in plain text, scripts or spreadsheets.',
    auditorQuestions: [
      'How are initial passwords or tokens delivered to new users, and is a change forced at first login?',
      'What password and MFA settings are enforced, and can you show the configuration?',
      'Where are service and application secrets stored?',
      'What do users do if they suspect their credentials are compromised?',
      "How is a forgotten password reset, and how is the requester's identity verified?",
    ],
    typicalEvidence: [
      'Authentication or password standard',
      'Screenshot or export of identity provider password and MFA policy settings',
      'Secrets vault or password manager deployment records',
      'Help desk procedure for identity verification before resets',
      'User guidance on protecting credentials, with acknowledgement',
    ],
    commonGaps: [
      'Help desk resets passwords over the phone without verifying the caller',
      'Secrets are hard-coded in scripts or stored in code repositories',
      'MFA is enforced for email but not for VPN, cloud consoles or admin portals',
      'Default vendor credentials remain on network devices',
    ],
    documentedInformation: {
      required: false,
      note: 'The control is about a managed process rather than a particular document, although organisations usually keep an authentication standard, system configuration exports and help desk reset records.',
    },
  },
  'A.5.18': {
    meaning:
      'Access rights are granted, changed and removed through a request-and-approval process that follows the access control rules, with the asset owner or delegate authorising each grant. When people move roles, rights from the previous role are removed rather than accumulated. Rights are reviewed at planned intervals, more often for privileged and high-risk access, and reviewers actually remove what is no longer needed. Removal on termination is timely, and a record of every grant and revocation is kept for audit.',
    auditorQuestions: [
      'For a sample of users added last quarter, where are the access requests and the approvals?',
      'How are rights adjusted when someone changes department or role?',
      'How frequently are access reviews performed, and what came of the last one?',
      'How quickly are rights revoked after a termination, and how do you verify it?',
      'Who reviews privileged access, and is that reviewer independent of the privileged users?',
    ],
    typicalEvidence: [
      'Access request tickets with approver and date',
      'Completed access review reports with decisions and resulting removals',
      'IAM tool or directory audit log of permission changes',
      'Mover and leaver reports reconciled with access changes',
      'Privileged access list with periodic recertification sign-off',
    ],
    commonGaps: [
      'Access reviews are rubber-stamped with no rights ever removed',
      'Movers keep their old permissions, leading to accumulation over the years',
      'Approvals are given by IT staff rather than the business owner of the data',
      'Applications outside the central identity platform are never included in reviews',
    ],
    documentedInformation: {
      required: false,
      note: 'Although no document is mandated by the control, request approvals, review outcomes and revocation logs are the records auditors will sample.',
    },
  },
};
