import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import {
  DomainError,
  emailSchema,
  newPasswordSchema,
  organizationNameSchema,
  personNameSchema,
  roleSchema,
  summarizeChanges,
  type Organization,
  type User,
} from '@certa/core';
import {
  appendAuditEvent,
  findUserByEmail,
  insertMembership,
  insertOrganization,
  insertUser,
  migrate,
  schema,
  type AuditContext,
} from '@certa/db';
import { hashPassword } from '@certa/server';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';

interface UserCreateOptions extends DatabaseOptions {
  email: string;
  name: string;
  org: string;
  role: string;
  passwordStdin?: boolean;
}

type ParseResult<T> =
  { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };

/** The parsed value, or a one-line validation error naming the flag. */
function valid<T>(flag: string, result: ParseResult<T>): T {
  if (result.success) return result.data;
  throw new DomainError('validation_failed', `Invalid ${flag}: ${result.error.issues[0]?.message ?? 'not accepted'}`);
}

async function readPassword(io: CliIo, fromStdin: boolean | undefined): Promise<string> {
  if (!fromStdin || !io.readStdin) {
    throw new DomainError(
      'validation_failed',
      'Pass the password on standard input with --password-stdin (never on the command line, where others can see it)',
    );
  }
  // Only the first line, so `echo "$PASSWORD" | certa user create …` does not include the newline.
  const [firstLine = ''] = (await io.readStdin()).split(/\r?\n/);
  return valid('password', newPasswordSchema.safeParse(firstLine));
}

/**
 * `certa user create`: adds a user with a password and a role in an organisation (created when no
 * organisation has that name), in one transaction with its audit events. The scriptable alternative to
 * the first-run setup page.
 */
export function registerUserCreate(program: Command, io: CliIo): void {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('create')
    .description('Create a user with a role in an organisation (created if no organisation has that name)')
    .requiredOption('--email <email>', 'email address the user signs in with')
    .requiredOption('--name <name>', "the person's name")
    .requiredOption('--org <name>', 'organisation to join, or to create when none has this name')
    .requiredOption('--role <role>', 'owner, isms_manager, auditor, contributor or viewer')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (options: UserCreateOptions) => {
      // Everything is checked before the database is opened, so bad input writes nothing.
      const email = valid('--email', emailSchema.safeParse(options.email));
      const name = valid('--name', personNameSchema.safeParse(options.name));
      const organizationName = valid('--org', organizationNameSchema.safeParse(options.org));
      const role = valid('--role', roleSchema.safeParse(options.role));
      const passwordHash = await hashPassword(await readPassword(io, options.passwordStdin));

      const { database, close } = await openCommandDatabase(options, io.env, { create: true });
      try {
        await migrate(database.db);
        const now = new Date();
        const audit: AuditContext = {
          actorUserId: null,
          actorLabel: 'cli',
          requestId: null,
          ip: null,
          occurredAt: now,
        };
        const { organization, created } = await database.db.transaction(async (tx) => {
          if (await findUserByEmail(tx, email)) {
            throw new DomainError('conflict', `A user with the email ${email} already exists`);
          }
          const namesakes = (await tx.select().from(schema.organization)).filter(
            (row) => row.name === organizationName,
          );
          if (namesakes.length > 1) {
            throw new DomainError('conflict', `${namesakes.length} organisations are named "${organizationName}"`);
          }
          const existing = namesakes[0];
          const organization: Organization = existing ?? { id: randomUUID(), name: organizationName, createdAt: now };
          const newUser: User = { id: randomUUID(), email, name, createdAt: now };
          const membershipId = randomUUID();
          await insertUser(tx, { ...newUser, passwordHash, oidcSubject: null });
          await appendAuditEvent(
            tx,
            {
              organizationId: null,
              action: 'user.created',
              entityType: 'user',
              entityId: newUser.id,
              changes: summarizeChanges(undefined, { email, name }),
            },
            audit,
          );
          if (!existing) {
            await insertOrganization(tx, organization);
            await appendAuditEvent(
              tx,
              {
                organizationId: organization.id,
                action: 'organization.created',
                entityType: 'organization',
                entityId: organization.id,
                changes: summarizeChanges(undefined, { name: organization.name }),
              },
              audit,
            );
          }
          await insertMembership(tx, {
            id: membershipId,
            organizationId: organization.id,
            userId: newUser.id,
            role,
            expiresAt: null,
            createdAt: now,
          });
          await appendAuditEvent(
            tx,
            {
              organizationId: organization.id,
              action: 'member.added',
              entityType: 'membership',
              entityId: membershipId,
              changes: summarizeChanges(undefined, { email, role }),
            },
            audit,
          );
          return { organization, created: !existing };
        });
        io.out(
          `Created user ${email} as ${role} of the ${created ? 'new' : 'existing'} organisation ${organization.name} (${organization.id})`,
        );
      } finally {
        await close();
      }
    });
}
