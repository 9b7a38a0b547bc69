import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { assertCan, DomainError } from '@certa/core';
import { findFrameworkWithAttributeFingerprint } from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { createLookupCache } from '../http/lookup-cache.ts';
import type { RequestContext } from '../http/request-context.ts';
import { presentFrameworkSummary, presentRequirement } from '../presenters/library.presenter.ts';
import { readFrameworkTree } from './library.service.ts';

/** A framework tree as sent to clients: its JSON, the same compressed, and an entity tag. */
export interface RenderedTree {
  json: string;
  /** The JSON gzipped once, for clients that accept it (a large catalog shrinks about tenfold). */
  gzip: Buffer;
  etag: string;
}

/** Keeps the rendered JSON of recently read framework trees (frameworks never change once stored). */
export interface FrameworkTreeCache {
  read(deps: AppDeps, context: RequestContext, frameworkId: string): Promise<RenderedTree>;
  /** Forgets the reused lookups (after this process changed something). */
  forgetLookups(): void;
}

/**
 * A cache of rendered framework trees for one app. A stored framework never changes; what an
 * organisation adds to it (attribute values) is checked with one small query, reused for
 * `lookupCacheMs` at most and forgotten whenever this process changes something, so other replicas
 * see an import within that time.
 */
export function createFrameworkTreeCache(lookupCacheMs = 0, maxEntries = 32): FrameworkTreeCache {
  const entries = new Map<string, RenderedTree>();
  const lookups = createLookupCache<Awaited<ReturnType<typeof findFrameworkWithAttributeFingerprint>>>(lookupCacheMs);
  return {
    forgetLookups: () => lookups.forget(),
    async read(deps, context, frameworkId) {
      assertCan(context.actor, 'ismsContent.read');
      const organizationId = context.actor.membership?.organizationId ?? null;
      const db = deps.database.db;
      const found = await lookups.get(`${organizationId ?? '-'} ${frameworkId}`, () =>
        findFrameworkWithAttributeFingerprint(db, organizationId, frameworkId),
      );
      if (!found) throw new DomainError('not_found', `No framework ${frameworkId}`);
      const { framework, fingerprint } = found;
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
      const rendered = {
        json,
        gzip: gzipSync(json),
        etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`,
      };
      entries.set(key, rendered);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return rendered;
    },
  };
}
