import { randomUUID } from 'node:crypto';
import {
  DomainError,
  iso27001FrameworkInfo,
  normalizeEmail,
  northwindDemo,
  summarizeChanges,
  type Actor,
  type DemoLoadResult,
  type DemoRemovalResult,
  type DemoStatus,
  type Organization,
  utcDay,
} from '@certa/core';
import {
  appendAuditEvent,
  deleteOrganizationData,
  evidenceBlobExists,
  findActiveMembership,
  findBuiltInFramework,
  findDemoOrganization,
  findUserByEmail,
  listFirstUsers,
  listRequirements,
  lockDemoOrganization,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { presentOrganization } from '../presenters/identity.presenter.ts';
import { loadDemoContent } from './demo-content.ts';
import { addMembership, addOrganization } from './identity-writes.ts';

/** The context of a demo organisation's owner, for the services that fill it. */
function ownerContext(context: RequestContext, organizationId: string, membershipId: string): RequestContext {
  const actor: Actor = { ...context.actor, membership: { id: membershipId, organizationId, role: 'owner' } };
  return { ...context, actor };
}

/** Whether a demo organisation is loaded; its details only for its members. */
export async function getDemoStatus(deps: AppDeps, context: RequestContext): Promise<DemoStatus> {
  const demo = await findDemoOrganization(deps.database.db);
  if (!demo) return { exists: false, organization: null, role: null };
  const membership = await findActiveMembership(deps.database.db, demo.id, context.actor.userId, context.now);
  return {
    exists: true,
    organization: membership ? presentOrganization(demo) : null,
    role: membership?.role ?? null,
  };
}

/** Creates the demo organisation with the loader as owner; refused while one exists. */
async function createDemoOrganization(
  deps: AppDeps,
  context: RequestContext,
  name: string,
): Promise<{ organization: Organization; membershipId: string; frameworkId: string }> {
  return deps.database.db.transaction(async (tx) => {
    await lockDemoOrganization(tx);
    const existing = await findDemoOrganization(tx);
    if (existing)
      throw new DomainError(
        'conflict',
        `A demo organisation is already loaded (${existing.name}); remove it first to load it again`,
        { organizationId: existing.id },
      );
    const framework = await findBuiltInFramework(tx, iso27001FrameworkInfo.slug, iso27001FrameworkInfo.version);
    if (!framework)
      throw new DomainError(
        'conflict',
        'The built-in ISO/IEC 27001:2022 catalogue is not installed yet; start Certa once first',
      );
    const organization: Organization = { id: randomUUID(), name, createdAt: context.now, demo: true };
    const membershipId = randomUUID();
    const audit = auditContext(context);
    await addOrganization(tx, organization, audit);
    await addMembership(
      tx,
      {
        id: membershipId,
        organizationId: organization.id,
        userId: context.actor.userId,
        role: 'owner',
        expiresAt: null,
        createdAt: context.now,
      },
      context.actor.email,
      audit,
    );
    return { organization, membershipId, frameworkId: framework.id };
  });
}

/**
 * Loads the Northwind Cloud demo organisation (fictional data, dated relative to today) with the caller
 * as its owner. Every record is written through the same services as a person's edits, so each has its
 * audit event. Refused with 409 while a demo organisation exists; a failure part-way removes what was
 * loaded.
 */
export async function loadDemo(deps: AppDeps, context: RequestContext): Promise<DemoLoadResult> {
  const dataset = northwindDemo(utcDay(context.now));
  const { organization, membershipId, frameworkId } = await createDemoOrganization(
    deps,
    context,
    dataset.organizationName,
  );
  const owner = ownerContext(context, organization.id, membershipId);
  try {
    const requirements = await listRequirements(deps.database.db, frameworkId);
    const requirementIds = new Map(requirements.map((requirement) => [requirement.refId, requirement.id]));
    const loaded = await loadDemoContent(deps, owner, dataset, frameworkId, requirementIds);
    await deps.database.db.transaction(async (tx) => {
      await appendAuditEvent(
        tx,
        {
          organizationId: organization.id,
          action: 'demo.loaded',
          entityType: 'organization',
          entityId: organization.id,
          changes: summarizeChanges(undefined, { name: organization.name, demo: true, ...loaded.counts }),
        },
        auditContext(owner),
      );
    });
    return { organization: presentOrganization(organization), ...loaded };
  } catch (error) {
    await removeDemoOrganization(deps, organization.id, context).catch(() => undefined);
    throw error;
  }
}

/**
 * Deletes the demo organisation and everything in it (see `deleteOrganizationData`), then the evidence
 * files nothing else uses. Its audit trail goes with it, so the removal is recorded on the installation's
 * chain. Never touches an organisation that is not marked as the demo.
 */
async function removeDemoOrganization(
  deps: AppDeps,
  organizationId: string,
  context: RequestContext | null,
): Promise<DemoRemovalResult> {
  const { name, removal } = await deps.database.db.transaction(async (tx) => {
    await lockDemoOrganization(tx);
    const demo = await findDemoOrganization(tx);
    if (demo?.id !== organizationId) throw new DomainError('not_found', 'No demo organisation is loaded');
    const removal = await deleteOrganizationData(tx, organizationId);
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'demo.removed',
        entityType: 'organization',
        entityId: organizationId,
        changes: summarizeChanges({ name: demo.name, demo: true }, undefined),
      },
      context
        ? auditContext(context)
        : { actorUserId: null, actorLabel: 'cli', requestId: null, ip: null, occurredAt: deps.clock() },
    );
    return { name: demo.name, removal };
  });
  let filesDeleted = 0;
  for (const sha256 of removal.orphanedBlobs) {
    // Someone may have uploaded the same bytes since the transaction committed: keep the file then.
    if (!deps.evidenceStore || (await evidenceBlobExists(deps.database.db, sha256))) continue;
    await deps.evidenceStore.remove(sha256);
    filesDeleted += 1;
  }
  return { organizationId, name, rowsByTable: removal.rowsByTable, filesDeleted };
}

/**
 * Removes the demo organisation. With a request context only an owner of the demo organisation may do
 * it; without one (the `certa demo remove` command, run by whoever administers the database) anyone.
 */
export async function removeDemo(deps: AppDeps, context: RequestContext | null): Promise<DemoRemovalResult> {
  const demo = await findDemoOrganization(deps.database.db);
  if (!demo) throw new DomainError('not_found', 'No demo organisation is loaded');
  if (context) {
    const membership = await findActiveMembership(deps.database.db, demo.id, context.actor.userId, context.now);
    if (membership?.role !== 'owner') throw new DomainError('forbidden', `Only an owner of ${demo.name} can remove it`);
  }
  return removeDemoOrganization(deps, demo.id, context);
}

/**
 * Who becomes owner of a demo loaded from the command line: the user with `email`, or else the only user
 * of the installation. Refused when there is none yet, or several and none is named.
 */
export async function resolveDemoOwner(
  deps: Pick<AppDeps, 'database'>,
  email: string | undefined,
): Promise<{ userId: string; email: string }> {
  if (email !== undefined) {
    const user = await findUserByEmail(deps.database.db, normalizeEmail(email));
    if (!user)
      throw new DomainError('not_found', `No user with the email ${email}; create one first (certa user create)`);
    return { userId: user.id, email: user.email };
  }
  const users = await listFirstUsers(deps.database.db, 2);
  const [only] = users;
  if (!only)
    throw new DomainError(
      'validation_failed',
      'There is no user yet to own the demo organisation: finish the first-run setup, or run certa user create',
    );
  if (users.length > 1)
    throw new DomainError(
      'validation_failed',
      'There are several users: name the owner of the demo with --owner EMAIL',
    );
  return { userId: only.id, email: only.email };
}

/** The context of a command run on the server's database by its administrator, acting as `user`. */
export function commandLineContext(user: { userId: string; email: string }, now: Date): RequestContext {
  // The audit trail records the user; "cli" and "local" say where the change came from instead of a request.
  return {
    actor: { userId: user.userId, email: user.email, via: 'session' },
    requestId: 'cli',
    ip: 'local',
    now,
    sessionId: null,
    csrfToken: null,
  };
}
