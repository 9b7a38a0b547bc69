import type { RequirementGuidance } from '../guidance.ts';

/** Certa's practitioner guidance for Annex A technological controls A.8.18 to A.8.34, written in Certa's own words. */
export const annexA8Part2Guidance: Record<string, RequirementGuidance> = {
  'A.8.18': {
    meaning:
      'Certain tools can sidestep the protections built into an operating system, database or application: registry and disk editors, hypervisor consoles, debuggers, password-reset tools, PsExec, or sudo that hands out an unrestricted root shell. Putting this control in place starts with knowing which of these tools exist across your estate and who can launch them. Execution should be limited to a small, named group, ideally through just-in-time elevation in a privileged access management product rather than standing rights. Every run should leave a log entry that someone other than the user reviews, and each use should trace back to an authorised task or ticket. Utilities that no one needs are best uninstalled or blocked outright.',
    auditorQuestions: [
      'Which utilities in your environment are capable of overriding system or application controls, and where is that list maintained?',
      'Who can run those utilities today, and when was that group last checked against actual job need?',
      'How is each invocation of a privileged utility recorded, and who reviews those records?',
      'Can you pick a recent use of such a tool and show me the change or incident ticket that justified it?',
      'What prevents an ordinary user from downloading a portable administration tool and running it?',
    ],
    typicalEvidence: [
      'Register of privileged utilities naming an owner and the people permitted to use each one',
      'PAM session recordings or elevation histories (for example CyberArk, BeyondTrust or Entra PIM activation logs)',
      'sudoers files, Group Policy objects or Intune profiles that restrict who may execute administrative tools',
      'Application control policy exports (AppLocker, WDAC, Santa) showing unapproved utilities blocked',
      'Sign-off from periodic reviews of membership of the privileged-utility group',
    ],
    commonGaps: [
      'Nobody has identified which utilities can bypass controls, so any restriction is accidental rather than designed.',
      'Helpdesk staff and developers keep local administrator rights that let them run whatever tool they like.',
      'Utility use is logged, yet the logs go unread or can be altered by the same administrators they are meant to watch.',
      'Old vendor consoles and debugging toolkits are left installed on production servers long after the need has passed.',
    ],
    documentedInformation: {
      required: false,
      note: 'Nothing written is demanded by the control; most organisations keep a short approved-utilities list with its authorised users, often folded into their privileged access standard.',
    },
  },
  'A.8.19': {
    meaning:
      'The goal is that nothing lands on live servers, laptops or mobile devices unless it has been approved, comes from a trusted source and can be traced afterwards. In practice installation rights sit with administrators or with automated tooling such as Intune, SCCM, Jamf, Ansible or container images built in CI, and everyone else requests software from an approved catalogue. Upgrades to production software pass through change control, keep the previous version available for rollback, and are tested first. Unsupported, unlicensed or unverified packages pulled straight from the internet onto production hosts are the first things an auditor will hunt for.',
    auditorQuestions: [
      'Who is technically able to install software on production servers and on staff laptops?',
      'What approval does a new piece of software need before it is rolled out?',
      'How would you spot software installed outside the approved route?',
      'Could you walk me through how the most recent production upgrade was tested, authorised and deployed?',
      'What happens to an application once its vendor stops issuing security updates?',
    ],
    typicalEvidence: [
      'Approved software catalogue or allow-list with an owner for each title',
      'Endpoint management reports comparing installed software against the approved list',
      'Configuration management run logs (Ansible, Puppet, Chef) or deployment pipeline logs for production installs',
      'Change tickets covering production software installations and version upgrades',
      'Software asset discovery output flagging unauthorised or end-of-life packages',
    ],
    commonGaps: [
      'Laptop users still hold local admin rights, which makes the installation rules unenforceable.',
      'Engineers SSH into production hosts and install packages by hand with no ticket behind it.',
      'Installed software is never reconciled against what was approved.',
      'End-of-life products keep running in production without any recorded risk acceptance.',
    ],
    documentedInformation: {
      required: false,
      note: 'No specific document is called for; a software installation standard plus an approved software list is common, and installation history usually comes for free from deployment tooling and change tickets.',
    },
  },
  'A.8.20': {
    meaning:
      'This control is about protecting the networks themselves and the equipment that runs them: firewalls, routers, switches, wireless controllers, VPN gateways and cloud virtual networks. You need an up-to-date picture of the network, device configurations hardened against a baseline, administrative interfaces reachable only from a management network with MFA, and firmware kept current. Traffic flows should be intentional, with each firewall rule justified, owned and reviewed on a schedule. Monitoring should be able to spot unusual connections, including unexpected outbound traffic. In cloud estates the same discipline applies to VPCs, security groups and network ACLs, which are often defined as infrastructure as code.',
    auditorQuestions: [
      'When was the network diagram last checked against what is really deployed, including cloud networks?',
      'How are firewall and security group rules requested, authorised and periodically reviewed?',
      'How is administrative access to network devices restricted and logged?',
      'Which network devices are currently behind on firmware, and what is the plan for them?',
      'What would alert you to unexpected traffic leaving the network?',
    ],
    typicalEvidence: [
      'Dated network architecture diagrams with a named owner',
      'Firewall rule exports accompanied by evidence of the last rule review',
      'Configuration backups and compliance scans against a hardening baseline such as the CIS benchmarks',
      'Terraform or CloudFormation network definitions together with drift detection reports',
      'IDS/NDR alerts or NetFlow dashboards used for network monitoring',
    ],
    commonGaps: [
      "Rule bases contain 'any-any' entries or rules nobody can explain or claim ownership of.",
      'Diagrams are years old and show only the office, leaving out cloud and remote access.',
      'Devices are administered over Telnet or plain HTTP, or through a shared local admin account.',
      'Edge devices run firmware several releases behind, sometimes with actively exploited vulnerabilities.',
    ],
    documentedInformation: {
      required: false,
      note: 'The control mandates no document, but auditors will expect an accurate network diagram, a device hardening standard and justifications for firewall rules, which is what organisations normally maintain.',
    },
  },
  'A.8.21': {
    meaning:
      'Network services cover internet connectivity, MPLS and SD-WAN links, managed firewalls, DNS, DDoS mitigation, VPN and CDN services, whether run internally or bought in. For each one the organisation should decide which security features and service levels it needs, such as encryption, strong authentication, availability targets and timely incident notification, and then make sure they are delivered. With external providers that normally means contract terms plus regular service reporting; for internal services it means defined configurations and monitoring. Checking actual performance against those expectations, rather than trusting the provider, is the step most often skipped.',
    auditorQuestions: [
      'Which network services does the business depend on, and who supplies each of them?',
      'What security features and service levels have been agreed with each network service provider?',
      'How do you confirm that those providers are meeting what they committed to?',
      'When did a provider last tell you about a security incident or outage, and how did you respond?',
      'What happens if your main internet link or DDoS protection service fails?',
    ],
    typicalEvidence: [
      'Catalogue of network services listing providers and the security features each must deliver',
      'Contracts and SLAs with connectivity, DNS, DDoS and managed security providers',
      'Monthly provider service reports and records of SLA performance reviews',
      'Configuration evidence such as TLS settings, DNSSEC status or VPN cryptographic profiles',
      'Minutes of supplier review meetings where network services were discussed',
    ],
    commonGaps: [
      'Agreements with ISPs or managed firewall providers say nothing about security or incident notification.',
      'Provider performance reports arrive every month and nobody reads them.',
      'Single points of failure in connectivity are absent from the risk assessment.',
      'Internal network services such as DNS, DHCP and NTP are overlooked entirely.',
    ],
    documentedInformation: {
      required: false,
      note: 'Evidence normally comes from supplier agreements and service reports; a simple register of network services and their required security features helps show that the requirements were actually identified.',
    },
  },
  'A.8.22': {
    meaning:
      'Dividing the network into zones limits how far an intruder, a piece of malware or a misconfiguration can spread. Typical zones separate user devices, servers, production from non-production, payment or OT systems, guest Wi-Fi and management interfaces, with controlled gateways in between. The split can be enforced with VLANs and firewalls, separate cloud accounts and VPCs with security groups, or micro-segmentation and zero-trust access products. How you zone should follow the risk assessment and the sensitivity of what each zone holds. Rules between zones need to be restrictive and tested, not merely drawn on a diagram.',
    auditorQuestions: [
      'What network zones exist, and what reasoning decided where the boundaries sit?',
      'How is traffic between zones controlled, and who approves a new inter-zone flow?',
      'How has it been confirmed that guest wireless cannot reach the corporate network?',
      'How are production and non-production kept apart at network level in your cloud accounts?',
      'Has a penetration test or dedicated segmentation test confirmed that the zones actually hold?',
    ],
    typicalEvidence: [
      'Zoning diagram showing trust levels and the enforcement point for each boundary',
      'Firewall or security group rule sets that govern traffic between zones',
      'Segmentation test results taken from penetration testing',
      'Cloud account or subscription hierarchy together with VPC peering and routing configuration',
      'Wireless controller configuration proving client isolation on guest networks',
    ],
    commonGaps: [
      'The network is flat, so every endpoint can talk to every server.',
      'Hypervisor and network device management interfaces can be reached from user VLANs.',
      'VLANs exist on paper, but routing between them is unrestricted.',
      'Development and production share a VPC, or are peered with no filtering.',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is mandated; organisations usually keep a zoning model or segmentation diagram alongside the rule sets that enforce it to demonstrate the design.',
    },
  },
  'A.8.23': {
    meaning:
      'Introduced in the 2022 revision, web filtering aims to reduce the likelihood that everyday browsing exposes people to malware, phishing pages or unlawful material. Organisations typically use a secure web gateway, protective DNS service or endpoint agent to block known-malicious and newly registered domains, categories the organisation has judged unacceptable, and risky file downloads. Coverage must extend to home and travelling workers, which usually points to a cloud proxy or device agent rather than an office appliance alone. Staff should be told what is and is not acceptable, and there should be a reviewed route for requesting that a wrongly blocked site be opened.',
    auditorQuestions: [
      'Which tool filters web access, and does it still apply when people work away from the office?',
      'Which categories of site are blocked, and who made that decision?',
      'How do users learn what web use is acceptable, and how do they ask for a site to be unblocked?',
      'Who monitors blocked requests and attempts to reach known-malicious sites?',
      'Can servers browse the internet freely, and if so, why?',
    ],
    typicalEvidence: [
      'Policy export from the filtering product (for example Zscaler, Cisco Umbrella, Cloudflare Gateway or Defender for Endpoint web content filtering)',
      'Reports of blocked requests broken down by category and user group',
      'Agent deployment coverage report across managed endpoints',
      'Internet use section of the acceptable use policy',
      'Unblock request tickets with the approver recorded',
    ],
    commonGaps: [
      'Filtering only works on the office network, so remote staff bypass it completely.',
      "Vendor default categories have never been compared with the organisation's own risk appetite.",
      'Block events are collected but never looked at.',
      'Unmanaged and personal devices reach corporate data without any filtering in the path.',
    ],
    documentedInformation: {
      required: false,
      note: 'Filtering rules usually live in the product configuration itself, and acceptable browsing behaviour is normally described in the acceptable use policy rather than a separate document.',
    },
  },
  'A.8.24': {
    meaning:
      'This is where the organisation decides when and how encryption, hashing, digital signatures and related techniques are used, and how the keys behind them are handled from creation to destruction. Useful rules name approved algorithms, protocols and minimum key lengths, state which data must be encrypted at rest and in transit, set out which certificate authorities may be used, and assign who may generate, store, rotate, revoke and destroy keys. Key management is where most of the risk sits, so keys should live in an HSM or cloud KMS with access separated from the people who administer the protected data. Legal restrictions on cryptography in some countries need considering, as does planning for deprecated algorithms, including eventual migration to post-quantum schemes.',
    auditorQuestions: [
      'Where are your cryptography rules written down, and who approved them?',
      'Which algorithms, protocols and key lengths are permitted, and how do you find uses of deprecated ones such as TLS 1.0 or SHA-1?',
      'How are encryption keys generated, stored, rotated and destroyed?',
      'Who can administer the KMS or HSM, and is that separate from those who manage the encrypted data?',
      'How do you keep track of certificate expiry dates so that nothing lapses unexpectedly?',
    ],
    typicalEvidence: [
      'Cryptography policy or standard including key management rules',
      'KMS or HSM configuration together with key rotation logs',
      'TLS scan results for public endpoints (for example SSL Labs or testssl.sh output)',
      'Certificate inventory showing issuers and expiry dates',
      'Disk encryption compliance report from endpoint management',
    ],
    commonGaps: [
      "The policy just says 'use strong encryption' without naming algorithms, protocols or key lengths.",
      'Keys and secrets sit in source code repositories or plain configuration files.',
      'Keys have never been rotated since creation, and there is no revocation process.',
      'Certificates expire and cause outages because nobody keeps an inventory.',
      'Legacy protocols remain enabled on internal services long after they were banned on external ones.',
    ],
    documentedInformation: {
      required: false,
      note: 'Rules for cryptography must be defined rather than documented as such, but auditors will ask to see them: usually a cryptography policy or standard covering algorithms and keys, backed by key management procedures.',
    },
  },
  'A.8.25': {
    meaning:
      'Any organisation that builds software or systems, including heavily configured SaaS platforms and infrastructure as code, needs written rules for doing that work securely from initial idea through to retirement. Those rules typically cover threat modelling at design time, defining security requirements, coding standards, peer review, security gates in CI/CD, protection of repositories and build pipelines, and controlled release. Developers must be trained in what is expected, and the rules apply equally to in-house staff and contractors. Auditors look for proof that the rules are embedded in everyday workflow and tooling, not merely published on the intranet.',
    auditorQuestions: [
      'Where are the secure development rules documented, and how are developers made aware of them?',
      'At which points in your development life cycle are security activities mandatory rather than optional?',
      'How are source repositories and CI/CD pipelines protected against tampering?',
      'Can you show a recent release and the security checks it passed before being deployed?',
      'How do the rules apply to contractors, low-code builds and infrastructure-as-code work?',
    ],
    typicalEvidence: [
      'Secure development policy or SDLC standard',
      'CI pipeline definitions with security stages such as SAST, SCA and secrets scanning',
      'Branch protection settings and pull request review history',
      'Secure development training records for engineers',
      'Threat models prepared for significant features or new systems',
    ],
    commonGaps: [
      'An SDLC policy exists, but its security gates are optional or easy to bypass.',
      'Infrastructure as code, scripts and low-code work are left outside the secure development scope.',
      'Repository admin rights are widely held and branch protection is switched off on the main branch.',
      'Security gets involved only at a pre-release penetration test, never at design.',
    ],
    documentedInformation: {
      required: false,
      note: 'Secure development rules must be established and applied; no document is named, but the rules are normally shown as a written secure development policy or SDLC standard.',
    },
  },
  'A.8.26': {
    meaning:
      'Before an application is built, bought or subscribed to, the organisation should work out what security it needs and have those needs agreed by someone with authority. Requirements usually come from the risk assessment, the classification of the data involved and legal or contractual obligations, and cover authentication, authorisation, logging, data protection, input handling and resilience. For purchased or SaaS products they drive due diligence questions and contract terms; for in-house builds they become user stories or acceptance criteria. Applications processing transactions or payments need extra attention to integrity, non-repudiation and protection of data in transit.',
    auditorQuestions: [
      'How are security requirements identified for a new application or a major change to an existing one?',
      'Who approves those requirements, and where is that approval recorded?',
      'How did security requirements influence the selection of your most recent SaaS product?',
      'How do you check that agreed requirements have actually been met before go-live?',
      'What additional requirements apply to applications handling payments or personal data?',
    ],
    typicalEvidence: [
      'Security requirements baseline or template, for example derived from OWASP ASVS',
      'Backlog items or user stories carrying security acceptance criteria',
      'Vendor security questionnaires and assessments for acquired software',
      'Project gate approvals that include security sign-off',
      'Traceability from security requirements to test cases',
    ],
    commonGaps: [
      'Security requirements are considered for in-house development but not for purchased SaaS.',
      'Requirements are generic and bear no relation to the classification of the data the application holds.',
      'Nobody approves requirements, so security issues only surface late in testing.',
      'There is no check that the agreed requirements were implemented.',
    ],
    documentedInformation: {
      required: false,
      note: 'No separate document is prescribed, although agreed security requirements will in practice be written somewhere, such as a specification, a backlog or a procurement questionnaire, and auditors will want to see them.',
    },
  },
  'A.8.27': {
    meaning:
      'The organisation sets down a small number of engineering principles that shape how every system is designed and built, and then applies them to new systems and significant changes. Examples include defence in depth, least privilege, secure defaults, failing safely, assuming breach or zero trust, minimising attack surface and separating duties inside the system. The principles should be kept under review as threats and technology shift, and should bind outsourced builders as well as internal teams. Proof that they are applied usually comes from architecture reviews or design decision records that cite them.',
    auditorQuestions: [
      'What are your documented secure engineering principles, and when were they last reviewed?',
      'How are the principles applied when a new system is being designed?',
      'Can you show an architecture review where a design changed because of one of the principles?',
      'How do suppliers building systems for you learn about and follow these principles?',
      'How do the principles address cloud services and zero-trust approaches?',
    ],
    typicalEvidence: [
      'Secure architecture and engineering principles document',
      'Architecture review board minutes',
      'Architecture decision records that reference security principles',
      'Reference architectures and hardened landing zone templates',
      'Contract clauses requiring suppliers to follow the principles',
    ],
    commonGaps: [
      'Principles were copied from a generic source and have never been applied to a real design.',
      'No architecture review step exists, so projects go live without design scrutiny.',
      'The principles predate the move to cloud and have not been updated since.',
      'Systems built by third parties are not held to the same principles.',
    ],
    documentedInformation: {
      required: true,
      note: 'Yes: this is one of the few technological controls that explicitly wants the engineering principles written down and kept current, typically as a standalone principles paper or a chapter of the architecture standard.',
    },
  },
  'A.8.28': {
    meaning:
      'New in 2022, this control expects developers to write code that avoids well-known vulnerability classes and to follow agreed coding practices consistently. In practice that means adopting a secure coding standard suited to your languages (OWASP guidance, SEI CERT rules or language-specific linters), reviewing code with security in mind, and running automated static analysis, dependency scanning and secrets detection. It also extends to third-party and open-source components, which should be approved, tracked through an SBOM and kept up to date. Developers need training, and tool findings must be triaged and fixed rather than quietly suppressed.',
    auditorQuestions: [
      'Which secure coding standards apply to the languages and frameworks your teams use?',
      'How do static analysis and dependency scanning findings block or influence a merge?',
      'How are open-source libraries approved, tracked and updated?',
      'What stops secrets such as API keys from being committed to repositories?',
      'What secure coding training have developers completed in the last twelve months?',
    ],
    typicalEvidence: [
      'Secure coding standard covering the languages in use',
      'SAST reports (for example Semgrep, SonarQube or CodeQL) with remediation history',
      'SCA and dependency scan results (Dependabot, Snyk) and a software bill of materials',
      'Secret scanning alerts and their resolution records',
      'Pull request reviews showing security-focused comments',
      'Completion records for developer security training',
    ],
    commonGaps: [
      'SAST runs on every build, but its findings are ignored or bulk-suppressed.',
      'Known-vulnerable dependencies stay in place for months with no tracking.',
      'Secrets discovered in repository history are deleted from the code but never rotated.',
      'Code reviewers focus on functionality and have had no security training.',
    ],
    documentedInformation: {
      required: false,
      note: 'The control does not call for a document, although organisations generally keep a secure coding standard and retain scanner output and review history to show the principles are applied.',
    },
  },
  'A.8.29': {
    meaning:
      'Security testing needs to be a defined part of delivering any system, from unit level through to acceptance, so that flaws are caught before release rather than by attackers. Test plans should exercise the security requirements agreed earlier, combining automated tools such as SAST, DAST, container and IaC scanning with manual testing and, for higher-risk systems, independent penetration tests. Acceptance testing should confirm that security requirements are met, including for purchased systems and major upgrades, in an environment close enough to production for the results to mean something. Results should be recorded, with clear criteria for which severity of finding blocks go-live.',
    auditorQuestions: [
      'What security testing must be completed before a release reaches production?',
      'Who decides whether open security findings prevent acceptance?',
      'How was the last purchased system tested for security before it was accepted?',
      'How often do independent penetration tests happen, and how are their findings tracked to closure?',
      'Does the test environment resemble production closely enough for the security results to be trusted?',
    ],
    typicalEvidence: [
      'Security test plans with defined acceptance criteria',
      'DAST scan reports (for example OWASP ZAP or Burp Suite)',
      'Penetration test reports and the associated remediation tracker',
      'CI pipeline logs showing security test stages and their pass or fail results',
      'Go-live or acceptance sign-off records that include security results',
    ],
    commonGaps: [
      'Penetration testing happens once a year, disconnected from the release cycle.',
      'There are no agreed criteria for which security findings stop a release.',
      'Purchased software is accepted without any security testing at all.',
      'High-severity pen test findings stay open well beyond agreed timescales.',
    ],
    documentedInformation: {
      required: false,
      note: 'Testing processes are expected to be defined, and most organisations capture them in a test strategy, but the evidence auditors sample is the test plans, results and acceptance sign-offs.',
    },
  },
  'A.8.30': {
    meaning:
      "When a third party writes software or builds systems for you, the risk stays with your organisation, so you need to steer the work, keep watch over it while it happens and inspect what is handed over. Contracts should set security requirements and secure development expectations, settle ownership of code and intellectual property, grant a right to audit, define testing obligations and provide for escrow where continuity matters. During delivery you check the output: review code or scan results, ask for evidence of the supplier's own development practices, and run your own acceptance testing. Supplier access to your repositories, environments and data must be controlled and withdrawn once the work is done.",
    auditorQuestions: [
      'Which development work is outsourced, and to which suppliers?',
      'What security requirements are written into contracts with development suppliers?',
      'How do you verify the security quality of code a supplier delivers?',
      "Do you hold a right to audit the supplier's development practices, and have you ever used it?",
      'How is supplier access to repositories and environments granted and later revoked?',
    ],
    typicalEvidence: [
      'Development contracts or statements of work containing security clauses',
      'Supplier security assurance such as ISO 27001 certificates or SOC 2 reports',
      'Acceptance test results and code scan reports for delivered software',
      'Minutes of supplier performance reviews',
      'Access reviews covering contractor accounts on repositories and environments',
    ],
    commonGaps: [
      'Contracts deal with delivery dates and cost but contain no security requirements.',
      'Delivered code is accepted without any independent testing.',
      'Supplier developers keep access to production after the project has ended.',
      'Ownership of source code is unclear and critical systems have no escrow arrangement.',
    ],
    documentedInformation: {
      required: false,
      note: 'There is no mandated document here; contracts, statements of work and supplier review records are what demonstrate direction and oversight.',
    },
  },
  'A.8.31': {
    meaning:
      'Development, test and production environments should be kept apart so that unfinished changes or experiments cannot damage live services or data. Practically this means separate cloud accounts, subscriptions or networks, different credentials for each environment, and developer access to production that is restricted and routed through break-glass or just-in-time procedures. Code should be promoted between environments through controlled pipelines rather than copied by hand. Compilers, debuggers and other build tools should not sit on production systems unless genuinely required. Where a small organisation cannot achieve full separation, the compensating controls, such as extra logging and peer approval, should be written down and justified.',
    auditorQuestions: [
      'How are development, test and production environments separated technically?',
      'Which developers can access production, and what justifies that access?',
      'How does code travel from a developer workstation to production?',
      'Are compilers or development tools installed on any production system?',
      'How can users tell a test system from the live one to avoid costly mistakes?',
    ],
    typicalEvidence: [
      'Cloud account or subscription structure showing separate environments',
      'IAM role assignments granting production access',
      'Deployment pipeline configuration showing environment promotion stages',
      'Break-glass access logs with reasons recorded',
      'Screenshots of environment labelling or banners on non-production systems',
    ],
    commonGaps: [
      'Developers hold standing administrator access to production.',
      'The same credentials or service accounts are reused across every environment.',
      'Testing is carried out directly in production.',
      'Production data is copied into development environments with weaker protection.',
    ],
    documentedInformation: {
      required: false,
      note: 'Environment architecture diagrams and access role definitions are what organisations usually keep, along with a record of any accepted exceptions to full separation and their compensating controls.',
    },
  },
  'A.8.32': {
    meaning:
      'Every change to information systems and processing facilities, from application releases to firewall edits and cloud configuration tweaks, should pass through a controlled process. That process records the change, assesses its risk and security impact, tests it, obtains approval from the right authority, plans implementation with a rollback, and checks the outcome afterwards. Low-risk standard changes can be pre-approved, while emergency changes need a fast path followed by retrospective review. Automated pipelines can provide strong change control provided approvals, tests and deployment logs are enforced and retained.',
    auditorQuestions: [
      'How is a change recorded, assessed and approved before it goes live?',
      'How are emergency changes handled, and are they reviewed afterwards?',
      'Can you show me a sample of recent changes with their approval and testing evidence?',
      'How would you detect a change made outside the process?',
      'How are system documentation and continuity plans updated after a change?',
    ],
    typicalEvidence: [
      'Change management procedure',
      'Change tickets (for example Jira or ServiceNow) containing risk assessment and approvals',
      'Change advisory board minutes',
      'Pull request approvals and deployment pipeline logs',
      'Configuration drift or file integrity monitoring alerts',
    ],
    commonGaps: [
      'The emergency route is used routinely to dodge approval.',
      'Infrastructure and cloud configuration changes fall outside the change process.',
      'The person implementing a change is also the one who approves it.',
      'Changes go in with no rollback plan and no post-implementation review.',
    ],
    documentedInformation: {
      required: false,
      note: 'The control speaks of change management procedures without insisting they be documented, yet nearly every organisation writes its procedure down, and the change records themselves are what auditors sample.',
    },
  },
  'A.8.33': {
    meaning:
      'Test data deserves the same thought as any other information asset, because test environments are often the least guarded copy of it. The preferred route is synthetic data, or production data that has been masked or anonymised so individuals and confidential values cannot be recovered. Where real production data is genuinely needed, its use should be authorised, protected as strongly as in production, logged when copied, and deleted once testing ends. Copying personal data into test environments also raises data protection law questions, such as purpose limitation under UK GDPR or EU GDPR.',
    auditorQuestions: [
      'Where does the data in your test environments come from?',
      'When production data is used for testing, who authorised it and how is it protected?',
      'What masking or anonymisation techniques do you use, and how were they validated?',
      'How and when is test data deleted once it is no longer needed?',
      'Is every copy of production data into a test environment logged?',
    ],
    typicalEvidence: [
      'Test data management procedure',
      'Data masking tool configuration or masking scripts',
      'Authorisation records for each copy of production data into test',
      'Deletion records for test datasets',
      'Access control lists for test environments',
    ],
    commonGaps: [
      'Full production database copies sit in test with looser access controls.',
      'Masking is incomplete, for example free-text fields still contain personal data.',
      'Test data is never deleted and accumulates for years.',
      'Developers share test datasets by email or through personal cloud storage.',
    ],
    documentedInformation: {
      required: false,
      note: 'Not mandated as a document; organisations commonly keep a test data procedure plus authorisation and deletion records for any use of live data.',
    },
  },
  'A.8.34': {
    meaning:
      'Audits and technical assessments such as penetration tests, vulnerability scans and configuration compliance checks can disrupt live systems or expose sensitive data. Before anyone starts, the people doing the testing and a manager with authority over the affected systems should settle the scope, timing, methods, access required and any no-go areas. Read-only access should be preferred, and anything that could affect availability scheduled outside peak hours with a way to stop testing quickly. Accounts and tools given to auditors should be monitored and removed when the work ends, and copies of data taken for testing should be controlled.',
    auditorQuestions: [
      'How are audit and testing activities on live systems planned and agreed with management?',
      'Can you show the rules of engagement for your last penetration test?',
      'What access did the auditors or testers receive, and when was it removed?',
      'How did you protect system availability during intrusive testing?',
      'Who can halt a test if it starts affecting service?',
    ],
    typicalEvidence: [
      'Rules of engagement or scope letters signed by management',
      'Temporary access requests and revocation records for testers',
      'Scheduling communications for test windows',
      'Logs of tester activity on in-scope systems',
      'Data handling agreement with the external testing firm',
    ],
    commonGaps: [
      'Penetration tests start without written authorisation.',
      'Auditor accounts are left active after the engagement.',
      'Testers are given administrator rights when read-only access would have been enough.',
      'Scanning caused an outage because timing and intensity were never agreed.',
    ],
    documentedInformation: {
      required: false,
      note: 'No document is required by the control; organisations normally keep signed rules of engagement and access records for each audit or test.',
    },
  },
};
