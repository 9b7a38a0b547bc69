import { mappingRelationships, type ImportProblem } from '@certa/core';
import { z } from 'zod';
import { jsonPointer } from '../text-formats.ts';

/** A scalar read as text: YAML turns an unquoted `5.1` or `12` into a number. */
const text = z.union([z.string(), z.number()], { error: 'expected a string' }).transform(String);

const urn = z.string().min(1, { error: 'expected a non-empty string' });

const choiceSchema = z.union([text, z.looseObject({ value: text })], { error: 'expected a choice value' });

const questionSchema = z.looseObject({
  text,
  type: z.string().nullish(),
  choices: z.array(choiceSchema).nullish(),
});

/** One node of a CISO Assistant framework's flat `requirement_nodes` list. */
export const cisoRequirementNodeSchema = z.looseObject({
  urn,
  parent_urn: urn.nullish(),
  depth: z.number().int().nullish(),
  assessable: z.boolean(),
  ref_id: text.nullish(),
  name: text.nullish(),
  description: text.nullish(),
  annotation: text.nullish(),
  typical_evidence: text.nullish(),
  implementation_groups: z.array(text).nullish(),
  questions: z
    .union([z.array(text), z.record(z.string(), questionSchema)], {
      error: 'expected a list of questions or a map of question urn to {text, type, choices}',
    })
    .nullish(),
});

/** One CISO Assistant node as validated. */
export type CisoRequirementNode = z.output<typeof cisoRequirementNodeSchema>;

/** A CISO Assistant `framework` object (unknown keys such as scores are allowed and ignored). */
export const cisoFrameworkSchema = z.looseObject({
  urn,
  ref_id: text.nullish(),
  name: text.nullish(),
  description: text.nullish(),
  requirement_nodes: z.array(cisoRequirementNodeSchema).default([]),
});

/** One CISO Assistant framework as validated. */
export type CisoFramework = z.output<typeof cisoFrameworkSchema>;

/** A CISO Assistant requirement mapping set between two frameworks. */
export const cisoMappingSetSchema = z.looseObject({
  source_framework_urn: urn,
  target_framework_urn: urn,
  requirement_mappings: z
    .array(
      z.looseObject({
        source_requirement_urn: urn,
        target_requirement_urn: urn,
        // OLIR's `not_related` says two requirements have nothing in common: read, then skipped.
        relationship: z.enum([...mappingRelationships, 'not_related']),
        strength_of_relationship: z
          .number()
          .min(0, { error: 'expected a number from 0 to 10' })
          .max(10, { error: 'expected a number from 0 to 10' })
          .nullish(),
        rationale: text.nullish(),
      }),
    )
    .default([]),
});

/** One mapping set as validated. */
export type CisoMappingSet = z.output<typeof cisoMappingSetSchema>;

/** A whole CISO Assistant library file; `dependencies` are tolerated whatever they hold. */
export const cisoLibrarySchema = z.looseObject({
  urn,
  locale: z.string().nullish(),
  ref_id: text.nullish(),
  name: text.nullish(),
  description: text.nullish(),
  version: z.union([z.number().int(), z.string()], { error: 'expected an integer' }).nullish(),
  provider: text.nullish(),
  packager: text.nullish(),
  copyright: text.nullish(),
  objects: z.looseObject({
    framework: cisoFrameworkSchema.nullish(),
    frameworks: z.array(cisoFrameworkSchema).nullish(),
    requirement_mapping_set: cisoMappingSetSchema.nullish(),
    requirement_mapping_sets: z.array(cisoMappingSetSchema).nullish(),
  }),
});

/** A CISO Assistant library as validated. */
export type CisoLibrary = z.output<typeof cisoLibrarySchema>;

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
};

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map';
  return JSON.stringify(input);
}

/** Whether a union branch failed only because the value had another type altogether. */
function wrongTypeOnly(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.every((issue) => issue.code === 'invalid_type' && issue.path.length === 0);
}

function issueProblems(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], fileName: string): ImportProblem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // A value of the right shape that is wrong inside: report the inner problem, not the union.
    const closer = issue.errors.filter((branch) => !wrongTypeOnly(branch));
    if (closer.length === 1)
      return (closer[0] ?? []).flatMap((inner) => issueProblems(inner, path, fileName)).slice(0, 1);
  }
  const location = `${fileName}: ${jsonPointer(path)}`;
  const found = describe(issue.input);
  if (issue.code === 'invalid_type')
    return [{ location, message: `expected ${typeNames[issue.expected] ?? issue.expected}, found ${found}` }];
  if (issue.code === 'invalid_value')
    return [{ location, message: `expected one of ${issue.values.map(String).join(', ')}, found ${found}` }];
  if (issue.code === 'invalid_union') return [{ location, message: `${issue.message}, found ${found}` }];
  return [{ location, message: issue.message }];
}

/** Validates a parsed YAML library, returning it or the problems with JSON pointers into the file. */
export function validateCisoLibrary(
  value: unknown,
  fileName: string,
): { library: CisoLibrary; problems: [] } | { library: null; problems: ImportProblem[] } {
  const result = cisoLibrarySchema.safeParse(value, { reportInput: true });
  if (result.success) return { library: result.data, problems: [] };
  return { library: null, problems: result.error.issues.flatMap((issue) => issueProblems(issue, [], fileName)) };
}
