import type { RequirementKind } from './framework.ts';

/** File formats a framework can be imported from. `attributes` is the ISO/IEC 27002 attribute CSV. */
export const frameworkImportFormats = ['oscal', 'ciso-assistant', 'csv', 'xlsx', 'attributes'] as const;

/** One of the import formats. */
export type FrameworkImportFormat = (typeof frameworkImportFormats)[number];

/** File formats a framework can be exported to; `json` is Certa's own tree, as the API returns it. */
export const frameworkExportFormats = ['oscal', 'json', 'csv', 'xlsx'] as const;

/** One of the export formats. */
export type FrameworkExportFormat = (typeof frameworkExportFormats)[number];

/** Relationships of a mapping between two requirements, in the NIST OLIR vocabulary. */
export const mappingRelationships = ['equal', 'subset', 'superset', 'intersect'] as const;

/** One mapping relationship. */
export type MappingRelationship = (typeof mappingRelationships)[number];

/** Largest file Certa accepts for import (bytes). */
export const maxImportFileBytes = 50 * 1024 * 1024;

/** Deepest nesting of objects, arrays or elements an imported file may have. */
export const maxImportNesting = 64;

/** Where in a file a problem is, and what was expected there. */
export interface ImportProblem {
  /** File name, then a JSON pointer (`/catalog/groups/3/title`) or a line (`line 12`). */
  location: string;
  message: string;
}

/** A parameter of an imported control (OSCAL `param`), with the values a profile may have set. */
export interface ImportedParameter {
  paramId: string;
  label: string | null;
  /** Values set by the catalog or by a profile's `set-parameters`. */
  values: string[];
  /** The choices of a selection parameter. */
  choices: string[];
  /** `one` or `one-or-more` for selection parameters. */
  howMany: string | null;
}

/** One requirement node read from a file, before it is stored. */
export interface ImportedRequirement {
  /** Unique within its framework: an OSCAL id, a CISO Assistant urn, a spreadsheet reference. */
  key: string;
  parentKey: string | null;
  refId: string;
  title: string;
  kind: RequirementKind;
  assessable: boolean;
  /** The requirement statement, with parameters resolved for display. */
  description: string | null;
  guidance: string | null;
  /** Assessment objectives, methods or questions the source gives. */
  objectives: string | null;
  typicalEvidence: string | null;
  withdrawn: boolean;
  /** Properties and links as key → values (links as `link:<rel>` → href). */
  attributes: Record<string, string[]>;
  parameters: ImportedParameter[];
}

/** One framework read from a file, with its tree in reading order (parents before children). */
export interface ImportedFramework {
  /** Identity in the source: an OSCAL catalog uuid, a CISO Assistant urn, a file name. */
  key: string;
  slug: string;
  version: string;
  name: string;
  publisher: string;
  licenceNote: string;
  description: string | null;
  requirements: ImportedRequirement[];
}

/** A mapping read from a file; framework and requirement keys are resolved when the file is stored. */
export interface ImportedMapping {
  sourceFrameworkKey: string;
  sourceRequirementKey: string;
  targetFrameworkKey: string;
  targetRequirementKey: string;
  relationship: MappingRelationship;
  /** 0–10 where the source gives one. */
  strength: number | null;
  rationale: string | null;
}

/** An OSCAL profile read from a file, to be resolved against an imported catalog. */
export interface ImportedProfile {
  key: string;
  slug: string;
  version: string;
  name: string;
  publisher: string;
  /** The catalog the profile imports, as written in the file (after following back-matter). */
  catalogHrefs: string[];
  includeAll: boolean;
  /** Selected control ids, each with whether its child controls come along. */
  include: { id: string; withChildControls: boolean }[];
  exclude: { id: string; withChildControls: boolean }[];
  /** Parameter values the profile sets, by parameter id. */
  setParameters: Record<string, Partial<Pick<ImportedParameter, 'label' | 'values' | 'choices' | 'howMany'>>>;
}

/** Per-requirement attribute values read from an attributes file, keyed by the reference it names. */
export interface ImportedAttributeRow {
  refId: string;
  /** Line of the file the row came from, for errors. */
  line: number;
  attributes: Record<string, string[]>;
}

/** Everything a file contains, as read and checked, before anything is written. */
export type ParsedImport =
  | { kind: 'frameworks'; format: FrameworkImportFormat; frameworks: ImportedFramework[]; mappings: ImportedMapping[] }
  | { kind: 'profile'; format: 'oscal'; profile: ImportedProfile }
  | { kind: 'attributes'; format: 'attributes'; rows: ImportedAttributeRow[] };

/**
 * Turns a title into a framework slug: lower case words joined by hyphens, at most 64 characters
 * (`NIST Cybersecurity Framework 2.0` → `nist-cybersecurity-framework-2-0`).
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'framework';
}

/**
 * Checks an imported framework's tree: unique keys, parents that exist and come first, non-empty
 * reference and title. Returns the problems found (empty when the tree is sound).
 */
export function checkImportedTree(framework: ImportedFramework, location: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const refIds = new Set<string>();
  framework.requirements.forEach((node, index) => {
    const where = `${location}: requirement ${index + 1} (${node.key})`;
    if (seen.has(node.key)) problems.push({ location: where, message: `Duplicate identifier "${node.key}"` });
    if (node.parentKey !== null && !seen.has(node.parentKey))
      problems.push({ location: where, message: `Parent "${node.parentKey}" is not defined before this node` });
    if (node.refId.trim() === '') problems.push({ location: where, message: 'Reference is empty' });
    else if (refIds.has(node.refId)) problems.push({ location: where, message: `Duplicate reference "${node.refId}"` });
    if (node.title.trim() === '') problems.push({ location: where, message: 'Title is empty' });
    seen.add(node.key);
    refIds.add(node.refId);
  });
  if (framework.requirements.length === 0) problems.push({ location, message: 'The framework has no requirements' });
  return problems;
}
