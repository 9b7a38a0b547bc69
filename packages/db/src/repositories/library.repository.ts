import type { Framework, Requirement } from '@certa/core';
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { framework, requirement, requirementAttribute } from '../schema/library.ts';

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

/** Inserts a framework and its requirement tree (parents before children) with multi-row inserts. */
export async function insertFrameworkWithRequirements(
  tx: Executor,
  value: Framework & { sourceFormat?: string | null; sourceFileName?: string | null; sourceSha256?: string | null },
  requirements: readonly Requirement[],
): Promise<void> {
  await tx.insert(framework).values(value);
  for (let start = 0; start < requirements.length; start += insertBatch) {
    const batch = requirements.slice(start, start + insertBatch);
    await tx.insert(requirement).values(batch.map(({ attributes: _attributes, ...row }) => row));
  }
  const attributes = requirements.flatMap((node) =>
    Object.entries(node.attributes).flatMap(([key, values]) =>
      values.map((value) => ({ requirementId: node.id, key, value })),
    ),
  );
  for (let start = 0; start < attributes.length; start += insertBatch) {
    await tx.insert(requirementAttribute).values(attributes.slice(start, start + insertBatch));
  }
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
    .orderBy(asc(framework.name), asc(framework.version));
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

/** The requirement tree of a framework in reading order, with attribute values. */
export async function listRequirements(db: Executor, frameworkId: string): Promise<Requirement[]> {
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
    .where(eq(requirement.frameworkId, frameworkId))
    .orderBy(asc(requirementAttribute.key), asc(requirementAttribute.value));
  const byRequirement = new Map<string, Record<string, string[]>>();
  for (const { requirementId, key, value } of attributes) {
    const entry = byRequirement.get(requirementId) ?? {};
    (entry[key] ??= []).push(value);
    byRequirement.set(requirementId, entry);
  }
  return rows.map((row) => ({ ...row, attributes: byRequirement.get(row.id) ?? {} }));
}

function toFramework(row: typeof framework.$inferSelect): Framework {
  return {
    id: row.id,
    organizationId: row.organizationId,
    slug: row.slug,
    version: row.version,
    name: row.name,
    publisher: row.publisher,
    licenceNote: row.licenceNote,
    source: row.source,
    createdAt: row.createdAt,
  };
}
