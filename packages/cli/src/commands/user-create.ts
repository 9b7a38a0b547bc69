import type { Command } from 'commander';
import {
  DomainError,
  emailSchema,
  newPasswordSchema,
  organizationNameSchema,
  personNameSchema,
  roleSchema,
} from '@certa/core';
import { migrate, type AuditContext } from '@certa/db';
import { createUserAccount, hashPassword } from '@certa/server';
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
        const { organization, createdOrganization: created } = await createUserAccount(
          database,
          { email, name, passwordHash, organizationName, role },
          audit,
        );
        io.out(
          `Created user ${email} as ${role} of the ${created ? 'new' : 'existing'} organisation ${organization.name} (${organization.id})`,
        );
      } finally {
        await close();
      }
    });
}
