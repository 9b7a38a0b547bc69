import type { Framework, Requirement, RequirementParameter } from '@certa/core';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { framework, requirement, requirementAttribute, requirementParameter } from '../schema/library.ts';

/** A framework with the numbers shown in lists. */
export interface FrameworkWithCounts extends Framework {
  requirementCount: number;
  assessableCount: number;
}

const insertBatch = 1000;

/** Built-in frameworks, plus the organisation's own when one is given. */
const visibleTo = (organizationId: string | null) =>
  organizationId === null
    ? isNull(framework.organizationId)
    : or(isNull(framework.organizationId), eq(framework.organizationId, organizationId));

/** The built-in framework with this slug and version, if installed. */
export async function findBuiltInFramework(
  db: Executor,
  slug: string,
  version: string,
): Promise<Framework | undefined> {
  const [row] = await db
    .select()
    .from(framework)
    .where(and(isNull(framework.organizationId), eq(framework.slug, slug), eq(framework.version, version)));
  return row;
}

/** The framework with this slug and version owned by the organisation (or built in when null). */
export async function findOwnedFramework(
  db: Executor,
  organizationId: string | null,
  slug: string,
  version: string,
): Promise<Framework | undefined> {
  const [row] = await db
    .select()
    .from(framework)
    .where(
      and(
        organizationId === null ? isNull(framework.organizationId) : eq(framework.organizationId, organizationId),
        eq(framework.slug, slug),
        eq(framework.version, version),
      ),
    );
  return row;
}

/** The newest framework an organisation can use whose source identity (OSCAL uuid, urn) is this key. */
export async function findFrameworkBySourceKey(
  db: Executor,
  organizationId: string | null,
  sourceKey: string,
): Promise<Framework | undefined> {
  const [row] = await db
    .select()
    .from(framework)
    .where(and(eq(framework.sourceKey, sourceKey), visibleTo(organizationId)))
    .orderBy(desc(framework.createdAt))
    .limit(1);
  return row;
}

/** Imported frameworks an organisation can use whose source file had this name (newest first). */
export async function findFrameworksBySourceFileName(
  db: Executor,
  organizationId: string,
  fileName: string,
): Promise<Framework[]> {
  return db
    .select()
    .from(framework)
    .where(and(eq(framework.sourceFileName, fileName), visibleTo(organizationId)))
    .orderBy(desc(framework.createdAt));
}

/** Inserts rows given as JSON objects keyed by column name, in one statement (one parameter, however many rows). */
async function insertJsonRows(tx: Executor, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

/**
 * Inserts a framework and its requirement tree with its attributes and parameters. Rows go in as one
 * JSON document per table: a catalog of hundreds of controls with long texts is one statement each, not
 * thousands of bound parameters.
 */
export async function insertFrameworkWithRequirements(
  tx: Executor,
  value: Framework,
  requirements: readonly Requirement[],
): Promise<void> {
  await tx.insert(framework).values(value);
  await insertJsonRows(
    tx,
    'requirement',
    requirements.map((node) => ({
      id: node.id,
      framework_id: node.frameworkId,
      parent_id: node.parentId,
      ref_id: node.refId,
      title: node.title,
      kind: node.kind,
      assessable: node.assessable,
      position: node.position,
      description: node.description,
      guidance: node.guidance,
      objectives: node.objectives,
      typical_evidence: node.typicalEvidence,
      withdrawn: node.withdrawn,
      source_key: node.sourceKey,
    })),
  );
  await insertJsonRows(
    tx,
    'requirement_attribute',
    requirements.flatMap((node) =>
      Object.entries(node.attributes).flatMap(([key, values]) =>
        [...new Set(values)].map((attributeValue) => ({
          requirement_id: node.id,
          organization_id: null,
          key,
          value: attributeValue,
        })),
      ),
    ),
  );
  await insertJsonRows(
    tx,
    'requirement_parameter',
    requirements.flatMap((node) =>
      node.parameters.map((parameter, position) => ({
        requirement_id: node.id,
        param_id: parameter.paramId,
        position,
        label: parameter.label,
        values: parameter.values,
        choices: parameter.choices,
        how_many: parameter.howMany,
      })),
    ),
  );
}

/** The frameworks an organisation can use (built in and its own imports) with their sizes, by name. */
export async function listFrameworksVisibleTo(
  db: Executor,
  organizationId: string | null,
): Promise<FrameworkWithCounts[]> {
  const rows = await db
    .select({
      framework,
      requirementCount: sql<number>`count(${requirement.id})::int`,
      assessableCount: sql<number>`count(${requirement.id}) filter (where ${requirement.assessable})::int`,
    })
    .from(framework)
    .leftJoin(requirement, eq(requirement.frameworkId, framework.id))
    .where(visibleTo(organizationId))
    .groupBy(framework.id)
    .orderBy(asc(framework.name), asc(framework.version), asc(framework.createdAt));
  return rows.map((row) => ({
    ...toFramework(row.framework),
    requirementCount: row.requirementCount,
    assessableCount: row.assessableCount,
  }));
}

/** One framework an organisation can use; undefined when it does not exist or belongs to another. */
export async function findFrameworkVisibleTo(
  db: Executor,
  organizationId: string | null,
  frameworkId: string,
): Promise<Framework | undefined> {
  const [row] = await db
    .select()
    .from(framework)
    .where(and(eq(framework.id, frameworkId), visibleTo(organizationId)));
  return row ? toFramework(row) : undefined;
}

/** The frameworks with this slug an organisation can use (several versions), newest first. */
export async function findFrameworksBySlug(
  db: Executor,
  organizationId: string | null,
  slug: string,
): Promise<Framework[]> {
  const rows = await db
    .select()
    .from(framework)
    .where(and(eq(framework.slug, slug), visibleTo(organizationId)))
    .orderBy(desc(framework.createdAt));
  return rows.map(toFramework);
}

/**
 * The requirement tree of a framework in reading order, with parameters and attribute values: those
 * that came with the framework plus, when an organisation is given, the ones it imported.
 */
export async function listRequirements(
  db: Executor,
  frameworkId: string,
  organizationId: string | null = null,
): Promise<Requirement[]> {
  const rows = await db
    .select()
    .from(requirement)
    .where(eq(requirement.frameworkId, frameworkId))
    .orderBy(asc(requirement.position));
  const attributes = await db
    .select({
      requirementId: requirementAttribute.requirementId,
      key: requirementAttribute.key,
      value: requirementAttribute.value,
    })
    .from(requirementAttribute)
    .innerJoin(requirement, eq(requirement.id, requirementAttribute.requirementId))
    .where(
      and(
        eq(requirement.frameworkId, frameworkId),
        organizationId === null
          ? isNull(requirementAttribute.organizationId)
          : or(isNull(requirementAttribute.organizationId), eq(requirementAttribute.organizationId, organizationId)),
      ),
    )
    .orderBy(asc(requirementAttribute.key), asc(requirementAttribute.value));
  const parameters = await db
    .select({
      requirementId: requirementParameter.requirementId,
      paramId: requirementParameter.paramId,
      label: requirementParameter.label,
      values: requirementParameter.values,
      choices: requirementParameter.choices,
      howMany: requirementParameter.howMany,
    })
    .from(requirementParameter)
    .innerJoin(requirement, eq(requirement.id, requirementParameter.requirementId))
    .where(eq(requirement.frameworkId, frameworkId))
    .orderBy(asc(requirementParameter.requirementId), asc(requirementParameter.position));
  const attributesOf = new Map<string, Record<string, string[]>>();
  for (const { requirementId, key, value } of attributes) {
    const entry = attributesOf.get(requirementId) ?? {};
    const values = (entry[key] ??= []);
    if (!values.includes(value)) values.push(value);
    attributesOf.set(requirementId, entry);
  }
  const parametersOf = new Map<string, RequirementParameter[]>();
  for (const { requirementId, ...parameter } of parameters) {
    const list = parametersOf.get(requirementId) ?? [];
    list.push(parameter);
    parametersOf.set(requirementId, list);
  }
  return rows.map((row) => ({
    ...row,
    attributes: attributesOf.get(row.id) ?? {},
    parameters: parametersOf.get(row.id) ?? [],
  }));
}

/** Id, source key and reference of every requirement of a framework, for resolving imported links. */
export async function listRequirementKeys(
  db: Executor,
  frameworkId: string,
): Promise<{ id: string; sourceKey: string; refId: string }[]> {
  return db
    .select({ id: requirement.id, sourceKey: requirement.sourceKey, refId: requirement.refId })
    .from(requirement)
    .where(eq(requirement.frameworkId, frameworkId));
}

/**
 * Replaces an organisation's own values of the given attribute keys on a framework's requirements
 * (re-importing the same file changes nothing). Returns how many values are stored.
 */
export async function replaceOrganizationAttributes(
  tx: Executor,
  organizationId: string,
  frameworkId: string,
  keys: readonly string[],
  values: readonly { requirementId: string; key: string; value: string }[],
): Promise<number> {
  if (keys.length > 0) {
    await tx
      .delete(requirementAttribute)
      .where(
        and(
          eq(requirementAttribute.organizationId, organizationId),
          inArray(requirementAttribute.key, [...keys]),
          inArray(
            requirementAttribute.requirementId,
            tx.select({ id: requirement.id }).from(requirement).where(eq(requirement.frameworkId, frameworkId)),
          ),
        ),
      );
  }
  for (let start = 0; start < values.length; start += insertBatch) {
    await tx
      .insert(requirementAttribute)
      .values(values.slice(start, start + insertBatch).map((entry) => ({ ...entry, organizationId })));
  }
  return values.length;
}

/** An organisation's own attribute values on a framework, as requirement → key → values. */
export async function listOrganizationAttributes(
  db: Executor,
  organizationId: string,
  frameworkId: string,
): Promise<{ requirementId: string; key: string; value: string }[]> {
  return db
    .select({
      requirementId: requirementAttribute.requirementId,
      key: requirementAttribute.key,
      value: requirementAttribute.value,
    })
    .from(requirementAttribute)
    .innerJoin(requirement, eq(requirement.id, requirementAttribute.requirementId))
    .where(and(eq(requirementAttribute.organizationId, organizationId), eq(requirement.frameworkId, frameworkId)));
}

function toFramework(row: typeof framework.$inferSelect): Framework {
  return { ...row };
}

/** What a requirement search looks for. */
export interface RequirementSearch {
  /** Words to find in the reference, title, statement, guidance or objectives (all must match). */
  words: readonly string[];
  frameworkId?: string;
  /** Attribute values the requirement must have (all of them). */
  attributes: readonly { key: string; value: string }[];
  /** Requirements that match by other means (Certa's guidance, held outside the database). */
  alsoIds: readonly string[];
  limit: number;
}

/** A requirement found by a search, with its framework. */
export interface RequirementSearchRow {
  frameworkId: string;
  frameworkName: string;
  frameworkVersion: string;
  requirement: Pick<
    Requirement,
    'id' | 'refId' | 'title' | 'kind' | 'assessable' | 'withdrawn' | 'description' | 'guidance' | 'objectives'
  >;
}

/** Searches the requirements of the frameworks an organisation can use, in framework and reading order. */
export async function searchRequirements(
  db: Executor,
  organizationId: string,
  search: RequirementSearch,
): Promise<RequirementSearchRow[]> {
  const text = sql`concat_ws(' ', ${requirement.refId}, ${requirement.title}, ${requirement.description}, ${requirement.guidance}, ${requirement.objectives})`;
  const wordMatches = search.words.map(
    (word) => sql`${text} ilike ${`%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`}`,
  );
  const textCondition =
    wordMatches.length === 0
      ? undefined
      : search.alsoIds.length > 0
        ? or(and(...wordMatches), inArray(requirement.id, [...search.alsoIds]))
        : and(...wordMatches);
  const attributeConditions = search.attributes.map(
    ({ key, value }) =>
      sql`exists (select 1 from ${requirementAttribute} where ${requirementAttribute.requirementId} = ${requirement.id} and ${requirementAttribute.key} = ${key} and ${requirementAttribute.value} = ${value} and (${requirementAttribute.organizationId} is null or ${requirementAttribute.organizationId} = ${organizationId}))`,
  );
  const rows = await db
    .select({
      frameworkId: framework.id,
      frameworkName: framework.name,
      frameworkVersion: framework.version,
      requirement: {
        id: requirement.id,
        refId: requirement.refId,
        title: requirement.title,
        kind: requirement.kind,
        assessable: requirement.assessable,
        withdrawn: requirement.withdrawn,
        description: requirement.description,
        guidance: requirement.guidance,
        objectives: requirement.objectives,
      },
    })
    .from(requirement)
    .innerJoin(framework, eq(framework.id, requirement.frameworkId))
    .where(
      and(
        visibleTo(organizationId),
        search.frameworkId === undefined ? undefined : eq(framework.id, search.frameworkId),
        textCondition,
        ...attributeConditions,
      ),
    )
    .orderBy(asc(framework.name), asc(framework.version), asc(requirement.position))
    .limit(search.limit);
  return rows;
}

/**
 * One framework an organisation can use with the fingerprint of the organisation's own attribute values
 * on it, in one query (what a cached tree needs to know on every read).
 */
export async function findFrameworkWithAttributeFingerprint(
  db: Executor,
  organizationId: string | null,
  frameworkId: string,
): Promise<{ framework: Framework; fingerprint: string } | undefined> {
  const own = sql`select count(*)::text || '.' || coalesce(sum(hashtext(a.requirement_id::text || ' ' || a.key || ' ' || a.value)), 0)::text
    from ${requirementAttribute} a join ${requirement} r on r.id = a.requirement_id
    where a.organization_id = ${organizationId} and r.framework_id = ${framework.id}`;
  const [row] = await db
    .select({ framework, fingerprint: organizationId === null ? sql<string>`'-'` : sql<string>`(${own})` })
    .from(framework)
    .where(and(eq(framework.id, frameworkId), visibleTo(organizationId)));
  return row ? { framework: toFramework(row.framework), fingerprint: row.fingerprint } : undefined;
}
