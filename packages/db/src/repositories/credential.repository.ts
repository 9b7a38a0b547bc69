import { and, asc, desc, eq, gt, gte, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { apiToken, invitation, loginFailure, session, userAccount } from '../schema/identity.ts';

/** A stored browser session. */
export type SessionRecord = typeof session.$inferSelect;
/** A stored personal API token (hash only). */
export type ApiTokenRecord = typeof apiToken.$inferSelect;
/** A stored invitation (hash only). */
export type InvitationRecord = typeof invitation.$inferSelect;

/** Inserts a session. */
export async function insertSession(tx: Executor, value: SessionRecord): Promise<void> {
  await tx.insert(session).values(value);
}

/** Finds a session by the hash of its cookie secret. */
export async function findSession(db: Executor, id: string): Promise<SessionRecord | undefined> {
  const [row] = await db.select().from(session).where(eq(session.id, id));
  return row;
}

/** A session with the address of the account it belongs to, in one query (every request asks). */
export async function findSessionWithUser(
  db: Executor,
  id: string,
): Promise<(SessionRecord & { userEmail: string }) | undefined> {
  const [row] = await db
    .select({ session, userEmail: userAccount.email })
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .where(eq(session.id, id));
  return row ? { ...row.session, userEmail: row.userEmail } : undefined;
}

/** Records activity on a session (idle timeout). */
export async function touchSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(session).set({ lastSeenAt: at }).where(eq(session.id, id));
}

/** Ends one session. */
export async function deleteSession(tx: Executor, id: string): Promise<void> {
  await tx.delete(session).where(eq(session.id, id));
}

/** Ends every session of a user except `keepId`; returns how many ended. */
export async function deleteOtherSessions(tx: Executor, userId: string, keepId: string | null): Promise<number> {
  const rows = await tx
    .delete(session)
    .where(keepId === null ? eq(session.userId, userId) : and(eq(session.userId, userId), ne(session.id, keepId)))
    .returning({ id: session.id });
  return rows.length;
}

/** Inserts a personal API token. */
export async function insertApiToken(tx: Executor, value: ApiTokenRecord): Promise<void> {
  await tx.insert(apiToken).values(value);
}

/** Finds a token by the hash of its secret. */
export async function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const [row] = await db.select().from(apiToken).where(eq(apiToken.tokenHash, tokenHash));
  return row;
}

/** A user's tokens, newest first. */
export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenRecord[]> {
  return db
    .select()
    .from(apiToken)
    .where(eq(apiToken.userId, userId))
    .orderBy(desc(apiToken.createdAt), asc(apiToken.id));
}

/** One of a user's tokens; undefined when it belongs to someone else. */
export async function findApiToken(db: Executor, userId: string, id: string): Promise<ApiTokenRecord | undefined> {
  const [row] = await db
    .select()
    .from(apiToken)
    .where(and(eq(apiToken.userId, userId), eq(apiToken.id, id)));
  return row;
}

/** Changes a token (revocation, last use). */
export async function updateApiToken(
  db: Executor,
  id: string,
  patch: Partial<Pick<ApiTokenRecord, 'revokedAt' | 'lastUsedAt'>>,
): Promise<void> {
  await db.update(apiToken).set(patch).where(eq(apiToken.id, id));
}

/** Inserts an invitation. */
export async function insertInvitation(tx: Executor, value: InvitationRecord): Promise<void> {
  await tx.insert(invitation).values(value);
}

/** Finds an invitation by the hash of its link secret. */
export async function findInvitationByHash(db: Executor, tokenHash: string): Promise<InvitationRecord | undefined> {
  const [row] = await db.select().from(invitation).where(eq(invitation.tokenHash, tokenHash));
  return row;
}

/** An organisation's invitations, newest first. */
export async function listInvitations(db: Executor, organizationId: string): Promise<InvitationRecord[]> {
  return db
    .select()
    .from(invitation)
    .where(eq(invitation.organizationId, organizationId))
    .orderBy(desc(invitation.createdAt), asc(invitation.id));
}

/** One invitation of an organisation; undefined when it belongs to another. */
export async function findInvitation(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<InvitationRecord | undefined> {
  const [row] = await db
    .select()
    .from(invitation)
    .where(and(eq(invitation.organizationId, organizationId), eq(invitation.id, id)));
  return row;
}

/** A pending invitation for this email in this organisation, if one is open. */
export async function findOpenInvitation(
  db: Executor,
  organizationId: string,
  email: string,
  now: Date,
): Promise<InvitationRecord | undefined> {
  const [row] = await db
    .select()
    .from(invitation)
    .where(
      and(
        eq(invitation.organizationId, organizationId),
        eq(invitation.email, email),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, now),
      ),
    );
  return row;
}

/** Marks an invitation accepted or revoked, only if it is still open; returns whether it was. */
export async function closeInvitation(
  tx: Executor,
  id: string,
  patch: { acceptedAt: Date } | { revokedAt: Date },
): Promise<boolean> {
  const rows = await tx
    .update(invitation)
    .set(patch)
    .where(and(eq(invitation.id, id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .returning({ id: invitation.id });
  return rows.length === 1;
}

/** Notes that an invitation was emailed. */
export async function markInvitationEmailed(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(invitation).set({ emailedAt: at }).where(eq(invitation.id, id));
}

/** Records a failed sign-in. */
export async function insertLoginFailure(db: Executor, value: typeof loginFailure.$inferSelect): Promise<void> {
  await db.insert(loginFailure).values(value);
}

/** Failed sign-ins for this account or from this address since `since`, and the oldest of them. */
export async function recentLoginFailures(
  db: Executor,
  email: string,
  ip: string,
  since: Date,
): Promise<{ byEmail: number; byIp: number; oldestByEmail: Date | null; oldestByIp: Date | null }> {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginFailure.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${loginFailure.ip} = ${ip})::int`,
      oldestByEmail: sql<
        string | null
      >`min(${loginFailure.occurredAt}) filter (where ${loginFailure.email} = ${email})`,
      oldestByIp: sql<string | null>`min(${loginFailure.occurredAt}) filter (where ${loginFailure.ip} = ${ip})`,
    })
    .from(loginFailure)
    .where(and(gte(loginFailure.occurredAt, since), or(eq(loginFailure.email, email), eq(loginFailure.ip, ip))));
  const toDate = (value: string | Date | null | undefined) => (value ? new Date(value) : null);
  return {
    byEmail: row?.byEmail ?? 0,
    byIp: row?.byIp ?? 0,
    oldestByEmail: toDate(row?.oldestByEmail),
    oldestByIp: toDate(row?.oldestByIp),
  };
}

/** Forgets failed sign-ins of an account and an address after a successful one. */
export async function clearLoginFailures(db: Executor, email: string, ip: string): Promise<void> {
  await db.delete(loginFailure).where(or(eq(loginFailure.email, email), eq(loginFailure.ip, ip)));
}

/** Deletes sessions past their lifetime and sign-in failures older than `failuresBefore` (housekeeping). */
export async function deleteExpiredCredentials(
  db: Executor,
  now: Date,
  failuresBefore: Date,
): Promise<{ sessions: number; failures: number }> {
  const sessions = await db.delete(session).where(lt(session.expiresAt, now)).returning({ id: session.id });
  const failures = await db
    .delete(loginFailure)
    .where(lt(loginFailure.occurredAt, failuresBefore))
    .returning({ id: loginFailure.id });
  return { sessions: sessions.length, failures: failures.length };
}
