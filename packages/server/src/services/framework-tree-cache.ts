import { createHash } from 'node:crypto';
import { assertCan, DomainError } from '@certa/core';
import { findFrameworkVisibleTo, organizationAttributeFingerprint } from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import { presentFrameworkSummary, presentRequirement } from '../presenters/library.presenter.ts';
import { readFrameworkTree } from './library.service.ts';

/** A framework tree as sent to clients: its JSON and an entity tag. */
export interface RenderedTree {
  json: string;
  etag: string;
}

/** Keeps the rendered JSON of recently read framework trees (frameworks never change once stored). */
export interface FrameworkTreeCache {
  read(deps: AppDeps, context: RequestContext, frameworkId: string): Promise<RenderedTree>;
}

/**
 * A cache of rendered framework trees for one app. A stored framework never changes; what an
 * organisation adds to it (attribute values) is checked with one small query on every read, so every
 * replica stays right without telling the others.
 */
export function createFrameworkTreeCache(maxEntries = 32): FrameworkTreeCache {
  const entries = new Map<string, RenderedTree>();
  return {
    async read(deps, context, frameworkId) {
      assertCan(context.actor, 'ismsContent.read');
      const organizationId = context.actor.membership?.organizationId ?? null;
      const db = deps.database.db;
      const framework = await findFrameworkVisibleTo(db, organizationId, frameworkId);
      if (!framework) throw new DomainError('not_found', `No framework ${frameworkId}`);
      const fingerprint =
        organizationId === null ? '-' : await organizationAttributeFingerprint(db, organizationId, framework.id);
      const key = `${framework.id} ${organizationId ?? '-'} ${fingerprint}`;
      const cached = entries.get(key);
      if (cached) {
        // Most recently used last, so the oldest is evicted first.
        entries.delete(key);
        entries.set(key, cached);
        return cached;
      }
      const tree = await readFrameworkTree(deps.database, organizationId, framework.id);
      const json = JSON.stringify({
        data: { ...presentFrameworkSummary(tree.framework), requirements: tree.requirements.map(presentRequirement) },
      });
      const rendered = { json, etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"` };
      entries.set(key, rendered);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return rendered;
    },
  };
}
