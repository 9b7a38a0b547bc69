import type { RequirementGuidance } from '../guidance.ts';

/** Certa's own practitioner guidance for the people (A.6) and physical (A.7) themes of ISO/IEC 27001:2022 Annex A. */
export const annexA6And7Guidance: Record<string, RequirementGuidance> = {
  'A.6.1': {
    meaning:
      'Before someone is given access to your information, you check that they are who they claim to be and that their background fits the trust you are about to place in them. In practice that means identity and right-to-work checks for everyone, plus reference, qualification, credit or criminal-record checks scaled to the sensitivity of the role. The depth of checking should be decided in advance per role category, and it must stay within local employment and privacy law. Contractors and agency staff need the same treatment, either done by you or contractually required of their employer. Some roles warrant periodic re-screening, for example finance approvers or administrators with privileged access.',
    auditorQuestions: [
      'How did you decide which roles need enhanced checks and which only need the baseline?',
      'Can you show me the completed checks for these five recent joiners, including one contractor?',
      'What happens if a check is still outstanding on the start date?',
      'How do you confirm that an agency or outsourcing partner has screened the people it places with you?',
      'Has legal or HR confirmed that your screening practice is lawful in every country where you hire?',
    ],
    typicalEvidence: [
      'Screening standard mapping role categories to the checks required',
      'HR system records or checklists showing check completion dates per starter',
      'Reports or certificates from a background screening provider',
      'Supplier contract clauses requiring vetting of placed personnel',
      'Log of exceptions where someone started before checks cleared, with approval and interim restrictions',
    ],
    commonGaps: [
      'Contractors and temporary staff bypass screening because they are onboarded outside HR',
      'Access is provisioned on day one even though references have not yet come back',
      'Screening levels are identical for all staff, ignoring higher-risk roles',
      'Internal transfers into privileged positions are never re-checked',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not itself demand a document, but most organisations keep a short screening standard and retain check outcomes in HR records so they can prove the checks happened.',
    },
  },
  'A.6.2': {
    meaning:
      "Employment contracts and engagement terms must spell out what the person and the organisation each owe in terms of protecting information. Typical content covers confidentiality, acceptable use of assets, intellectual property, legal obligations such as data protection, and what happens after the relationship ends. The terms should be accepted before access is granted and refreshed when the person's role or the organisation's policies change materially. Auditors look for consistency between the contract templates actually in use and the security policy set.",
    auditorQuestions: [
      'Which clauses in your standard contract address information security, and who last reviewed them?',
      'How do you ensure contractors and consultants sign equivalent terms?',
      'Can you show signed contracts for a sample of staff hired in the last year?',
      'When policies change significantly, how are existing employees bound to the updated obligations?',
    ],
    typicalEvidence: [
      'Current employment contract template with security and confidentiality clauses highlighted',
      'Contractor or consultancy engagement terms containing equivalent obligations',
      'Signed contracts or e-signature audit trails for sampled individuals',
      'Staff handbook or code of conduct referenced by the contract and acknowledged by staff',
    ],
    commonGaps: [
      'Old contract templates still in circulation that predate the current policies',
      'Freelancers engaged on a purchase order with no security terms at all',
      'Post-employment obligations omitted or unenforceable under local law',
      'No record that the person actually accepted the terms before receiving credentials',
    ],
    documentedInformation: {
      required: true,
      note: 'The contractual agreements themselves are documented information: keep the templates under version control and the signed copies (or signature evidence) for each person.',
    },
  },
  'A.6.3': {
    meaning:
      'Everyone working for you, including contractors where relevant, needs to understand the security rules that apply to them and the threats they are likely to meet. This goes beyond a one-off induction video: there should be a planned programme with refreshers, topical updates (for example phishing trends) and deeper, role-specific training for developers, administrators and incident handlers. Content must reflect your own policies rather than generic internet advice. You should measure whether the programme works, using completion rates, test scores or simulated phishing results, and adjust it accordingly.',
    auditorQuestions: [
      'What is in the annual awareness plan and how was the content chosen?',
      'What percentage of staff completed mandatory training this year, and what happens to those who did not?',
      'How do specialist roles such as developers or system administrators receive deeper security training?',
      'How do you judge whether awareness activities actually change behaviour?',
      'When a policy changes, how are affected staff told about it?',
    ],
    typicalEvidence: [
      'Awareness and training plan covering induction, refreshers and role-based modules',
      'Learning management system completion reports',
      'Phishing simulation results and follow-up actions',
      'Training materials showing references to internal policies',
      'Communications such as newsletters or intranet posts about security topics',
    ],
    commonGaps: [
      'Completion tracked only for permanent employees, leaving contractors untrained',
      'Persistently low completion rates with no escalation',
      'Generic off-the-shelf modules that never mention the organisation’s own rules or reporting channels',
      'No specialised training for high-risk roles',
    ],
    documentedInformation: {
      required: false,
      note: 'Annex A does not ask for a document here, yet clause 7.2 requires evidence of competence, so organisations normally retain training records, attendance logs and the programme plan.',
    },
  },
  'A.6.4': {
    meaning:
      'There has to be a formal, known route for dealing with people who break security policy, so that consequences are fair, proportionate and consistently applied. The process should distinguish between honest mistakes, negligence and deliberate misconduct, and it should take account of factors such as prior training and the impact of the breach. Staff must be told the process exists, usually via the handbook and induction. It also acts as a deterrent, but only if it is actually invoked when warranted and coordinated with HR and legal advice.',
    auditorQuestions: [
      'Where is the disciplinary process written down and how do staff learn about it?',
      'Does the process explicitly cover breaches of information security policy?',
      'Can you describe a recent case where a security breach led to disciplinary action or a documented decision not to act?',
      'How do you keep outcomes proportionate and consistent between similar cases?',
    ],
    typicalEvidence: [
      'HR disciplinary procedure referencing information security violations',
      'Induction material or handbook acknowledgement covering the process',
      'Anonymised case records showing security-related disciplinary outcomes',
      'Link between the incident management procedure and HR escalation',
    ],
    commonGaps: [
      'The HR procedure covers conduct generally but is silent on security policy breaches',
      'Security incidents caused by staff are closed without any referral to HR',
      'Sanctions vary widely depending on the manager involved',
    ],
    documentedInformation: {
      required: false,
      note: 'A formalised and communicated process is asked for rather than a named document; in practice auditors look for a written disciplinary procedure, while case files stay with HR under confidentiality.',
    },
  },
  'A.6.5': {
    meaning:
      'Some security obligations outlive the job, such as confidentiality about client data or trade secrets, and they also shift when someone moves to a different role. You need to define which duties continue after someone leaves or changes position, tell the person clearly, and have a way of enforcing them. Leaver and mover processes should include returning assets, removing or adjusting access, and a reminder of continuing obligations. Movers are the commonly overlooked group because their old access tends to accumulate alongside the new.',
    auditorQuestions: [
      'Which obligations continue after employment ends, and where are they stated?',
      'How is a departing employee reminded of those obligations at exit?',
      'When someone changes role internally, who decides which previous access they lose?',
      'Can you show the leaver checklist completed for these three recent departures?',
    ],
    typicalEvidence: [
      'Leaver and mover checklists including security steps',
      'Exit interview records or signed reminders of ongoing confidentiality',
      'Access removal tickets aligned with HR termination dates',
      'Contract clauses specifying post-employment duties',
    ],
    commonGaps: [
      'Exit process focuses on laptop return but never mentions continuing confidentiality',
      'Role changes trigger new access without removing the old, leading to privilege creep',
      'Contractor end dates are not fed to IT, so accounts remain active',
      'Obligations after departure are defined but there is no mechanism to act if they are breached',
    ],
    documentedInformation: {
      required: false,
      note: 'The control expects duties to be defined and communicated rather than a specific document; in practice contract clauses, leaver checklists and signed exit reminders provide the audit trail.',
    },
  },
  'A.6.6': {
    meaning:
      'Wherever third parties or staff handle confidential information, a confidentiality or non-disclosure agreement should set out what must be protected and for how long. The organisation needs to work out which relationships need such an agreement, what the terms must cover (scope of information, permitted use, return or destruction, duration, breach remedies) and to keep them under periodic review. Signatures matter: an unsigned NDA template proves nothing. Reviews should happen when the business changes or legal requirements shift, not only when someone remembers.',
    auditorQuestions: [
      'How do you determine which parties must sign a confidentiality agreement before receiving information?',
      'When was the NDA template last reviewed against your current needs and legal advice?',
      'Can you produce signed agreements for a sample of suppliers and consultants with access to sensitive data?',
      'How do you track NDA expiry or renewal dates?',
    ],
    typicalEvidence: [
      'Approved NDA templates (mutual, one-way, employee) with version history',
      'Register or contract management system listing signed agreements',
      'Signed NDAs for sampled third parties',
      'Record of the periodic review of NDA requirements',
    ],
    commonGaps: [
      'Information shared with prospective suppliers during tendering before any NDA is signed',
      'NDA templates never reviewed since they were first drafted',
      'No central record, so nobody can confirm whether a given supplier signed',
      'Agreements lapse without renewal while the relationship continues',
    ],
    documentedInformation: {
      required: true,
      note: 'The agreements must be documented and signed, and the requirements for them reviewed, so keep the templates, the executed copies and evidence of the periodic review.',
    },
  },
  'A.6.7': {
    meaning:
      'When people work from home, from client sites or while travelling, information faces risks that the office controls do not address, such as overlooking, insecure home networks, family members using devices and loss in transit. You need rules for remote work that cover which devices may be used, how connections are secured, where sensitive work is allowed, and how paper and screens are protected. Technical measures such as VPN or zero-trust access, full-disk encryption and device management usually underpin those rules. The rules should be risk-based, for example restricting work on highly confidential data in public places.',
    auditorQuestions: [
      'What rules apply to staff working outside the office and where are they published?',
      'How do you ensure remote devices are encrypted, patched and centrally managed?',
      'Are personal devices permitted for remote work, and if so under what conditions?',
      'How do remote workers dispose of printed confidential material?',
      'How would you detect a remote connection from an unmanaged device?',
    ],
    typicalEvidence: [
      'Remote working policy or standard acknowledged by staff',
      'Device management console reports showing encryption and compliance status',
      'VPN or access gateway configuration enforcing authentication and device posture',
      'Remote working risk assessment or home-working checklist',
    ],
    commonGaps: [
      'Policy written for occasional home working but never updated for hybrid working at scale',
      'Personal devices used to access email with no management or conditional access',
      'No guidance on printing or storing paper records at home',
      'Remote access allowed from any country without assessment',
    ],
    documentedInformation: {
      required: false,
      note: 'No specific document is mandated, though organisations almost always publish a remote working policy and retain device compliance reports as proof the measures operate.',
    },
  },
  'A.6.8': {
    meaning:
      'Staff and contractors need a simple, well-known and fast way to report anything that looks like a security problem, such as a suspicious email, a lost laptop or a door left propped open. The channel must be easy to reach (a phishing button, a hotline, a service desk category), and people should feel safe reporting without fear of blame. Reports need to reach the people who can triage them promptly. The value of this control shows in reporting volumes and timeliness: silence usually means people do not know how or do not trust the process.',
    auditorQuestions: [
      'How would a new starter know where to report a suspected security event?',
      'What channels exist for reporting, and are they available outside office hours?',
      'How many events were reported in the last quarter and how quickly were they acknowledged?',
      'Can third parties such as suppliers report events to you, and how?',
    ],
    typicalEvidence: [
      'Published reporting instructions on the intranet, posters or induction material',
      'Service desk or ticketing category for security events with sample tickets',
      'Phishing report button statistics',
      'Trend figures on reported events and time to acknowledgement',
    ],
    commonGaps: [
      'Reporting instructions buried in a long policy that few people read',
      'Reports sent to a shared mailbox that nobody monitors at weekends',
      'Staff fear being blamed and so delay or avoid reporting their own mistakes',
      'Suppliers and contractors have no defined reporting route',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for a reporting mechanism rather than a document; most organisations keep published reporting instructions and the tickets or logs generated by reports.',
    },
  },
  'A.7.1': {
    meaning:
      'Decide where the boundaries around your sensitive information and equipment lie, and make those boundaries physically effective. A perimeter might be the building envelope, a floor, a server room or a locked cabinet, and the strength should match what is inside. Walls, doors, windows and roofs should have no obvious weak points, and fire exits should alarm and close automatically. In shared or leased buildings, the organisation must understand which parts of the perimeter it controls and which are managed by the landlord.',
    auditorQuestions: [
      'Where have you drawn the security perimeters for each site, and how did you decide?',
      'Can you show me a floor plan marking the secure zones?',
      'Who is responsible for the perimeter in shared or leased premises?',
      'When did someone last walk the perimeter looking for weaknesses such as unlocked windows or broken closers?',
    ],
    typicalEvidence: [
      'Site plans marking perimeters and zone classifications',
      'Physical security risk assessment for each site',
      'Landlord or facilities agreements describing building security responsibilities',
      'Perimeter inspection records',
    ],
    commonGaps: [
      'Perimeters never formally defined, so nobody knows which rooms require extra protection',
      'Fire doors propped open or alarms disabled for convenience',
      'Ground-floor windows near equipment rooms lack locks or film',
    ],
    documentedInformation: {
      required: false,
      note: 'Perimeters must be defined but the control does not require a document; site plans and physical risk assessments are the usual way to show the definition.',
    },
  },
  'A.7.2': {
    meaning:
      'Only people with a legitimate reason should be able to get into secure areas, and you should know who went in and when. Typical measures include badge or key access, reception procedures for visitors, escorts, visitor badges and a logged record of entry. Delivery and loading points should be arranged so that couriers do not pass through secure areas. Access rights to physical zones need the same joiner, mover and leaver discipline as logical access, including periodic review.',
    auditorQuestions: [
      'How are physical access rights requested, approved and removed?',
      'Can you show me the visitor log for last week and explain how visitors are escorted?',
      'When did you last review who holds access to the server room?',
      'How are deliveries received without giving couriers access to the office floor?',
      'What happens to badges or keys when someone leaves?',
    ],
    typicalEvidence: [
      'Access control system reports of badge holders per zone',
      'Visitor logs or visitor management system records',
      'Periodic access review records for restricted areas',
      'Procedure for issuing and recovering keys and badges',
    ],
    commonGaps: [
      'Former employees still holding active badges months after leaving',
      'Tailgating tolerated as normal behaviour',
      'Physical keys issued with no register of holders',
      'Visitors left unescorted once signed in',
    ],
    documentedInformation: {
      required: false,
      note: 'Nothing specific must be documented, but auditors will expect access logs, visitor records and a key register as evidence that entry controls operate.',
    },
  },
  'A.7.3': {
    meaning:
      'Individual offices, rooms and facilities that hold sensitive information or equipment should be physically secured in a way that fits their purpose. That might mean locked doors on HR or finance offices, keeping key facilities out of public view, and avoiding signage that advertises where valuable assets are kept. Meeting rooms used for confidential discussions may need soundproofing or screening from windows. The design should be based on what the room contains and who can get near it.',
    auditorQuestions: [
      'Which rooms or facilities have been identified as needing additional protection?',
      'How are those rooms secured when unoccupied?',
      'Is there any signage or directory information that reveals the location of sensitive facilities?',
      'How do you protect confidential meetings from being overheard or seen from outside?',
    ],
    typicalEvidence: [
      'List of sensitive rooms with the protection applied to each',
      'Photographs or inspection notes from a physical walkthrough',
      'Lock and key or badge configuration for protected rooms',
      'Facility design standards for new offices',
    ],
    commonGaps: [
      'Comms cupboards used as general storage and left unlocked',
      'Whiteboards in glass-walled meeting rooms visible from the street',
      'Building directories that label the data centre or server room',
    ],
    documentedInformation: {
      required: false,
      note: 'The control is satisfied by physical measures rather than paperwork; a simple register of protected rooms and walkthrough notes is what organisations typically keep.',
    },
  },
  'A.7.4': {
    meaning:
      'New in the 2022 edition, this control expects premises to be watched continuously so that unauthorised physical access is spotted, not merely prevented. Options include CCTV, intruder alarms, door-forced and door-held-open alerts, and guarding, chosen according to the risk at each site. Monitoring only works if somebody responds: alerts must go to a guard station, alarm receiving centre or on-call person with clear instructions. Recorded footage must be handled in line with privacy law, which usually requires signage, retention limits and restricted viewing.',
    auditorQuestions: [
      'What monitoring is in place at each site and how was the level chosen?',
      'Who receives intruder or door alarms out of hours, and how quickly do they respond?',
      'How long is CCTV footage kept and who can view it?',
      'When were the cameras and alarms last tested, and were any blind spots found?',
      'Have you completed a privacy assessment for video surveillance?',
    ],
    typicalEvidence: [
      'CCTV camera plan showing coverage of entrances and sensitive areas',
      'Alarm monitoring contract and response procedure',
      'Test and maintenance records for alarms and cameras',
      'Alarm or incident logs with follow-up actions',
      'Data protection impact assessment or CCTV policy',
    ],
    commonGaps: [
      'Cameras installed but footage never reviewed and alerts not routed to anyone',
      'Recording systems have failed silently and nobody noticed',
      'No privacy notice or retention limit for CCTV',
      'Organisations in shared offices assuming the landlord monitors without confirming it',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not call for a document, yet organisations generally keep a camera and sensor plan, monitoring contracts and test records, plus the privacy paperwork that surveillance law demands.',
    },
  },
  'A.7.5': {
    meaning:
      'Identify the natural and man-made physical hazards that could affect your sites and the equipment in them, then put proportionate protection in place. Hazards include fire, flooding, storms, extreme heat, earthquakes, explosions, civil unrest and leaks from neighbouring premises. Protection can include fire detection and suppression, raised floors, water sensors, location choices and structural measures. With growing climate-related weather extremes, organisations are well advised to revisit these assessments rather than treat them as fixed.',
    auditorQuestions: [
      'Which environmental threats did you assess for each site, and when?',
      'What fire detection and suppression is installed where critical equipment sits?',
      'Is any key equipment located below ground or beneath water pipes?',
      'When was the suppression system last inspected?',
      'How have climate-related risks such as flooding or heatwaves been factored in?',
    ],
    typicalEvidence: [
      'Site threat assessment covering environmental and man-made hazards',
      'Fire system inspection and servicing certificates',
      'Water leak detection and temperature monitoring alerts',
      'Insurance or landlord surveys on building resilience',
    ],
    commonGaps: [
      'Server rooms with water pipes running overhead and no leak detection',
      'Fire suppression service certificates out of date',
      'Hazard assessment done once at move-in and never refreshed',
      'Reliance on a cloud provider’s resilience without considering on-premises network equipment',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is specified by the control, but a site hazard assessment and inspection certificates for fire and environmental systems are the normal evidence base.',
    },
  },
  'A.7.6': {
    meaning:
      'Once you have secure areas, the behaviour of people inside them needs rules too. Examples include banning unsupervised working by visitors or contractors, restricting photography and personal recording devices, keeping empty secure areas locked and checked, and only revealing the existence or purpose of a secure area on a need-to-know basis. The rules should be communicated to everyone allowed in, including third-party engineers. They work best when they are posted at the entrance and enforced by whoever supervises the area.',
    auditorQuestions: [
      'What rules apply to people working inside the data centre or other secure areas?',
      'How are visiting engineers supervised while they work?',
      'Are mobile phones or cameras restricted, and how is that enforced?',
      'How do people authorised to enter learn these rules?',
    ],
    typicalEvidence: [
      'Secure area rules posted at entry points or in a site handbook',
      'Escort logs for third-party engineers',
      'Signed acknowledgement of secure area rules by authorised personnel',
      'Colocation provider rules where equipment is hosted externally',
    ],
    commonGaps: [
      'Supplier engineers left alone in the server room to finish work',
      'Secure area rules exist on paper but nobody who enters has seen them',
      'Photography of racks and labels shared freely in support tickets',
    ],
    documentedInformation: {
      required: false,
      note: 'Measures must be designed and applied, but a written document is not mandated; most organisations nonetheless post secure area rules and keep escort or entry records.',
    },
  },
  'A.7.7': {
    meaning:
      'Information left on desks, printers, whiteboards or unlocked screens is easy to read, photograph or take. A clear desk and clear screen rule tells people to lock away sensitive paper and removable media when not in use, lock their screens when stepping away, and collect printouts immediately. Technical support helps: automatic screen locks, secure pull printing and notification settings that hide content on lock screens. The rule should be checked, for example through periodic after-hours walkrounds, and applied to home working as well.',
    auditorQuestions: [
      'What does your clear desk and clear screen rule require of staff?',
      'What is the automatic screen lock timeout, and is it enforced centrally?',
      'When did you last carry out a clear desk check and what did it find?',
      'How are printouts left at shared printers dealt with?',
    ],
    typicalEvidence: [
      'Clear desk and clear screen policy or section in the acceptable use policy',
      'Group policy or device management setting for screen lock timeout',
      'Results of after-hours desk sweeps',
      'Secure print or follow-me printing configuration',
    ],
    commonGaps: [
      'Passwords on sticky notes attached to monitors',
      'Screen lock timeout set locally and easily disabled by users',
      'Confidential documents abandoned at printers overnight',
      'Whiteboards left full after sensitive meetings',
    ],
    documentedInformation: {
      required: false,
      note: 'Rules must be defined and enforced, but the control stops short of requiring a document; in practice the rules live in a policy and desk-check results provide the evidence.',
    },
  },
  'A.7.8': {
    meaning:
      'Equipment should be positioned and protected so that it is less exposed to damage, interference, theft and unauthorised viewing. Examples include placing screens that show confidential data away from windows and public areas, keeping servers off the floor and away from heat or water sources, and controlling food, drink and smoking near equipment. Environmental conditions such as temperature and humidity should be monitored where equipment is sensitive to them. Lightning protection and electromagnetic shielding may matter in some settings.',
    auditorQuestions: [
      'How was the placement of servers and network equipment decided?',
      'Are screens showing sensitive information visible to visitors or passers-by?',
      'How is temperature and humidity monitored in equipment rooms?',
      'What measures protect equipment against theft in shared spaces?',
    ],
    typicalEvidence: [
      'Equipment room layout and environmental monitoring dashboards',
      'Walkthrough observations or photos of equipment placement',
      'Cable locks or secured racks for equipment in shared spaces',
      'Facilities rules on food and drink near equipment',
    ],
    commonGaps: [
      'Reception screens facing the public displaying customer data',
      'Network switches sitting on the floor in open office corners',
      'No temperature alerting in small server cupboards',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is required; organisations typically rely on room layouts, environmental monitoring logs and walkthrough notes to show equipment is sited sensibly.',
    },
  },
  'A.7.9': {
    meaning:
      'Laptops, phones, tablets and any other organisational assets used outside your premises face theft, loss and tampering, so they need protection proportionate to the information they carry. Typical measures are encryption, remote wipe, rules against leaving devices unattended in vehicles or public places, and tracking which assets are off-site and with whom. Equipment that stays permanently outside, such as devices at a customer site or antennas, needs its own consideration. Taking assets across borders may raise legal issues, for example around encryption export.',
    auditorQuestions: [
      'How do you know which assets are currently off-site and who holds them?',
      'What protections apply to a laptop left in a car or a hotel room?',
      'How quickly can you remotely wipe a lost mobile device, and has it been tested?',
      'What rules apply when staff travel abroad with company devices?',
    ],
    typicalEvidence: [
      'Asset register with custodian and location fields',
      'Device management reports showing encryption and remote wipe capability',
      'Lost or stolen device incident records and their handling',
      'Travel security guidance for staff',
    ],
    commonGaps: [
      'Lost devices reported days late because staff do not know it matters',
      'Unencrypted USB drives used to transport data between sites',
      'No visibility of equipment installed permanently at third-party locations',
    ],
    documentedInformation: {
      required: false,
      note: 'The control asks for protection, not paperwork; asset registers showing custodians and device compliance reports are what organisations normally produce.',
    },
  },
  'A.7.10': {
    meaning:
      'Removable and storage media, from USB sticks and external drives to backup tapes and paper, should be managed from acquisition through to destruction according to how sensitive the information on them is. That includes deciding whether removable media are allowed at all, encrypting them when they are, controlling who can write to them, keeping track of high-value media, and storing them in suitable conditions. Media in transit need protection against interception or loss. Degradation over time is a risk for long-term storage, so important data may need copying to fresh media.',
    auditorQuestions: [
      'Is the use of removable media permitted, and how is that enforced technically?',
      'How are backup media or archive drives tracked and stored?',
      'How is media transported between sites or to a storage provider?',
      'How do you handle media that reach end of life?',
      'How do your media handling rules link to the information classification scheme?',
    ],
    typicalEvidence: [
      'Removable media policy or handling standard tied to classification',
      'Endpoint controls blocking or encrypting USB storage',
      'Media inventory or tape tracking logs',
      'Courier or transport records for media movements',
      'Certificates of destruction for retired media',
    ],
    commonGaps: [
      'USB storage permitted everywhere with no encryption requirement',
      'Backup tapes sent off-site without a manifest or tracking',
      'No link between media handling rules and the classification labels',
      'Old drives stockpiled in a cupboard awaiting disposal indefinitely',
    ],
    documentedInformation: {
      required: false,
      note: 'The standard does not require a dedicated document here, although organisations usually maintain handling rules and media tracking logs to show life-cycle control.',
    },
  },
  'A.7.11': {
    meaning:
      'Information processing depends on electricity, telecommunications, cooling, water and similar services, and their failure can be as damaging as an attack. You should know which utilities your critical systems rely on, size them for demand, and provide resilience such as UPS, generators, dual power feeds or diverse network links where risk warrants. Those backups need regular testing under load, and alarms should alert when a utility fails. For cloud-heavy organisations the focus shifts to office connectivity and network equipment, plus assurance from providers.',
    auditorQuestions: [
      'Which utilities do your critical systems depend on, and where are the single points of failure?',
      'When were the UPS and generator last tested under load, and what was the result?',
      'How are you alerted if cooling fails in an equipment room?',
      'Do you have diverse internet connectivity for sites that must keep working?',
    ],
    typicalEvidence: [
      'UPS and generator maintenance and load test reports',
      'Environmental and power monitoring alerts',
      'Network design showing diverse connectivity',
      'Supplier assurance reports covering hosting provider utility resilience',
    ],
    commonGaps: [
      'UPS batteries beyond their service life and never tested',
      'Generator fuel supply insufficient for a realistic outage duration',
      'Single internet connection despite business reliance on cloud services',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is called for by the control; test reports and maintenance records for utility equipment are the customary evidence.',
    },
  },
  'A.7.12': {
    meaning:
      'Power and data cabling should be protected from interception, interference and accidental or deliberate damage. Practical measures include routing cables underground or in conduit, separating power from data cables to avoid interference, locking patch panels and cable rooms, and labelling cables so that changes do not cause mistakes. For highly sensitive environments, armoured conduit, fibre optics or inspection for unauthorised devices may be justified. Organisations that rely on landlord-managed risers should confirm how those spaces are secured.',
    auditorQuestions: [
      'How are network cabinets and patch panels secured?',
      'Are cables labelled and is there up-to-date cabling documentation?',
      'Where does cabling pass through public or shared areas, and how is it protected?',
      'Has anyone checked for unauthorised devices attached to your network points?',
    ],
    typicalEvidence: [
      'Cabling diagrams and labelling schemes',
      'Photographs or inspection records of cable routes and locked cabinets',
      'Network access control configuration preventing rogue connections',
      'Facilities or landlord documentation on shared risers',
    ],
    commonGaps: [
      'Patch panels in unlocked cupboards accessible to cleaners and visitors',
      'Network ports live in reception and meeting rooms without access control',
      'Cabling records out of date after office refits',
    ],
    documentedInformation: {
      required: false,
      note: 'Cabling protection is a physical matter and the control does not require a document; cabling diagrams and cabinet inspection records are what organisations usually hold.',
    },
  },
  'A.7.13': {
    meaning:
      'Equipment should be maintained correctly so that it stays available and does not compromise the information it holds. That means following manufacturer service intervals, using only authorised maintenance staff, recording faults and repairs, and controlling what happens when equipment goes away for repair, for example removing or encrypting data beforehand. Remote maintenance by suppliers needs supervision and controlled access. Insurance or warranty conditions may also dictate maintenance requirements.',
    auditorQuestions: [
      'How do you know which equipment needs maintenance and when it is due?',
      'Who is allowed to carry out maintenance, and how are supplier engineers authorised?',
      'What happens to data on a device before it is sent out for repair?',
      'How is remote maintenance access by vendors controlled and recorded?',
    ],
    typicalEvidence: [
      'Maintenance schedule and service records for critical equipment',
      'Support contracts with hardware vendors',
      'Fault and repair logs',
      'Remote support session logs or access approvals',
    ],
    commonGaps: [
      'Equipment returned to vendors under warranty with data still on the disks',
      'Maintenance overdue on air conditioning or UPS units',
      'Vendor remote access left permanently enabled after a support call',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not insist on documentation, but maintenance schedules, service reports and fault logs are the standard way organisations demonstrate it.',
    },
  },
  'A.7.14': {
    meaning:
      'Before equipment that contains storage is thrown away, sold, donated or handed to someone else internally, you must be confident that sensitive data and licensed software have been removed or made unrecoverable. Methods range from certified overwriting and cryptographic erasure to physical destruction, chosen according to media type and data sensitivity. Damaged devices need a decision on whether repair or destruction is safer. Where a disposal contractor is used, you should have contractual assurances and destruction certificates that tie back to specific serial numbers.',
    auditorQuestions: [
      'What happens to a laptop when it is retired or reissued to another user?',
      'Which wiping or destruction methods do you use for different media types?',
      'Can you match destruction certificates to specific assets in the register?',
      'How do you vet and oversee your disposal contractor?',
      'Are printers, copiers and network devices with internal storage included in the process?',
    ],
    typicalEvidence: [
      'Secure disposal and re-use procedure',
      'Wiping tool reports or cryptographic erase logs',
      'Certificates of destruction listing serial numbers',
      'Asset register showing disposal status and dates',
      'Contract with the disposal provider including security requirements',
    ],
    commonGaps: [
      'Multifunction printers returned at lease end with stored scanned documents',
      'Certificates of destruction covering a batch without serial numbers',
      'Laptops reissued to new staff after a simple reinstall without a secure wipe',
      'Old equipment stockpiled for months before disposal with no protection',
    ],
    documentedInformation: {
      required: false,
      note: 'The control sets an outcome rather than a documentation requirement; even so, organisations keep wipe logs and destruction certificates because they are the only practical proof data was removed.',
    },
  },
};
