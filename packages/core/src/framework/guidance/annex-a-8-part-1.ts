import type { RequirementGuidance } from '../guidance.ts';

/** Certa's own practitioner guidance for ISO/IEC 27001:2022 Annex A controls A.8.1 to A.8.17. */
export const annexA8Part1Guidance: Record<string, RequirementGuidance> = {
  'A.8.1': {
    meaning:
      "This control is about the laptops, desktops, phones and tablets people actually work on, whether the organisation issued them or staff bought them themselves. In practice every device that can reach organisational data is known, enrolled in a management tool and held to a minimum baseline: full-disk encryption, automatic screen lock, a supported operating system, current patches and endpoint protection. Where bring-your-own-device is allowed, the organisation needs a clear position on how work data is separated (for example a managed work profile or an app container) and what it is entitled to wipe remotely. A lost or stolen device should set off a known routine of remote lock or wipe plus an incident record. Auditors expect the fleet's compliance to be visible in a console, not assumed.",
    auditorQuestions: [
      'How do you know that every endpoint able to reach organisational information is enrolled in device management?',
      'What happens, technically and procedurally, when a laptop or phone is reported lost or stolen?',
      'Which settings are enforced on endpoints, and how is a non-compliant device kept away from company resources?',
      'Are personally owned devices permitted, and if so how is work data kept apart and removed when someone leaves?',
      'Could you show me the current encryption status of a sample of laptops I pick from the asset register?',
    ],
    typicalEvidence: [
      'Device compliance export from the MDM or UEM platform (for example Intune, Jamf or Kandji) showing enrolment, encryption and OS version per device',
      'Conditional access rules that refuse sign-in from unmanaged or non-compliant devices',
      'Endpoint and BYOD rules with staff acknowledgements',
      'Tickets for lost or stolen devices showing the remote wipe and the linked incident entry',
      'Reconciliation of the MDM device list against the hardware asset inventory',
    ],
    commonGaps: [
      'Devices listed in the asset register never appear in the MDM console, or the reverse',
      'Personal phones are tolerated for email and chat with no written position and no technical separation',
      'Encryption is enforced on Windows laptops while macOS or Linux developer machines are left out',
      'Compliance reports are generated but nobody reviews them or chases the exceptions',
    ],
    documentedInformation: {
      required: false,
      note: 'The control wording asks for protection of endpoint information, not for a document; most organisations still keep an endpoint or BYOD rule set under their topic-specific policies and retain MDM compliance reports as records.',
    },
  },
  'A.8.2': {
    meaning:
      'Administrator, root, domain admin, cloud owner and database superuser accounts are what attackers want most, so this control asks for such rights to be handed out sparingly and kept under close watch. Practically that means a defined approval path for elevated rights, separate admin identities distinct from everyday accounts, stronger sign-in for those identities and, where the platform supports it, time-limited or just-in-time elevation. Every privileged right should have a named holder and a business reason, and the whole population should be recertified on a fixed cycle. Shared and built-in accounts such as break-glass or service identities need vaulted credentials and a justification each time they are used. Use of elevated rights should leave a trail that someone can review.',
    auditorQuestions: [
      'Who approves a request for administrator rights, and where is that approval kept?',
      'Do administrators carry out privileged work from an account other than the one they use for email and browsing?',
      'When were privileged accounts last reviewed across cloud, directory and database platforms, and what was removed as a result?',
      'Where are break-glass and shared service credentials stored, and who is able to retrieve them?',
      'Is privileged activity logged, and who actually looks at those logs?',
    ],
    typicalEvidence: [
      'Membership export of privileged groups and roles (for example Domain Admins, Entra ID Global Administrator, AWS administrator policies)',
      'Requests and approvals for elevated rights from the ticketing or identity governance tool',
      'Checkout history from the privileged access management vault or just-in-time elevation logs',
      'Signed-off recertification of privileged accounts',
      'SIEM reports covering privileged sign-ins and role assignments',
    ],
    commonGaps: [
      'Developers or IT staff hold standing global admin rights "for convenience"',
      'Elevated rights are attached to the same account used for everyday work',
      'Privileged access reviews cover the directory but ignore SaaS admin consoles and cloud accounts',
      'Break-glass passwords are known to several people and have never been rotated',
      'Privileged accounts or API keys belonging to leavers remain active',
    ],
    documentedInformation: {
      required: false,
      note: 'Nothing written is mandated by this control; auditors nonetheless expect approval and recertification records, and many organisations describe their privileged access rules inside the access control policy.',
    },
  },
  'A.8.3': {
    meaning:
      'Where A.5.15 sets the rules for who may access what, this control is about enforcing those rules inside the systems that actually hold the information. Applications, file shares, databases and SaaS tools should be configured so that people see and change only what their role needs, normally through role-based groups rather than one-off individual grants. Anonymous links, "everyone" permissions and permissive default sharing settings are the classic weak points. An organisation doing this well can show a permission model for each key system and demonstrate that it matches what the policy intends. Time-bound sharing or access driven by classification labels are signs of a more mature approach.',
    auditorQuestions: [
      'For this critical system, how are permissions structured, and who decides what each role can see?',
      'How do you find and remove "anyone with the link" or organisation-wide sharing on sensitive files?',
      'Can you walk me through how the roles in this application line up with the roles in your access control policy?',
      'Who can change permissions in the system, and is each change recorded?',
      'How is access restricted for external guests and contractors in your collaboration platforms?',
    ],
    typicalEvidence: [
      'Role and permission matrix for each key application',
      'Sharing reports from Microsoft 365, Google Workspace or Box listing external and public links',
      'Exports or screenshots of group-based folder permissions',
      'Results of a sample test comparing job roles with the permissions actually granted',
      'Guest access settings together with guest account review records',
    ],
    commonGaps: [
      'File shares grant write access to "Everyone" or "Authenticated Users"',
      'Permissions are assigned directly to individuals, which makes any review impractical',
      'Public links to sensitive documents were created without an expiry date',
      'Application roles have drifted away from what the access control policy describes',
    ],
    documentedInformation: {
      required: false,
      note: 'This control leans on the access control policy already demanded under A.5.15 and adds no document of its own; a per-system permission matrix is the record auditors find most useful.',
    },
  },
  'A.8.4': {
    meaning:
      'Source code, build scripts, infrastructure-as-code and the tooling around them are valuable, and if tampered with they can plant backdoors in everything the organisation ships. The control expects read and write access to repositories to be limited to the people who need it, with changes to protected branches gated by peer review. In day-to-day terms this covers repository permissions in GitHub, GitLab or Azure DevOps, branch protection rules, commit signing or comparable integrity checks, and secret scanning so credentials do not leak through code. Deploy keys, CI tokens and third-party apps with repository access belong in scope too. Organisations that write no software may find it only narrowly applicable, for example to scripts or configuration repositories, and should explain that in the SoA.',
    auditorQuestions: [
      'Who holds write or admin access to your repositories, and how is that list reviewed?',
      'Can anyone push straight to the main branch, or is a reviewed pull request enforced?',
      'How do you make sure departing employees and contractors lose repository access on their last day?',
      'What stops secrets such as API keys from being committed to code?',
      'Are deploy keys, tokens and third-party integrations with repository access inventoried?',
    ],
    typicalEvidence: [
      'Organisation membership and team permission export from the source control platform',
      'Branch protection or ruleset configuration showing required reviews and status checks',
      'Secret scanning and push protection reports',
      'Audit log extract from the source code platform showing permission changes',
      'Offboarding tickets that include removal from the code hosting organisation',
    ],
    commonGaps: [
      'A large number of people hold owner or admin rights over repositories',
      'Contractor accounts stay in the organisation long after their engagement ended',
      'Branch protection is switched off on repositories that deploy to production',
      'Personal access tokens with broad scope and no expiry date are in circulation',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is demanded by the control text; organisations commonly keep a short secure development standard covering repository access, alongside permission exports from the code platform.',
    },
  },
  'A.8.5': {
    meaning:
      'This control concerns how users and systems prove who they are before they get in. The strength of authentication should rise with the sensitivity of what sits behind it, which today generally means multi-factor authentication for remote access, cloud administration and any internet-facing service holding confidential data. Practical elements include single sign-on through a central identity provider, phishing-resistant factors such as FIDO2 keys for high-risk roles, throttling or lockout against password guessing, and login screens that do not reveal whether the user name or the password was wrong. Password rules should reflect current thinking, favouring length and breached-password checks over forced periodic changes. Service accounts and other machine identities deserve equal care through keys, certificates or managed identities.',
    auditorQuestions: [
      'Which systems can be reached without multi-factor authentication, and why?',
      'How do you handle applications that cannot connect to your single sign-on provider?',
      'What protection is in place against password spraying and credential stuffing on internet-facing logins?',
      'How is a user re-enrolled when they lose the phone or security key holding their second factor?',
      'How do non-human identities such as service accounts authenticate?',
    ],
    typicalEvidence: [
      'Identity provider report of MFA registration and enforcement per user',
      'Conditional access or sign-on policy configuration',
      'List of applications integrated with SSO plus the register of exceptions',
      'Password settings exported from the directory',
      'Service desk procedure for verifying identity before resetting an authentication factor',
    ],
    commonGaps: [
      'Legacy protocols such as IMAP, POP or basic authentication remain enabled and sidestep MFA',
      'Staff are forced to use MFA while administrators of a SaaS tool run outside IT are not',
      'SMS one-time codes are the only second factor available for privileged roles',
      'The service desk resets a second factor after a phone call without checking the caller',
    ],
    documentedInformation: {
      required: false,
      note: 'Authentication is expected to follow the access control rules rather than a new document created for this control; organisations usually write an authentication standard and keep identity provider configuration exports.',
    },
  },
  'A.8.6': {
    meaning:
      'Running out of disk, memory, licences, bandwidth or cloud quota can take a service down as surely as an attack, so this control treats capacity as an availability risk. The organisation monitors utilisation of its key resources, sets thresholds that warn well before saturation, and forecasts demand from business plans such as new customers, product launches or seasonal peaks. In cloud environments the concern shifts to auto-scaling limits, service quotas and spending ceilings rather than physical hardware. Human capacity, meaning enough skilled people to run the services, is legitimately part of the picture as well. Auditors look for proof that capacity problems are noticed and acted on, not merely graphed.',
    auditorQuestions: [
      'Which systems have you identified as capacity-critical, and what thresholds raise an alert?',
      'Could you show me a recent capacity alert and what was done in response?',
      'How does planned business growth feed into infrastructure and licence planning?',
      'Are cloud service quotas and auto-scaling limits watched?',
      'Has any incident in the past year been caused by a resource running out?',
    ],
    typicalEvidence: [
      'Monitoring dashboards and alert rules from tools such as Datadog, Prometheus with Grafana, Azure Monitor or CloudWatch',
      'Minutes of capacity or performance reviews including forecasts',
      'Auto-scaling configuration and records of quota increase requests',
      'Incident or problem records linked to resource exhaustion',
      'Storage and licence utilisation reports',
    ],
    commonGaps: [
      'Monitoring is installed but alert thresholds were never set or are routinely ignored',
      'There is no forward-looking planning, so capacity is only addressed after an outage',
      'Log and backup storage quietly fills up until jobs start failing',
      'Limits in critical SaaS services, such as storage tiers or API rate caps, were never considered',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not ask for a written plan; many organisations nevertheless keep a capacity plan or periodic performance review notes for their critical services.',
    },
  },
  'A.8.7': {
    meaning:
      'Defending against malicious software today combines technology with user behaviour: endpoint detection and response on devices and servers, email and web filtering, application allow-listing where feasible, and staff who can recognise and report a suspicious attachment. The control expects protection to be deployed across the estate, kept up to date and monitored centrally so that every detection leads to action. It also covers stopping users from switching protection off, limiting their ability to run unapproved software, and having a response path once something is found. Coverage gaps on Linux servers, container hosts or unmanaged laptops are where auditors usually dig.',
    auditorQuestions: [
      'What share of endpoints and servers report to the EDR or antivirus console, and how do you verify that figure?',
      'Who reviews malware detections, and how quickly are they triaged?',
      'Can a user disable or uninstall the endpoint agent?',
      'How are email attachments and links screened before they reach users?',
      'How do you protect systems that cannot run an agent, such as appliances or legacy servers?',
    ],
    typicalEvidence: [
      'EDR console export (for example Microsoft Defender, CrowdStrike or SentinelOne) with agent health and definition status per device',
      'Email security gateway reports of blocked malicious messages',
      'Detection tickets with triage notes and outcomes',
      'Tamper protection settings from the endpoint platform',
      'Phishing awareness training and simulation results',
    ],
    commonGaps: [
      'The agent count in the EDR console falls well short of the number of assets in the inventory',
      'Alerts fire out of hours with nobody assigned to look at them',
      'Servers are excluded from scanning without any compensating measure being recorded',
      'Users with local admin rights can turn protection off',
    ],
    documentedInformation: {
      required: false,
      note: 'No written material is required by the control; auditors usually see an anti-malware standard and then rely on EDR coverage figures and detection records.',
    },
  },
  'A.8.8': {
    meaning:
      'The organisation needs a working cycle that finds weaknesses in its technology, decides how urgent each one is and gets it fixed or otherwise mitigated within agreed time frames. That cycle starts from an accurate asset list feeding authenticated vulnerability scanning, software composition analysis for code dependencies, vendor advisories and periodic penetration tests. Remediation deadlines, for instance fourteen days for critical findings, should be defined and measured, with a formal risk acceptance when a fix is not possible. Internet-facing systems and vulnerabilities known to be actively exploited, such as those on the CISA KEV catalogue, deserve priority. Software that has reached end of life and will never be patched again also falls under this control.',
    auditorQuestions: [
      'How do you make sure every in-scope asset is covered by vulnerability scanning?',
      'What remediation deadlines apply to critical and high findings, and how often are they met?',
      'Could you show me the open critical vulnerabilities that are past their deadline and the decision recorded for each?',
      'How do you learn about new vulnerabilities in the software you use, including open-source libraries?',
      'When was the last penetration test, and have all of its findings been closed?',
    ],
    typicalEvidence: [
      'Vulnerability scanner exports (for example Tenable, Qualys or Rapid7) showing the trend of open findings by severity',
      'Patch compliance reports from WSUS, Intune or a dedicated patch management tool',
      'Dependency scanning results from tools such as Dependabot or Snyk',
      'Penetration test report with its remediation tracker',
      'Risk acceptance records for vulnerabilities that remain unpatched',
    ],
    commonGaps: [
      'Scanning covers only external IP addresses, leaving internal networks and cloud workloads unchecked',
      'Unauthenticated scans give a falsely reassuring picture',
      'No remediation deadlines exist, or they exist but are never measured',
      'End-of-life operating systems keep running with neither an exception nor a replacement plan',
      'Penetration test findings from previous years are still open',
    ],
    documentedInformation: {
      required: false,
      note: 'The control wording sets no documentation duty; in practice organisations write a vulnerability management procedure with remediation timelines and retain scan and patch reports.',
    },
  },
  'A.8.9': {
    meaning:
      'New in the 2022 edition, this control asks the organisation to decide how its hardware, software, cloud services and networks should be set up securely, write those settings down, apply them and check that they stay that way. Secure baselines are often derived from CIS Benchmarks or vendor hardening guides and then tailored to local needs. Changes to a configuration should pass through change control, and drift from the baseline should be detected, ideally automatically with configuration management or cloud security posture tools. Infrastructure-as-code and policy-as-code make the control much easier to prove, because the intended state lives in version control. At a minimum, default passwords, sample accounts and unneeded services should be gone before a system goes live.',
    auditorQuestions: [
      'Which secure baselines have you defined, and for which platforms?',
      'How do you detect a system drifting away from its approved configuration?',
      'Who approves changes to a baseline, and when was each baseline last reviewed?',
      'How are cloud account settings, such as public storage buckets, checked against your standard?',
      'Can you show me that a newly built server or laptop received the baseline?',
    ],
    typicalEvidence: [
      'Approved configuration baselines or hardening standards with version history',
      'Cloud security posture or compliance scanner reports (for example Defender for Cloud, AWS Config or Wiz) listing deviations',
      'Infrastructure-as-code repositories and the policy checks run in the pipeline',
      'MDM configuration profiles with their compliance results',
      'Change records for modifications to baselines',
    ],
    commonGaps: [
      'Baselines exist only in the heads of a few engineers',
      'The hardening standard was written years ago and never checked against current product versions',
      'Nothing monitors for drift, so manual changes go unnoticed',
      'Network device configurations are neither backed up nor compared with an approved version',
    ],
    documentedInformation: {
      required: true,
      note: 'Yes: the control itself expects configurations, security settings included, to be documented, so auditors will ask for recorded baselines or templates and evidence that they are monitored and reviewed; configuration held as code in version control can satisfy this.',
    },
  },
  'A.8.10': {
    meaning:
      'Introduced in 2022, this control is about actually getting rid of information once it is no longer needed instead of letting it pile up indefinitely. It turns retention rules into action: data past its retention period, or data a person has asked to have erased under privacy law, should be removed from live systems and, where feasible, from backups and supplier environments. The deletion method should suit the sensitivity, ranging from ordinary deletion for low-risk data to cryptographic erasure or certified destruction of storage media. For cloud and SaaS services the organisation should know what the contract promises about deletion when the service ends. Certificates or logs of deletion show that the process is real.',
    auditorQuestions: [
      'How do you identify information that has passed its retention period, and who triggers its deletion?',
      "How do you handle a data subject's erasure request across every system, including backups?",
      'What wiping methods are applied to laptops, disks and phones before reuse or disposal?',
      'What do your cloud and SaaS contracts say about deleting your data at the end of the service?',
      'Can you show me a record proving that a specific set of information was deleted?',
    ],
    typicalEvidence: [
      'Retention schedule mapped to systems, with deletion responsibilities assigned',
      'Automated retention or lifecycle rules (for example Microsoft Purview retention policies or S3 lifecycle rules)',
      'Certificates of destruction or wiping from disposal vendors',
      'Log of erasure requests with completion dates',
      'Supplier contract clauses or attestations about data deletion',
    ],
    commonGaps: [
      'Retention periods are defined on paper but nothing enforces deletion',
      'Test and development copies of production data are kept indefinitely',
      'Erasure requests are completed in the CRM but forgotten in marketing tools and spreadsheet exports',
      'A disposal vendor is used without ever supplying certificates of destruction',
    ],
    documentedInformation: {
      required: false,
      note: 'The control imposes no documentation duty of its own; organisations generally maintain a retention and deletion schedule and keep destruction certificates or deletion logs as proof.',
    },
  },
  'A.8.11': {
    meaning:
      'Added in 2022, data masking means hiding or transforming sensitive values so that people and systems see only what they genuinely need. Techniques include pseudonymisation, tokenisation, partial display such as showing only the last four digits of a card number, and synthetic data generated for testing. The most common practical uses are keeping real personal data out of development and test environments, limiting what support staff can view, and reducing exposure in analytics and reporting. Whether masking is needed should follow from data classification, legal drivers such as GDPR or PCI DSS, and the access rules the organisation has set. Teams should also weigh whether masked data could be re-identified once combined with other sources.',
    auditorQuestions: [
      'Where is production data used outside production, and how is it masked there?',
      'Which fields are classified as sensitive enough to be masked in screens or reports?',
      'Who can see unmasked values, and how is that privilege granted?',
      'How did you assess the risk of re-identification for pseudonymised data sets?',
      'Are masking rules retested when the database schema changes?',
    ],
    typicalEvidence: [
      'Masking or tokenisation rules as configured (for example dynamic data masking in SQL Server or Snowflake masking policies)',
      'Test data management procedure and the scripts it uses',
      'Screenshots of masked fields in support or CRM tools',
      'List of people holding unmasking privileges',
      'Data protection impact assessment that relies on pseudonymisation',
    ],
    commonGaps: [
      'Full copies of the production database are restored into test environments',
      'Values are masked in the user interface while exports and APIs still return raw data',
      'No inventory exists of which data fields need masking',
      'Pseudonymised data is treated as anonymous without any assessment',
    ],
    documentedInformation: {
      required: false,
      note: "Masking has to follow the organisation's policies, yet the control asks for no dedicated document; a test data standard together with the configured masking rules typically serves as the record.",
    },
  },
  'A.8.12': {
    meaning:
      'Another 2022 addition, this control asks for measures that stop sensitive information leaving through unauthorised channels, whether by accident or on purpose. That does not necessarily mean buying a dedicated DLP suite: the measures should fit the risk and may combine email rules, blocking of USB storage, restrictions on uploads to personal cloud storage, sensitivity labels and monitoring of unusually large downloads. The starting point is knowing which information is sensitive and where it normally flows. Alerts should reach someone able to tell a legitimate business transfer from a leak. Employee privacy and workplace monitoring law must be respected when these tools are switched on.',
    auditorQuestions: [
      'Which categories of information are you trying to stop from leaking, and through which channels?',
      'What happens when a user tries to email a file labelled confidential to a personal address?',
      'Are removable media and personal cloud storage blocked or monitored?',
      'Who reviews leakage alerts, and can you show me a recent one and its outcome?',
      'How did you confirm that monitoring staff in this way is lawful and proportionate?',
    ],
    typicalEvidence: [
      'DLP rule configuration (for example Microsoft Purview DLP, Google Workspace DLP or Netskope)',
      'DLP incident reports with triage records',
      'USB storage control settings from the MDM or EDR platform',
      'Sensitivity label adoption reports',
      'Employee privacy notice that explains the monitoring',
    ],
    commonGaps: [
      'DLP rules have sat in audit-only mode for years with nobody reviewing the matches',
      'Only email is covered, while browser uploads and file sync clients are ignored',
      'Without a classification scheme the rules have nothing meaningful to target',
      'Monitoring was deployed without informing staff or checking employment law',
    ],
    documentedInformation: {
      required: false,
      note: 'There is no explicit documentation requirement here; organisations usually keep their DLP rule configuration, a description of the monitored channels and alert handling records.',
    },
  },
  'A.8.13': {
    meaning:
      'Backups are the last line of defence against ransomware, accidental deletion and hardware failure, and this control expects copies of data, software and system images to be taken according to an agreed backup policy and proven to restore. The policy should set scope, frequency and retention in line with the recovery point and recovery time objectives that come out of continuity planning. At least one copy should be isolated from production, ideally immutable or offline, so that an attacker holding admin rights cannot wipe it. SaaS platforms such as Microsoft 365 or Salesforce are not automatically backed up in a restorable form and need a conscious decision. Restore tests, rather than green job reports, are what prove the control works.',
    auditorQuestions: [
      'What does your backup policy say about frequency, retention and which systems are covered?',
      'When was the last restore test for a critical system, and did it meet the recovery time objective?',
      'Could an attacker with domain admin rights delete or encrypt your backups?',
      'How are SaaS data and cloud workloads backed up?',
      'Who monitors failed backup jobs, and what happens next?',
    ],
    typicalEvidence: [
      'Approved backup policy or standard',
      'Job reports from backup tools such as Veeam, Commvault, Azure Backup or AWS Backup',
      'Restore test records showing date, system, outcome and time taken',
      'Immutable or offsite storage configuration',
      'Backup encryption settings',
    ],
    commonGaps: [
      'Restores are never tested, or the test recovers a single file rather than a whole system',
      'Backups sit inside the same domain and credential boundary as production',
      'Newly deployed systems are never added to the backup scope',
      'Failure notifications go to a mailbox that nobody reads',
    ],
    documentedInformation: {
      required: true,
      note: 'Yes, in effect: the control refers to an agreed topic-specific backup policy, so a written and approved backup policy is expected; restore test results are the records auditors ask for next.',
    },
  },
  'A.8.14': {
    meaning:
      'This control deals with having enough duplicate capability that the failure of a single component, site or provider does not halt critical services. The organisation should know the availability requirements of each service and identify single points of failure in power, network links, servers, storage and cloud regions. Redundancy can take the form of clustering, load balancing, multiple availability zones, dual internet links or a secondary data centre. Failover has to be exercised, because duplicate components that have never taken over often fail on the day they are needed. The investment should be proportionate to the availability the business actually requires.',
    auditorQuestions: [
      'Which services have defined availability requirements, and how does the architecture meet them?',
      'Where are your known single points of failure, and what was decided about each?',
      'When did you last test failover, and what did you learn?',
      'Do your cloud workloads span more than one availability zone or region?',
      'How would you keep operating if a key SaaS or hosting provider went offline?',
    ],
    typicalEvidence: [
      'Architecture diagrams showing duplicated components',
      'Failover test reports',
      'Cloud deployment configuration spread across zones or regions',
      'Supplier service levels for hosting, connectivity and power',
      'Uptime and availability monitoring reports',
    ],
    commonGaps: [
      "Redundancy is assumed from a supplier's marketing material without checking the contract",
      'Failover has never been tested',
      'Supposedly redundant components share a hidden dependency, such as a single DNS or identity provider',
      'Availability requirements were never agreed with the business',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not call for documented information; typically organisations keep architecture diagrams, agreed availability targets and failover test records.',
    },
  },
  'A.8.15': {
    meaning:
      'Logs are the record of what happened on systems, and they are essential for spotting attacks, investigating incidents and holding people accountable. The organisation should decide which events to capture (sign-ins, privileged actions, changes to security settings, access to sensitive data, system errors), make sure each source really emits them, and ship them somewhere they are kept for a defined period and cannot be quietly altered or removed. Because logs often contain personal data, access to them and their retention must respect privacy obligations. Central collection into a SIEM or log platform is the usual approach. Gathering logs is only half the job, since they also have to be analysed, which is where A.8.16 takes over.',
    auditorQuestions: [
      'Which event types must be logged on critical systems, and where is that defined?',
      'How long are logs retained, and does that period match legal and investigative needs?',
      'Who can delete or modify logs, including administrators of the systems that generate them?',
      'Can you show me that a sample of critical systems is sending logs to the central platform today?',
      'How do you find out when a log source stops sending?',
    ],
    typicalEvidence: [
      'Logging standard listing sources, events and retention periods',
      'Source inventory and ingestion health from the SIEM or log platform (for example Splunk, Microsoft Sentinel or Elastic)',
      'Retention and immutability settings for log storage',
      'Cloud audit logging configuration (for example AWS CloudTrail, Azure Activity Log or Google Workspace audit logs)',
      'Access list for the log platform',
    ],
    commonGaps: [
      'Critical SaaS applications are not connected to central logging',
      'Retention of only thirty days is too short to investigate intrusions that went unnoticed for months',
      'Administrators can clear the logs of the very systems they manage',
      'Nobody notices when a log source goes silent',
    ],
    documentedInformation: {
      required: true,
      note: 'Yes: the control expects logs to be produced and stored, and those logs are themselves retained records that must be protected; auditors also commonly look for a logging standard that defines sources, events and retention.',
    },
  },
  'A.8.16': {
    meaning:
      'One of the controls introduced in 2022, monitoring goes beyond collecting logs to actively watching networks, systems and applications for behaviour that looks out of place. In practice that means establishing what normal activity looks like, building detection rules and alerts, and having people, whether an internal team or a managed SOC, who evaluate alerts and escalate genuine incidents. Typical sources include the SIEM, EDR, network detection, cloud security alerts and identity protection signals. Detection should be mapped to known attack techniques, for example using MITRE ATT&CK, and tuned so that noise does not bury the alerts that matter. The hand-off into incident management under A.5.25 and A.5.26 should be clear.',
    auditorQuestions: [
      'Who watches security alerts, and which hours are covered?',
      'How were the detection rules chosen, and how often are they reviewed?',
      'Could you take me through an alert from last month, from detection to closure?',
      'How confident are you that your monitoring would catch a compromised administrator account?',
      'If a managed SOC is used, how do you oversee its performance?',
    ],
    typicalEvidence: [
      'SIEM detection rules and a catalogue of detection use cases',
      'Alert queue or case management export with triage timestamps',
      'Managed detection and response service reports measured against agreed service levels',
      'Records of rule tuning and false-positive analysis',
      'Escalations recorded in the incident register',
    ],
    commonGaps: [
      'Logs are collected but no alerting rules are switched on',
      'Alerts are looked at only during office hours, with no conscious decision about out-of-hours cover',
      "The outsourced SOC's monthly reports are filed without anyone reading them",
      'Alert fatigue leads to bulk closure of alerts without investigation',
    ],
    documentedInformation: {
      required: false,
      note: 'The control text asks for monitoring, not paperwork; organisations generally keep a detection use-case list, SOC runbooks and alert handling records to demonstrate it.',
    },
  },
  'A.8.17': {
    meaning:
      'When logs from different systems disagree about the time, reconstructing an incident turns into guesswork and evidence can lose its credibility. This control asks the organisation to synchronise system clocks to an agreed, reliable reference, usually via NTP from trusted internal servers that themselves follow public or GPS-based sources. Cloud platforms generally offer their own time services, which should be noted as the reference for those workloads. Time zones should be handled consistently, frequently by recording everything in UTC. Network devices, OT equipment and security appliances are the items most often forgotten.',
    auditorQuestions: [
      'What is your authoritative time source, and how do systems synchronise with it?',
      'How would you spot a server whose clock had drifted?',
      'Do all log sources use the same time zone or include a UTC offset?',
      'Are firewalls, switches and physical access control systems synchronised as well?',
    ],
    typicalEvidence: [
      'NTP configuration from domain controllers, servers and network devices',
      'Group Policy or configuration management settings for time synchronisation',
      'Output of time status commands such as w32tm /query /status or chronyc tracking',
      'Architecture notes naming the cloud provider time service used as the reference',
      'Timestamp normalisation settings in the SIEM',
    ],
    commonGaps: [
      'Firewalls and switches run on default or unsynchronised clocks',
      'Log sources use a mix of time zones with no normalisation',
      'A single external NTP server is relied on with no fallback',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is mandated by this control; organisations typically name the reference time source in a configuration standard and can produce synchronisation status output on request.',
    },
  },
};
