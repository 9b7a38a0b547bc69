import { randomInt, randomUUID } from 'node:crypto';
import { DomainError, summarizeChanges } from '@certa/core';
import {
  appendAuditEvent,
  findApiToken,
  insertApiToken,
  listApiTokens,
  sha256Hex,
  updateApiToken,
  type ApiTokenRecord,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { newSecret } from '../auth/secrets.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';

const dayMs = 86_400_000;
const prefixAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The visible part of a token, `certa_` and 8 random letters or digits, shown in lists to tell tokens apart. */
function newTokenPrefix(): string {
  let random = '';
  for (let index = 0; index < 8; index += 1) random += prefixAlphabet.charAt(randomInt(prefixAlphabet.length));
  return `certa_${random}`;
}

/**
 * Creates a personal API token for the caller and returns its secret, which is shown this once: only
 * its SHA-256 is stored. A token cannot create tokens, so a leaked token cannot outlive its revocation.
 */
export async function createApiToken(
  deps: AppDeps,
  context: RequestContext,
  input: { name: string; expiresInDays: number },
): Promise<{ token: ApiTokenRecord; secret: string }> {
  if (context.actor.via === 'token') {
    throw new DomainError('forbidden', 'Create API tokens while signed in, not with another API token');
  }
  const prefix = newTokenPrefix();
  const secret = `${prefix}_${newSecret()}`;
  const token: ApiTokenRecord = {
    id: randomUUID(),
    userId: context.actor.userId,
    name: input.name,
    prefix,
    tokenHash: sha256Hex(secret),
    createdAt: context.now,
    expiresAt: new Date(context.now.getTime() + input.expiresInDays * dayMs),
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.database.db.transaction(async (tx) => {
    await insertApiToken(tx, token);
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'api_token.created',
        entityType: 'api_token',
        entityId: token.id,
        changes: summarizeChanges(undefined, { name: token.name, prefix, expiresAt: token.expiresAt }),
      },
      auditContext(context),
    );
  });
  return { token, secret };
}

/** The caller's own tokens, newest first (hashes stay inside). */
export async function listMyApiTokens(deps: AppDeps, context: RequestContext): Promise<ApiTokenRecord[]> {
  return listApiTokens(deps.database.db, context.actor.userId);
}

/** Revokes one of the caller's tokens: it answers 401 from the next request on. */
export async function revokeApiToken(deps: AppDeps, context: RequestContext, tokenId: string): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    // Someone else's token is as unknown as a token that does not exist.
    const token = await findApiToken(tx, context.actor.userId, tokenId);
    if (!token) throw new DomainError('not_found', 'No such API token');
    if (token.revokedAt) throw new DomainError('conflict', 'This API token is already revoked');
    await updateApiToken(tx, token.id, { revokedAt: context.now });
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'api_token.revoked',
        entityType: 'api_token',
        entityId: token.id,
        changes: {
          ...summarizeChanges({ revokedAt: null }, { revokedAt: context.now }),
          name: { before: token.name },
          prefix: { before: token.prefix },
        },
      },
      auditContext(context),
    );
  });
}
