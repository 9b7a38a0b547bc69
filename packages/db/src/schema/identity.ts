import { roles } from '@certa/core';
import { boolean, index, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Roles of a membership, from the same array as the core type. */
export const roleEnum = pgEnum('role', roles);

/** An organisation served by this installation. */
export const organization = pgTable('organization', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamptz('created_at').notNull(),
  /** The demo organisation (fictional data, removable with certa demo remove). */
  demo: boolean('demo').notNull().default(false),
  /** Age in months after which a gap assessment is flagged as due for renewal. */
  assessmentMaxAgeMonths: smallint('assessment_max_age_months').notNull().default(12),
});

/** A person who can sign in (a local password, single sign-on, or both). */
export const userAccount = pgTable('user_account', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  oidcSubject: text('oidc_subject').unique(),
  createdAt: timestamptz('created_at').notNull(),
});

/** A user's role in an organisation. */
export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    role: roleEnum('role').notNull(),
    expiresAt: timestamptz('expires_at'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (table) => [uniqueIndex('membership_organization_user').on(table.organizationId, table.userId)],
);

/** A browser session; the cookie holds a secret whose SHA-256 is the id. */
export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('session_user').on(table.userId)],
);

/** A personal API token; only the SHA-256 of the secret is kept. */
export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (table) => [index('api_token_user').on(table.userId)],
);

/** An invitation to join an organisation; single use, expiring. */
export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    membershipExpiresAt: timestamptz('membership_expires_at'),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: uuid('invited_by_user_id')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    revokedAt: timestamptz('revoked_at'),
    emailedAt: timestamptz('emailed_at'),
  },
  (table) => [index('invitation_organization').on(table.organizationId)],
);

/** Failed sign-ins, for throttling across every replica sharing the database. */
export const loginFailure = pgTable(
  'login_failure',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
  },
  (table) => [
    index('login_failure_email').on(table.email, table.occurredAt),
    index('login_failure_ip').on(table.ip, table.occurredAt),
  ],
);
