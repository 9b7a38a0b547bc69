import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { utcDay } from '@certa/core';
import { findAuditChainSequence } from '@certa/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

/** An answer as sent to clients: its JSON, the same compressed, and an entity tag. */
export interface RenderedAnswer {
  json: string;
  gzip: Buffer;
  etag: string;
}

/**
 * Rendered answers of organisation-wide reads (the dashboard, an assessment's grid), reused while the
 * organisation's revision (and the day) stays the same. The revision is the last sequence number of the organisation's
 * audit chain: every change appends an event in its own transaction, so a change made by any replica gives a
 * new revision and the next read renders again. The revision is read before rendering, so an answer is never
 * older than the revision it is stored under.
 */
export interface RevisionCache {
  read(deps: AppDeps, organizationId: string, key: string, render: () => Promise<unknown>): Promise<RenderedAnswer>;
}

/** A cache of at most `maxEntries` rendered answers, the least recently used evicted first. */
export function createRevisionCache(maxEntries = 64): RevisionCache {
  const entries = new Map<string, RenderedAnswer>();
  return {
    async read(deps, organizationId, key, render) {
      const revision = await findAuditChainSequence(deps.database.db, organizationId);
      // The day is part of every key: ages, renewal flags and stale evidence change with it.
      const fullKey = `${organizationId} ${key} ${revision} ${utcDay(deps.clock())}`;
      const cached = entries.get(fullKey);
      if (cached) {
        entries.delete(fullKey);
        entries.set(fullKey, cached);
        return cached;
      }
      const json = JSON.stringify(await render());
      const rendered: RenderedAnswer = {
        json,
        gzip: gzipSync(json),
        etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
      };
      entries.set(fullKey, rendered);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return rendered;
    },
  };
}

/** Sends a rendered answer: 304 when the client has it, gzip when accepted, the JSON otherwise. */
export function sendRendered(request: FastifyRequest, reply: FastifyReply, rendered: RenderedAnswer): FastifyReply {
  reply.header('etag', rendered.etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === rendered.etag) return reply.code(304).send(null);
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? ''))
    return reply.header('content-encoding', 'gzip').type('application/json; charset=utf-8').send(rendered.gzip);
  return reply.type('application/json; charset=utf-8').send(rendered.json);
}
