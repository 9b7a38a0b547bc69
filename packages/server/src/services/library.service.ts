import { randomUUID } from 'node:crypto';
import {
  assertCan,
  DomainError,
  iso27001Catalogue,
  iso27001FrameworkInfo,
  iso27001GuidanceFor,
  type Framework,
  type Requirement,
  type RequirementGuidance,
} from '@certa/core';
import {
  appendAuditEvent,
  findBuiltInFramework,
  findFrameworkVisibleTo,
  insertFrameworkWithRequirements,
  listFrameworksVisibleTo,
  listRequirements,
  type Database,
  type FrameworkWithCounts,
} from '@certa/db';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';

// Serialises installation when several replicas start at once.
const installLockKey = 727_274_003;

function iso27001Requirements(frameworkId: string): Requirement[] {
  const idByRef = new Map(iso27001Catalogue.map((node) => [node.refId, randomUUID()]));
  return iso27001Catalogue.map((node, position): Requirement => ({
    id: idByRef.get(node.refId) ?? randomUUID(),
    frameworkId,
    parentId: node.parentRefId === null ? null : (idByRef.get(node.parentRefId) ?? null),
    refId: node.refId,
    title: node.title,
    kind: node.kind,
    assessable: node.assessable,
    position,
    description: null,
    guidance: null,
    withdrawn: false,
    attributes: node.isNewIn2022 ? { edition_change: ['new_in_2022'] } : {},
  }));
}

/**
 * Installs the built-in frameworks that are missing (today ISO/IEC 27001:2022), recording each in the
 * installation's audit trail. Safe to call on every start and from several replicas at once.
 */
export async function installBuiltInFrameworks(database: Database, now: Date): Promise<string[]> {
  const info = iso27001FrameworkInfo;
  if (await findBuiltInFramework(database.db, info.slug, info.version)) return [];
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${installLockKey})`);
    if (await findBuiltInFramework(tx, info.slug, info.version)) return [];
    const framework: Framework = {
      id: randomUUID(),
      organizationId: null,
      source: 'built_in',
      createdAt: now,
      ...info,
    };
    const requirements = iso27001Requirements(framework.id);
    await insertFrameworkWithRequirements(tx, framework, requirements);
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'framework.installed',
        entityType: 'framework',
        entityId: framework.id,
        changes: { name: { after: framework.name }, requirements: { after: requirements.length } },
      },
      { actorUserId: null, actorLabel: 'system', requestId: null, ip: null, occurredAt: now },
    );
    return [framework.name];
  });
}

/** The frameworks the caller's organisation can use. */
export async function listOrganizationFrameworks(
  deps: AppDeps,
  context: RequestContext,
): Promise<FrameworkWithCounts[]> {
  assertCan(context.actor, 'ismsContent.read');
  return listFrameworksVisibleTo(deps.database.db, context.actor.membership?.organizationId ?? '');
}

/** A framework with its requirement tree, and Certa's guidance where the framework is the built-in ISO catalogue. */
export async function getOrganizationFramework(
  deps: AppDeps,
  context: RequestContext,
  frameworkId: string,
): Promise<{
  framework: FrameworkWithCounts;
  requirements: (Requirement & { certaGuidance: RequirementGuidance | null })[];
}> {
  assertCan(context.actor, 'ismsContent.read');
  const framework = await findFrameworkVisibleTo(
    deps.database.db,
    context.actor.membership?.organizationId ?? '',
    frameworkId,
  );
  if (!framework) throw new DomainError('not_found', 'No such framework');
  const requirements = await listRequirements(deps.database.db, framework.id);
  const withGuidance = framework.source === 'built_in' && framework.slug === iso27001FrameworkInfo.slug;
  return {
    framework: {
      ...framework,
      requirementCount: requirements.length,
      assessableCount: requirements.filter((node) => node.assessable).length,
    },
    requirements: requirements.map((node) => ({
      ...node,
      certaGuidance: withGuidance ? (iso27001GuidanceFor(node.refId) ?? null) : null,
    })),
  };
}
