import type { ImportProblem } from '@certa/core';
import { z } from 'zod';

// Only what Certa reads is checked; every other OSCAL field passes through untouched.
const text = z.string();
const nonEmpty = z.string().trim().min(1);

const propSchema = z.looseObject({ name: nonEmpty, value: text, class: text.optional(), ns: text.optional() });
const linkSchema = z.looseObject({ href: nonEmpty, rel: text.optional() });

const selectSchema = z.looseObject({
  'how-many': z.enum(['one', 'one-or-more']).optional(),
  choice: z.array(text).optional(),
});

const paramSchema = z.looseObject({
  id: nonEmpty,
  label: text.optional(),
  values: z.array(text).optional(),
  select: selectSchema.optional(),
  props: z.array(propSchema).optional(),
});

/** An OSCAL part (statement, guidance, item, assessment objective…), possibly nested. */
export interface OscalPart {
  name: string;
  id?: string | undefined;
  ns?: string | undefined;
  title?: string | undefined;
  prose?: string | undefined;
  props?: OscalProp[] | undefined;
  parts?: OscalPart[] | undefined;
}

const partSchema: z.ZodType<OscalPart> = z.looseObject({
  name: nonEmpty,
  id: text.optional(),
  ns: text.optional(),
  title: text.optional(),
  prose: text.optional(),
  props: z.array(propSchema).optional(),
  get parts() {
    return z.array(partSchema).optional();
  },
});

/** An OSCAL control or group: groups have no required id, controls do. */
export interface OscalNode {
  id?: string | undefined;
  class?: string | undefined;
  title: string;
  params?: OscalParam[] | undefined;
  props?: OscalProp[] | undefined;
  links?: OscalLink[] | undefined;
  parts?: OscalPart[] | undefined;
  controls?: OscalNode[] | undefined;
  groups?: OscalNode[] | undefined;
}

const controlSchema: z.ZodType<OscalNode> = z.looseObject({
  id: nonEmpty,
  class: text.optional(),
  title: nonEmpty,
  params: z.array(paramSchema).optional(),
  props: z.array(propSchema).optional(),
  links: z.array(linkSchema).optional(),
  parts: z.array(partSchema).optional(),
  get controls() {
    return z.array(controlSchema).optional();
  },
});

const groupSchema: z.ZodType<OscalNode> = z.looseObject({
  id: nonEmpty.optional(),
  class: text.optional(),
  title: nonEmpty,
  params: z.array(paramSchema).optional(),
  props: z.array(propSchema).optional(),
  links: z.array(linkSchema).optional(),
  parts: z.array(partSchema).optional(),
  controls: z.array(controlSchema).optional(),
  get groups() {
    return z.array(groupSchema).optional();
  },
});

const metadataSchema = z.looseObject({
  title: nonEmpty,
  version: nonEmpty,
  remarks: text.optional(),
  props: z.array(propSchema).optional(),
  parties: z.array(z.looseObject({ uuid: text, name: text.optional() })).optional(),
  'responsible-parties': z.array(z.looseObject({ 'role-id': nonEmpty, 'party-uuids': z.array(text) })).optional(),
});

const backMatterSchema = z.looseObject({
  resources: z
    .array(z.looseObject({ uuid: nonEmpty, rlinks: z.array(z.looseObject({ href: nonEmpty })).optional() }))
    .optional(),
});

/** The part of an OSCAL catalog document Certa reads. */
export const oscalCatalogDocumentSchema = z.looseObject({
  catalog: z.looseObject({
    uuid: nonEmpty,
    metadata: metadataSchema,
    params: z.array(paramSchema).optional(),
    controls: z.array(controlSchema).optional(),
    groups: z.array(groupSchema).optional(),
  }),
});

const selectionSchema = z.looseObject({
  'with-child-controls': z.enum(['yes', 'no']).optional(),
  'with-ids': z.array(nonEmpty).optional(),
  matching: z.array(z.looseObject({ pattern: text.optional() })).optional(),
});

/** The part of an OSCAL profile document Certa reads. */
export const oscalProfileDocumentSchema = z.looseObject({
  profile: z.looseObject({
    uuid: nonEmpty,
    metadata: metadataSchema,
    imports: z
      .array(
        z.looseObject({
          href: nonEmpty,
          'include-all': z.looseObject({}).optional(),
          'include-controls': z.array(selectionSchema).optional(),
          'exclude-controls': z.array(selectionSchema).optional(),
        }),
      )
      .min(1),
    modify: z
      .looseObject({
        'set-parameters': z
          .array(
            z.looseObject({
              'param-id': nonEmpty,
              label: text.optional(),
              values: z.array(text).optional(),
              select: selectSchema.optional(),
            }),
          )
          .optional(),
        alters: z.array(z.unknown()).optional(),
      })
      .optional(),
    'back-matter': backMatterSchema.optional(),
  }),
});

/** An OSCAL prop. */
export type OscalProp = z.infer<typeof propSchema>;
/** An OSCAL link. */
export type OscalLink = z.infer<typeof linkSchema>;
/** An OSCAL parameter. */
export type OscalParam = z.infer<typeof paramSchema>;
/** The OSCAL metadata Certa reads. */
export type OscalMetadata = z.infer<typeof metadataSchema>;
/** A catalog document as validated. */
export type OscalCatalogDocument = z.infer<typeof oscalCatalogDocumentSchema>;
/** A profile document as validated. */
export type OscalProfileDocument = z.infer<typeof oscalProfileDocumentSchema>;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function messageOf(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'invalid_type') {
    const found = valueAt(root, issue.path);
    if (found === undefined) return 'Required';
    const expected =
      issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
    return `Expected ${expected}, found ${describe(found)}`;
  }
  if (issue.code === 'too_small') return issue.origin === 'array' ? 'Must not be empty' : 'Must not be blank';
  if (issue.code === 'invalid_value')
    return `Expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  return issue.message;
}

/**
 * Validates a document against one of the schemas above and returns its data, or the problems found,
 * each located with `locate` (a JSON pointer for JSON and YAML, an element path for XML).
 */
export function validateOscalDocument<T>(
  schema: z.ZodType<T>,
  document: unknown,
  locate: (path: readonly PropertyKey[]) => string,
): { data: T; problems: [] } | { data: null; problems: ImportProblem[] } {
  const result = schema.safeParse(document);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => ({
      location: locate(issue.path),
      message: messageOf(issue, document),
    })),
  };
}
