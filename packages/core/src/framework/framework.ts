/** Kinds of node in a framework's requirement tree. */
export const requirementKinds = ['heading', 'clause_requirement', 'control'] as const;

/** A heading groups requirements; clause requirements and controls can be assessed. */
export type RequirementKind = (typeof requirementKinds)[number];

/** One node of a framework's requirement tree as the catalogue defines it. */
export interface CatalogueNode {
  /** Reference as practitioners write it: `9.2.1` for a clause, `A.5.1` for an Annex A control. */
  refId: string;
  /** Official short title. */
  title: string;
  kind: RequirementKind;
  assessable: boolean;
  /** Reference of the parent node, or null at the top. */
  parentRefId: string | null;
  /** Annex A controls introduced by the 2022 edition. */
  isNewIn2022?: boolean;
}

/** Where a framework came from. */
export const frameworkSources = ['built_in', 'imported'] as const;

/** Built in with Certa, or imported by an organisation. */
export type FrameworkSource = (typeof frameworkSources)[number];

/** One version of a framework as stored. */
export interface Framework {
  id: string;
  /** Null for built-in frameworks, which every organisation sees. */
  organizationId: string | null;
  slug: string;
  version: string;
  name: string;
  publisher: string;
  licenceNote: string;
  source: FrameworkSource;
  /** Identity in the source file (OSCAL catalog uuid, CISO Assistant urn), used to resolve mappings. */
  sourceKey: string | null;
  description: string | null;
  sourceFormat: string | null;
  sourceFileName: string | null;
  sourceSha256: string | null;
  createdAt: Date;
}

/** A stored requirement node with its attribute values. */
export interface Requirement {
  id: string;
  frameworkId: string;
  parentId: string | null;
  refId: string;
  title: string;
  kind: RequirementKind;
  assessable: boolean;
  position: number;
  description: string | null;
  guidance: string | null;
  objectives: string | null;
  typicalEvidence: string | null;
  withdrawn: boolean;
  /** Identity in the source file (OSCAL id, CISO Assistant urn); the reference for built-in nodes. */
  sourceKey: string;
  attributes: Record<string, string[]>;
  parameters: RequirementParameter[];
}

/** A stored parameter of a requirement. */
export interface RequirementParameter {
  paramId: string;
  label: string | null;
  values: string[];
  choices: string[];
  howMany: string | null;
}
