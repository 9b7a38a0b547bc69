import type { Membership, Organization, Role, User } from '@certa/core';
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { membership, organization, userAccount } from '../schema/identity.ts';

/** A user with the secrets only the authentication service may look at. */
export interface UserWithCredentials extends User {
  passwordHash: string | null;
  oidcSubject: string | null;
}

/** A membership together with its organisation. */
export interface MembershipWithOrganization extends Membership {
  organization: Organization;
}

/** A membership together with its user. */
export interface MemberWithUser extends Membership {
  user: Pick<User, 'id' | 'email' | 'name'>;
}

const activeAt = (now: Date) => or(isNull(membership.expiresAt), gt(membership.expiresAt, now));

function toUser(row: typeof userAccount.$inferSelect): UserWithCredentials {
  return { ...row };
}

/** Counts the user accounts of the installation (0 before first-run setup). */
export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(userAccount);
  return row?.n ?? 0;
}

/** Inserts a user account. */
export async function insertUser(tx: Executor, user: UserWithCredentials): Promise<void> {
  await tx.insert(userAccount).values(user);
}

/** Finds a user by normalised email. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserWithCredentials | undefined> {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.email, email));
  return row ? toUser(row) : undefined;
}

/** Finds a user by id. */
export async function findUserById(db: Executor, id: string): Promise<UserWithCredentials | undefined> {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.id, id));
  return row ? toUser(row) : undefined;
}

/** Finds the user linked to a single sign-on subject. */
export async function findUserByOidcSubject(db: Executor, subject: string): Promise<UserWithCredentials | undefined> {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.oidcSubject, subject));
  return row ? toUser(row) : undefined;
}

/** Changes fields of a user account. */
export async function updateUser(
  tx: Executor,
  id: string,
  patch: Partial<Pick<UserWithCredentials, 'name' | 'passwordHash' | 'oidcSubject'>>,
): Promise<void> {
  await tx.update(userAccount).set(patch).where(eq(userAccount.id, id));
}

/** Inserts an organisation. */
export async function insertOrganization(tx: Executor, value: Organization): Promise<void> {
  await tx.insert(organization).values(value);
}

/** Finds an organisation by id. */
export async function findOrganization(db: Executor, id: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organization).where(eq(organization.id, id));
  return row;
}

/** Renames an organisation. */
export async function updateOrganization(tx: Executor, id: string, patch: Pick<Organization, 'name'>): Promise<void> {
  await tx.update(organization).set(patch).where(eq(organization.id, id));
}

/** Inserts a membership. */
export async function insertMembership(tx: Executor, value: Membership): Promise<void> {
  await tx.insert(membership).values(value);
}

/** The memberships of a user that are in force at `now`, with their organisations, by organisation name. */
export async function listActiveMembershipsOfUser(
  db: Executor,
  userId: string,
  now: Date,
): Promise<MembershipWithOrganization[]> {
  const rows = await db
    .select({ membership, organization })
    .from(membership)
    .innerJoin(organization, eq(organization.id, membership.organizationId))
    .where(and(eq(membership.userId, userId), activeAt(now)))
    .orderBy(asc(organization.name), asc(organization.id));
  return rows.map((row) => ({ ...row.membership, organization: row.organization }));
}

/** The membership in force of a user in an organisation, if any. */
export async function findActiveMembership(
  db: Executor,
  organizationId: string,
  userId: string,
  now: Date,
): Promise<Membership | undefined> {
  const [row] = await db
    .select()
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId), activeAt(now)));
  return row;
}

/** Any membership (also expired) of a user in an organisation. */
export async function findMembershipOfUser(
  db: Executor,
  organizationId: string,
  userId: string,
): Promise<Membership | undefined> {
  const [row] = await db
    .select()
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  return row;
}

/** All members of an organisation with their users, by name. */
export async function listMembers(db: Executor, organizationId: string): Promise<MemberWithUser[]> {
  const rows = await db
    .select({ membership, user: { id: userAccount.id, email: userAccount.email, name: userAccount.name } })
    .from(membership)
    .innerJoin(userAccount, eq(userAccount.id, membership.userId))
    .where(eq(membership.organizationId, organizationId))
    .orderBy(asc(userAccount.name), asc(userAccount.email));
  return rows.map((row) => ({ ...row.membership, user: row.user }));
}

/** One member of an organisation; undefined when the id belongs to another organisation. */
export async function findMember(
  db: Executor,
  organizationId: string,
  membershipId: string,
): Promise<MemberWithUser | undefined> {
  const [row] = await db
    .select({ membership, user: { id: userAccount.id, email: userAccount.email, name: userAccount.name } })
    .from(membership)
    .innerJoin(userAccount, eq(userAccount.id, membership.userId))
    .where(and(eq(membership.organizationId, organizationId), eq(membership.id, membershipId)));
  return row ? { ...row.membership, user: row.user } : undefined;
}

/** Changes the role or expiry of a membership. */
export async function updateMembership(
  tx: Executor,
  id: string,
  patch: { role?: Role; expiresAt?: Date | null },
): Promise<void> {
  await tx.update(membership).set(patch).where(eq(membership.id, id));
}

/** Removes a membership. */
export async function deleteMembership(tx: Executor, id: string): Promise<void> {
  await tx.delete(membership).where(eq(membership.id, id));
}

/** Number of owners in force in an organisation (an organisation must keep at least one). */
export async function countActiveOwners(db: Executor, organizationId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.role, 'owner'), activeAt(now)));
  return row?.n ?? 0;
}

/** Organisations with exactly this name (names are not unique; callers decide what several mean). */
export async function findOrganizationsByName(db: Executor, name: string): Promise<Organization[]> {
  return db.select().from(organization).where(eq(organization.name, name)).orderBy(asc(organization.createdAt));
}

/** Every organisation of the installation, oldest first. */
export async function listOrganizations(db: Executor): Promise<Organization[]> {
  return db.select().from(organization).orderBy(asc(organization.createdAt));
}
