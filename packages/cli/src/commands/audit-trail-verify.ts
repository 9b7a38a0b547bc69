import type { Command } from 'commander';
import { DomainError, idSchema, type ChainVerification } from '@certa/core';
import {
  currentSchemaVersion,
  latestSchemaVersion,
  listAuditChains,
  schema,
  verifyStoredAuditChain,
  type Executor,
} from '@certa/db';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';

interface VerifyOptions extends DatabaseOptions {
  org?: string;
}

/** A chain to check: the installation's (organisation null) or an organisation's. */
interface Chain {
  organizationId: string | null;
  label: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Every chain: the installation's first, then every organisation (with or without events) by name. */
async function chainsToVerify(db: Executor, organizationId: string | undefined): Promise<Chain[]> {
  const organizations = await db.select().from(schema.organization);
  const label = (id: string) => {
    const organization = organizations.find((row) => row.id === id);
    return `organisation ${organization?.name ?? '(no longer exists)'} (${id})`;
  };
  if (organizationId !== undefined) {
    if (!organizations.some((row) => row.id === organizationId)) {
      throw new DomainError('not_found', `No organisation with id ${organizationId}`);
    }
    return [{ organizationId, label: label(organizationId) }];
  }
  const keys = new Set<string | null>(await listAuditChains(db));
  for (const organization of organizations) keys.add(organization.id);
  const chains = [...keys].map((id) => ({ organizationId: id, label: id === null ? 'installation' : label(id) }));
  return chains.sort((a, b) =>
    a.organizationId === null ? -1 : b.organizationId === null ? 1 : a.label.localeCompare(b.label),
  );
}

function reportLine(chain: Chain, verification: ChainVerification): string {
  return verification.ok
    ? `${chain.label}: ${plural(verification.checked, 'event')}, chain intact, latest hash ${verification.lastHash}`
    : `${chain.label}: chain broken at event ${verification.sequence}: ${verification.problem} (${plural(verification.checked, 'event')} intact before it)`;
}

/** `certa audit-trail verify`: recomputes the hash chains of the audit trail. */
export function registerAuditTrailVerify(program: Command, io: CliIo): void {
  const auditTrail = program.command('audit-trail').description('Check the audit trail');
  auditTrail
    .command('verify')
    .description("Recompute every hash chain of the audit trail (or one organisation's) and report breaks")
    .option('--org <id>', 'verify only this organisation')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (options: VerifyOptions) => {
      if (options.org !== undefined && !idSchema.safeParse(options.org).success) {
        throw new DomainError('validation_failed', `Invalid --org: "${options.org}" is not an organisation id`);
      }
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      try {
        const version = await currentSchemaVersion(database.db);
        if (version < latestSchemaVersion()) {
          throw new DomainError(
            'validation_failed',
            `The database is at schema ${version}, this Certa expects ${latestSchemaVersion()}: run certa migrate first`,
          );
        }
        let broken = 0;
        const chains = await chainsToVerify(database.db, options.org);
        for (const chain of chains) {
          const verification = await verifyStoredAuditChain(database.db, chain.organizationId);
          if (!verification.ok) broken += 1;
          io.out(reportLine(chain, verification));
        }
        if (broken > 0) {
          throw new DomainError(
            'conflict',
            `The audit trail is broken in ${plural(broken, 'chain')} of ${chains.length}: it was changed outside Certa`,
          );
        }
      } finally {
        await close();
      }
    });
}
