import type { MappingRelationship } from '@certa/core';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../connection.ts';
import { framework, requirement, requirementMapping } from '../schema/library.ts';

/** A mapping to store: source and target requirement ids and the relationship. */
export interface NewRequirementMapping {
  id: string;
  sourceRequirementId: string;
  targetRequirementId: string;
  relationship: MappingRelationship;
  strength: number | null;
  rationale: string | null;
}

/** A stored mapping with both ends described. */
export interface MappingWithEnds {
  id: string;
  relationship: MappingRelationship;
  strength: number | null;
  rationale: string | null;
  source: { frameworkId: string; requirementId: string; refId: string; title: string };
  target: { frameworkId: string; requirementId: string; refId: string; title: string };
}

/** A set of mappings between two frameworks, with its size. */
export interface MappingSet {
  sourceFrameworkId: string;
  sourceName: string;
  sourceVersion: string;
  targetFrameworkId: string;
  targetName: string;
  targetVersion: string;
  count: number;
}

const insertBatch = 1000;

const visibleMapping = (organizationId: string) =>
  or(isNull(requirementMapping.organizationId), eq(requirementMapping.organizationId, organizationId));

/**
 * Stores an organisation's mappings; a pair already mapped gets the new relationship, strength and
 * rationale (so importing the same set twice changes nothing). Returns how many pairs were new.
 */
export async function upsertMappings(
  tx: Executor,
  organizationId: string,
  mappings: readonly NewRequirementMapping[],
): Promise<number> {
  const existing = await countExistingPairs(tx, organizationId, mappings);
  for (let start = 0; start < mappings.length; start += insertBatch) {
    await tx
      .insert(requirementMapping)
      .values(mappings.slice(start, start + insertBatch).map((mapping) => ({ ...mapping, organizationId })))
      .onConflictDoUpdate({
        target: [
          requirementMapping.organizationId,
          requirementMapping.sourceRequirementId,
          requirementMapping.targetRequirementId,
        ],
        set: {
          relationship: sql`excluded.relationship`,
          strength: sql`excluded.strength`,
          rationale: sql`excluded.rationale`,
        },
      });
  }
  return mappings.length - existing;
}

/** How many of these source → target pairs the organisation has already mapped. */
export async function countExistingPairs(
  db: Executor,
  organizationId: string,
  mappings: readonly Pick<NewRequirementMapping, 'sourceRequirementId' | 'targetRequirementId'>[],
): Promise<number> {
  if (mappings.length === 0) return 0;
  const sources = [...new Set(mappings.map((mapping) => mapping.sourceRequirementId))];
  const rows = await db
    .select({ source: requirementMapping.sourceRequirementId, target: requirementMapping.targetRequirementId })
    .from(requirementMapping)
    .where(
      and(
        eq(requirementMapping.organizationId, organizationId),
        inArray(requirementMapping.sourceRequirementId, sources),
      ),
    );
  const stored = new Set(rows.map((row) => `${row.source} ${row.target}`));
  return mappings.filter((mapping) => stored.has(`${mapping.sourceRequirementId} ${mapping.targetRequirementId}`))
    .length;
}

/** The mapping sets an organisation can see, by source and target framework. */
export async function listMappingSets(db: Executor, organizationId: string): Promise<MappingSet[]> {
  const sourceRequirement = alias(requirement, 'source_requirement');
  const targetRequirement = alias(requirement, 'target_requirement');
  const sourceFramework = alias(framework, 'source_framework');
  const targetFramework = alias(framework, 'target_framework');
  return db
    .select({
      sourceFrameworkId: sourceFramework.id,
      sourceName: sourceFramework.name,
      sourceVersion: sourceFramework.version,
      targetFrameworkId: targetFramework.id,
      targetName: targetFramework.name,
      targetVersion: targetFramework.version,
      count: sql<number>`count(*)::int`,
    })
    .from(requirementMapping)
    .innerJoin(sourceRequirement, eq(sourceRequirement.id, requirementMapping.sourceRequirementId))
    .innerJoin(targetRequirement, eq(targetRequirement.id, requirementMapping.targetRequirementId))
    .innerJoin(sourceFramework, eq(sourceFramework.id, sourceRequirement.frameworkId))
    .innerJoin(targetFramework, eq(targetFramework.id, targetRequirement.frameworkId))
    .where(visibleMapping(organizationId))
    .groupBy(sourceFramework.id, targetFramework.id)
    .orderBy(asc(sourceFramework.name), asc(targetFramework.name));
}

/** The mappings an organisation can see from one framework to another, in the source's reading order. */
export async function listMappingsBetween(
  db: Executor,
  organizationId: string,
  sourceFrameworkId: string,
  targetFrameworkId: string,
): Promise<MappingWithEnds[]> {
  const sourceRequirement = alias(requirement, 'source_requirement');
  const targetRequirement = alias(requirement, 'target_requirement');
  const rows = await db
    .select({
      id: requirementMapping.id,
      relationship: requirementMapping.relationship,
      strength: requirementMapping.strength,
      rationale: requirementMapping.rationale,
      sourceRequirementId: sourceRequirement.id,
      sourceRefId: sourceRequirement.refId,
      sourceTitle: sourceRequirement.title,
      targetRequirementId: targetRequirement.id,
      targetRefId: targetRequirement.refId,
      targetTitle: targetRequirement.title,
    })
    .from(requirementMapping)
    .innerJoin(sourceRequirement, eq(sourceRequirement.id, requirementMapping.sourceRequirementId))
    .innerJoin(targetRequirement, eq(targetRequirement.id, requirementMapping.targetRequirementId))
    .where(
      and(
        visibleMapping(organizationId),
        eq(sourceRequirement.frameworkId, sourceFrameworkId),
        eq(targetRequirement.frameworkId, targetFrameworkId),
      ),
    )
    .orderBy(asc(sourceRequirement.position), asc(targetRequirement.position));
  return rows.map((row) => ({
    id: row.id,
    relationship: row.relationship,
    strength: row.strength,
    rationale: row.rationale,
    source: {
      frameworkId: sourceFrameworkId,
      requirementId: row.sourceRequirementId,
      refId: row.sourceRefId,
      title: row.sourceTitle,
    },
    target: {
      frameworkId: targetFrameworkId,
      requirementId: row.targetRequirementId,
      refId: row.targetRefId,
      title: row.targetTitle,
    },
  }));
}
