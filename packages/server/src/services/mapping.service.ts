import { assertCan, DomainError } from '@certa/core';
import {
  findFrameworkVisibleTo,
  listMappingSets,
  listMappingsBetween,
  type MappingSet,
  type MappingWithEnds,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';

function organizationOf(context: RequestContext): string {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = context.actor.membership?.organizationId;
  if (!organizationId) throw new DomainError('forbidden', 'Mappings belong to an organisation');
  return organizationId;
}

// Read from the other side, a subset becomes a superset and the other way round.
const inverse = { equal: 'equal', subset: 'superset', superset: 'subset', intersect: 'intersect' } as const;

/** The mapping sets the caller's organisation has, by source and target framework. */
export async function listOrganizationMappingSets(deps: AppDeps, context: RequestContext): Promise<MappingSet[]> {
  return listMappingSets(deps.database.db, organizationOf(context));
}

/**
 * The mappings from one framework to another; mappings stored the other way round are included,
 * read from this side (their relationship inverted).
 */
export async function listOrganizationMappings(
  deps: AppDeps,
  context: RequestContext,
  sourceFrameworkId: string,
  targetFrameworkId: string,
): Promise<MappingWithEnds[]> {
  const organizationId = organizationOf(context);
  const db = deps.database.db;
  for (const id of [sourceFrameworkId, targetFrameworkId]) {
    if (!(await findFrameworkVisibleTo(db, organizationId, id)))
      throw new DomainError('not_found', `No framework ${id}`);
  }
  const forward = await listMappingsBetween(db, organizationId, sourceFrameworkId, targetFrameworkId);
  if (sourceFrameworkId === targetFrameworkId) return forward;
  const backward = await listMappingsBetween(db, organizationId, targetFrameworkId, sourceFrameworkId);
  const seen = new Set(forward.map((mapping) => `${mapping.source.requirementId} ${mapping.target.requirementId}`));
  const flipped = backward
    .map((mapping) => ({
      ...mapping,
      relationship: inverse[mapping.relationship],
      source: mapping.target,
      target: mapping.source,
    }))
    .filter((mapping) => !seen.has(`${mapping.source.requirementId} ${mapping.target.requirementId}`));
  return [...forward, ...flipped];
}
