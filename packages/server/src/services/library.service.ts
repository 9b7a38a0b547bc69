import { randomUUID } from 'node:crypto';
import {
  assertCan,
  DomainError,
  iso27001Catalogue,
  iso27001Requirements,
  iso27001FrameworkInfo,
  iso27001GuidanceFor,
  type Framework,
  type Requirement,
  type RequirementGuidance,
  type RequirementSearchHit,
} from '@certa/core';
import {
  appendAuditEvent,
  findBuiltInFramework,
  findFrameworksBySlug,
  findFrameworkVisibleTo,
  insertFrameworkWithRequirements,
  listFrameworksVisibleTo,
  listRequirementKeys,
  listRequirements,
  searchRequirements,
  type Database,
  type FrameworkWithCounts,
} from '@certa/db';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';

// Serialises installation when several replicas start at once.
const installLockKey = 727_274_003;

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
      sourceKey: null,
      description: null,
      sourceFormat: null,
      sourceFileName: null,
      sourceSha256: null,
      createdAt: now,
      ...info,
    };
    const requirements = iso27001Requirements(framework.id, () => randomUUID());
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
  const requirements = await listRequirements(database.db, framework.id, organizationId);
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

/** Requirements of the caller's frameworks matching words and attribute values. */
export async function searchOrganizationRequirements(
  deps: AppDeps,
  context: RequestContext,
  query: { q: string; frameworkId?: string; attribute: string[]; limit: number },
): Promise<RequirementSearchHit[]> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = context.actor.membership?.organizationId;
  if (!organizationId) throw new DomainError('forbidden', 'Search belongs to an organisation');
  const attributes = query.attribute.map((entry) => {
    const separator = entry.indexOf(':');
    if (separator <= 0 || separator === entry.length - 1)
      throw new DomainError('validation_failed', `Attribute filter "${entry}" must be key:value`);
    return { key: entry.slice(0, separator), value: entry.slice(separator + 1) };
  });
  const words = query.q.split(/\s+/).filter((word) => word.length > 0);
  const lowered = words.map((word) => word.toLowerCase());
  // Certa's own guidance lives in core, not in the database: match it here.
  const guidanceText = (refId: string): string => {
    const guidance = iso27001GuidanceFor(refId);
    return guidance
      ? [guidance.meaning, ...guidance.auditorQuestions, ...guidance.typicalEvidence, ...guidance.commonGaps].join(' ')
      : '';
  };
  const iso = await findBuiltInFramework(deps.database.db, iso27001FrameworkInfo.slug, iso27001FrameworkInfo.version);
  const guidanceRefs =
    lowered.length === 0
      ? []
      : iso27001Catalogue
          .map((node) => node.refId)
          .filter((refId) => {
            const text = guidanceText(refId).toLowerCase();
            return text.length > 0 && lowered.every((word) => text.includes(word));
          });
  const alsoIds =
    iso && guidanceRefs.length > 0
      ? (await listRequirementKeys(deps.database.db, iso.id))
          .filter((row) => guidanceRefs.includes(row.refId))
          .map((row) => row.id)
      : [];
  const rows = await searchRequirements(deps.database.db, organizationId, {
    words,
    attributes,
    alsoIds,
    limit: query.limit,
    ...(query.frameworkId === undefined ? {} : { frameworkId: query.frameworkId }),
  });
  return rows.map((row) => {
    const { requirement } = row;
    const inHeading = lowered.every((word) => `${requirement.refId} ${requirement.title}`.toLowerCase().includes(word));
    const body = [
      requirement.description,
      requirement.guidance,
      requirement.objectives,
      guidanceText(requirement.refId),
    ]
      .filter((part): part is string => Boolean(part))
      .join(' ');
    return {
      frameworkId: row.frameworkId,
      frameworkName: row.frameworkName,
      frameworkVersion: row.frameworkVersion,
      requirementId: requirement.id,
      refId: requirement.refId,
      title: requirement.title,
      kind: requirement.kind,
      assessable: requirement.assessable,
      withdrawn: requirement.withdrawn,
      snippet: inHeading || lowered.length === 0 ? null : snippetAround(body, lowered[0] ?? ''),
    };
  });
}

/** About 160 characters of text around the first occurrence of a word. */
function snippetAround(text: string, word: string): string | null {
  const at = text.toLowerCase().indexOf(word);
  if (at === -1) return null;
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + word.length + 100);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
