import type { CatalogueNode, Requirement } from './framework.ts';

/** Identifier of the built-in ISO/IEC 27001:2022 framework. */
export const iso27001FrameworkId = 'iso27001-2022';

// Identifiers and official short titles only: every other word about them is Certa's own.
const clauses: [refId: string, title: string, parent: string | null, assessable: boolean][] = [
  ['4', 'Context of the organization', null, false],
  ['4.1', 'Understanding the organization and its context', '4', true],
  ['4.2', 'Understanding the needs and expectations of interested parties', '4', true],
  ['4.3', 'Determining the scope of the information security management system', '4', true],
  ['4.4', 'Information security management system', '4', true],
  ['5', 'Leadership', null, false],
  ['5.1', 'Leadership and commitment', '5', true],
  ['5.2', 'Policy', '5', true],
  ['5.3', 'Organizational roles, responsibilities and authorities', '5', true],
  ['6', 'Planning', null, false],
  ['6.1', 'Actions to address risks and opportunities', '6', false],
  ['6.1.1', 'General', '6.1', true],
  ['6.1.2', 'Information security risk assessment', '6.1', true],
  ['6.1.3', 'Information security risk treatment', '6.1', true],
  ['6.2', 'Information security objectives and planning to achieve them', '6', true],
  ['6.3', 'Planning of changes', '6', true],
  ['7', 'Support', null, false],
  ['7.1', 'Resources', '7', true],
  ['7.2', 'Competence', '7', true],
  ['7.3', 'Awareness', '7', true],
  ['7.4', 'Communication', '7', true],
  ['7.5', 'Documented information', '7', false],
  ['7.5.1', 'General', '7.5', true],
  ['7.5.2', 'Creating and updating', '7.5', true],
  ['7.5.3', 'Control of documented information', '7.5', true],
  ['8', 'Operation', null, false],
  ['8.1', 'Operational planning and control', '8', true],
  ['8.2', 'Information security risk assessment', '8', true],
  ['8.3', 'Information security risk treatment', '8', true],
  ['9', 'Performance evaluation', null, false],
  ['9.1', 'Monitoring, measurement, analysis and evaluation', '9', true],
  ['9.2', 'Internal audit', '9', false],
  ['9.2.1', 'General', '9.2', true],
  ['9.2.2', 'Internal audit programme', '9.2', true],
  ['9.3', 'Management review', '9', false],
  ['9.3.1', 'General', '9.3', true],
  ['9.3.2', 'Management review inputs', '9.3', true],
  ['9.3.3', 'Management review results', '9.3', true],
  ['10', 'Improvement', null, false],
  ['10.1', 'Continual improvement', '10', true],
  ['10.2', 'Nonconformity and corrective action', '10', true],
];

const themes: [refId: string, title: string][] = [
  ['A.5', 'Organizational controls'],
  ['A.6', 'People controls'],
  ['A.7', 'Physical controls'],
  ['A.8', 'Technological controls'],
];

const controls: [refId: string, title: string][] = [
  ['A.5.1', 'Policies for information security'],
  ['A.5.2', 'Information security roles and responsibilities'],
  ['A.5.3', 'Segregation of duties'],
  ['A.5.4', 'Management responsibilities'],
  ['A.5.5', 'Contact with authorities'],
  ['A.5.6', 'Contact with special interest groups'],
  ['A.5.7', 'Threat intelligence'],
  ['A.5.8', 'Information security in project management'],
  ['A.5.9', 'Inventory of information and other associated assets'],
  ['A.5.10', 'Acceptable use of information and other associated assets'],
  ['A.5.11', 'Return of assets'],
  ['A.5.12', 'Classification of information'],
  ['A.5.13', 'Labelling of information'],
  ['A.5.14', 'Information transfer'],
  ['A.5.15', 'Access control'],
  ['A.5.16', 'Identity management'],
  ['A.5.17', 'Authentication information'],
  ['A.5.18', 'Access rights'],
  ['A.5.19', 'Information security in supplier relationships'],
  ['A.5.20', 'Addressing information security within supplier agreements'],
  ['A.5.21', 'Managing information security in the ICT supply chain'],
  ['A.5.22', 'Monitoring, review and change management of supplier services'],
  ['A.5.23', 'Information security for use of cloud services'],
  ['A.5.24', 'Information security incident management planning and preparation'],
  ['A.5.25', 'Assessment and decision on information security events'],
  ['A.5.26', 'Response to information security incidents'],
  ['A.5.27', 'Learning from information security incidents'],
  ['A.5.28', 'Collection of evidence'],
  ['A.5.29', 'Information security during disruption'],
  ['A.5.30', 'ICT readiness for business continuity'],
  ['A.5.31', 'Legal, statutory, regulatory and contractual requirements'],
  ['A.5.32', 'Intellectual property rights'],
  ['A.5.33', 'Protection of records'],
  ['A.5.34', 'Privacy and protection of PII'],
  ['A.5.35', 'Independent review of information security'],
  ['A.5.36', 'Compliance with policies, rules and standards for information security'],
  ['A.5.37', 'Documented operating procedures'],
  ['A.6.1', 'Screening'],
  ['A.6.2', 'Terms and conditions of employment'],
  ['A.6.3', 'Information security awareness, education and training'],
  ['A.6.4', 'Disciplinary process'],
  ['A.6.5', 'Responsibilities after termination or change of employment'],
  ['A.6.6', 'Confidentiality or non-disclosure agreements'],
  ['A.6.7', 'Remote working'],
  ['A.6.8', 'Information security event reporting'],
  ['A.7.1', 'Physical security perimeters'],
  ['A.7.2', 'Physical entry'],
  ['A.7.3', 'Securing offices, rooms and facilities'],
  ['A.7.4', 'Physical security monitoring'],
  ['A.7.5', 'Protecting against physical and environmental threats'],
  ['A.7.6', 'Working in secure areas'],
  ['A.7.7', 'Clear desk and clear screen'],
  ['A.7.8', 'Equipment siting and protection'],
  ['A.7.9', 'Security of assets off-premises'],
  ['A.7.10', 'Storage media'],
  ['A.7.11', 'Supporting utilities'],
  ['A.7.12', 'Cabling security'],
  ['A.7.13', 'Equipment maintenance'],
  ['A.7.14', 'Secure disposal or re-use of equipment'],
  ['A.8.1', 'User endpoint devices'],
  ['A.8.2', 'Privileged access rights'],
  ['A.8.3', 'Information access restriction'],
  ['A.8.4', 'Access to source code'],
  ['A.8.5', 'Secure authentication'],
  ['A.8.6', 'Capacity management'],
  ['A.8.7', 'Protection against malware'],
  ['A.8.8', 'Management of technical vulnerabilities'],
  ['A.8.9', 'Configuration management'],
  ['A.8.10', 'Information deletion'],
  ['A.8.11', 'Data masking'],
  ['A.8.12', 'Data leakage prevention'],
  ['A.8.13', 'Information backup'],
  ['A.8.14', 'Redundancy of information processing facilities'],
  ['A.8.15', 'Logging'],
  ['A.8.16', 'Monitoring activities'],
  ['A.8.17', 'Clock synchronization'],
  ['A.8.18', 'Use of privileged utility programs'],
  ['A.8.19', 'Installation of software on operational systems'],
  ['A.8.20', 'Networks security'],
  ['A.8.21', 'Security of network services'],
  ['A.8.22', 'Segregation of networks'],
  ['A.8.23', 'Web filtering'],
  ['A.8.24', 'Use of cryptography'],
  ['A.8.25', 'Secure development life cycle'],
  ['A.8.26', 'Application security requirements'],
  ['A.8.27', 'Secure system architecture and engineering principles'],
  ['A.8.28', 'Secure coding'],
  ['A.8.29', 'Security testing in development and acceptance'],
  ['A.8.30', 'Outsourced development'],
  ['A.8.31', 'Separation of development, test and production environments'],
  ['A.8.32', 'Change management'],
  ['A.8.33', 'Test information'],
  ['A.8.34', 'Protection of information systems during audit testing'],
];

/** Annex A controls that the 2022 edition introduced. */
export const annexAControlsNewIn2022 = [
  'A.5.7',
  'A.5.23',
  'A.5.30',
  'A.7.4',
  'A.8.9',
  'A.8.10',
  'A.8.11',
  'A.8.12',
  'A.8.16',
  'A.8.23',
  'A.8.28',
] as const;

const newIn2022 = new Set<string>(annexAControlsNewIn2022);

/** The requirement tree of ISO/IEC 27001:2022: clauses 4 to 10, then Annex A by theme, in reading order. */
export const iso27001Catalogue: readonly CatalogueNode[] = [
  ...clauses.map(([refId, title, parentRefId, assessable]) => ({
    refId,
    title,
    kind: assessable ? ('clause_requirement' as const) : ('heading' as const),
    assessable,
    parentRefId,
  })),
  {
    refId: 'A',
    title: 'Information security controls reference',
    kind: 'heading',
    assessable: false,
    parentRefId: null,
  },
  ...themes.map(([refId, title]) => ({ refId, title, kind: 'heading' as const, assessable: false, parentRefId: 'A' })),
  ...controls.map(([refId, title]) => ({
    refId,
    title,
    kind: 'control' as const,
    assessable: true,
    parentRefId: refId.split('.').slice(0, 2).join('.'),
    isNewIn2022: newIn2022.has(refId),
  })),
];

/**
 * Accepts the forms people type for Annex A controls (`A.5.1`, `a.5.1`, `A5.1`, and `5.1` where the
 * context is Annex A) and returns the catalogue's reference, or undefined.
 */
export function normalizeIsoReference(input: string, context: 'any' | 'annex_a' = 'any'): string | undefined {
  const compact = input.trim().replace(/\s+/g, '');
  const annex = /^a\.?(\d+(?:\.\d+)*)$/i.exec(compact);
  const candidate = annex ? `A.${annex[1]}` : context === 'annex_a' ? `A.${compact}` : compact;
  return iso27001Catalogue.some((node) => node.refId === candidate) ? candidate : undefined;
}

/** Name, publisher and licence note of the built-in ISO/IEC 27001:2022 framework. */
export const iso27001FrameworkInfo = {
  slug: iso27001FrameworkId,
  version: '2022',
  name: 'ISO/IEC 27001:2022',
  publisher: 'ISO/IEC',
  licenceNote:
    'Clause and control identifiers and official short titles of ISO/IEC 27001:2022 only; the standard is copyrighted by ISO and IEC. All guidance is written by the Certa project (Apache-2.0).',
} as const;

/**
 * The built-in catalogue as stored requirement rows of a framework, in reading order, with ids from
 * `newId` (random when installing, predictable in tests).
 */
export function iso27001Requirements(frameworkId: string, newId: (refId: string) => string): Requirement[] {
  const idByRef = new Map(iso27001Catalogue.map((node) => [node.refId, newId(node.refId)]));
  return iso27001Catalogue.map((node, position): Requirement => ({
    id: idByRef.get(node.refId) ?? newId(node.refId),
    frameworkId,
    parentId: node.parentRefId === null ? null : (idByRef.get(node.parentRefId) ?? null),
    refId: node.refId,
    title: node.title,
    kind: node.kind,
    assessable: node.assessable,
    position,
    description: null,
    guidance: null,
    objectives: null,
    typicalEvidence: null,
    withdrawn: false,
    sourceKey: node.refId,
    attributes: node.isNewIn2022 ? { edition_change: ['new_in_2022'] } : {},
    parameters: [],
  }));
}
