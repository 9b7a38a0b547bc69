/** Control type: when a control acts relative to an incident. */
export const controlTypes = ['preventive', 'detective', 'corrective'] as const;

/** Information security properties a control preserves. */
export const securityProperties = ['confidentiality', 'integrity', 'availability'] as const;

/** Cybersecurity concepts a control contributes to. */
export const cybersecurityConcepts = ['identify', 'protect', 'detect', 'respond', 'recover'] as const;

/** Operational capabilities a control belongs to. */
export const operationalCapabilities = [
  'governance',
  'asset_management',
  'information_protection',
  'human_resource_security',
  'physical_security',
  'system_and_network_security',
  'application_security',
  'secure_configuration',
  'identity_and_access_management',
  'threat_and_vulnerability_management',
  'continuity',
  'supplier_relationships_security',
  'legal_and_compliance',
  'information_security_event_management',
  'information_security_assurance',
] as const;

/** Security domains a control serves. */
export const securityDomains = ['governance_and_ecosystem', 'protection', 'defence', 'resilience'] as const;

/**
 * The five attribute types ISO/IEC 27002:2022 classifies controls with, and their values. The values per
 * control are ISO's table: users import them (CSV), Certa ships only these generic lists.
 */
export const controlAttributeTypes = {
  control_type: controlTypes,
  security_properties: securityProperties,
  cybersecurity_concepts: cybersecurityConcepts,
  operational_capabilities: operationalCapabilities,
  security_domains: securityDomains,
} as const;

/** One of the five attribute types. */
export type ControlAttributeType = keyof typeof controlAttributeTypes;

/** The attribute values of one control, by type. */
export type ControlAttributes = { [Type in ControlAttributeType]?: (typeof controlAttributeTypes)[Type][number][] };

/**
 * Reads one cell of an attributes CSV: values separated by spaces, commas or semicolons, with or without
 * a leading `#` and in any case (`#Preventive #Detective`, `Governance_and_Ecosystem`). Returns the values
 * or the words it did not recognise.
 */
export function parseAttributeCell(type: ControlAttributeType, cell: string): { values: string[]; unknown: string[] } {
  const allowed = controlAttributeTypes[type] as readonly string[];
  const values: string[] = [];
  const unknown: string[] = [];
  for (const word of cell.split(/[\s,;]+/).filter((part) => part.length > 0)) {
    const value = word.replace(/^#/, '').toLowerCase().replace(/-/g, '_');
    if (allowed.includes(value)) {
      if (!values.includes(value)) values.push(value);
    } else unknown.push(word);
  }
  return { values, unknown };
}
