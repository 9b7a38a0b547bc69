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
  findFrameworksBySlug,
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

/** A framework with its requirements and, for the built-in ISO catalogue, Certa's guidance. */
export interface FrameworkTree {
  framework: FrameworkWithCounts;
  requirements: (Requirement & { certaGuidance: RequirementGuidance | null })[];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads one framework an organisation can use (built-in only when `organizationId` is null), by id or
 * by slug (the newest version of that slug).
 */
export async function readFrameworkTree(
  database: Database,
  organizationId: string | null,
  idOrSlug: string,
): Promise<FrameworkTree> {
  const framework = uuidPattern.test(idOrSlug)
    ? await findFrameworkVisibleTo(database.db, organizationId, idOrSlug)
    : (await findFrameworksBySlug(database.db, organizationId, idOrSlug))[0];
  if (!framework) throw new DomainError('not_found', `No framework ${idOrSlug}`);
  const requirements = await listRequirements(database.db, framework.id);
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

/** The frameworks an organisation can use (built-in only when `organizationId` is null). */
export async function listFrameworks(
  database: Database,
  organizationId: string | null,
): Promise<FrameworkWithCounts[]> {
  return listFrameworksVisibleTo(database.db, organizationId);
}

/** The frameworks the caller's organisation can use. */
export async function listOrganizationFrameworks(
  deps: AppDeps,
  context: RequestContext,
): Promise<FrameworkWithCounts[]> {
  assertCan(context.actor, 'ismsContent.read');
  return listFrameworks(deps.database, context.actor.membership?.organizationId ?? null);
}

/** A framework of the caller's organisation with its requirement tree. */
export async function getOrganizationFramework(
  deps: AppDeps,
  context: RequestContext,
  frameworkId: string,
): Promise<FrameworkTree> {
  assertCan(context.actor, 'ismsContent.read');
  return readFrameworkTree(deps.database, context.actor.membership?.organizationId ?? null, frameworkId);
}
