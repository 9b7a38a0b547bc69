import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import {
  DomainError,
  evidenceCreateInputSchema,
  evidenceKinds,
  evidenceToday,
  evidenceStatuses,
  normalizeEmail,
  type EvidenceKind,
  type EvidenceStatus,
  type EvidenceVerifyReport,
} from '@certa/core';
import {
  createEvidenceStore,
  currentSchemaVersion,
  latestSchemaVersion,
  listEvidenceItems,
  listMembers,
  listOrganizations,
  parseEvidenceMaxMegabytes,
  resolveEvidenceRoot,
  verifyEvidenceFiles,
  type Database,
  type EvidenceStore,
} from '@certa/db';
import {
  createEvidence,
  presentEvidenceDetail,
  presentEvidenceSummary,
  uploadEvidenceFile,
  type RequestContext,
} from '@certa/server';
import { openCommandDatabase, resolveDatabaseTarget, type CliIo, type DatabaseOptions } from '../cli-context.ts';
import { resolveOrganization } from './framework-transfer.ts';

/** Where evidence files are, for commands that read or write them. */
export interface EvidenceDirOptions {
  evidenceDir?: string;
}

interface ListOptions extends DatabaseOptions, EvidenceDirOptions {
  org?: string;
  json?: boolean;
  stale?: boolean;
}

interface AddOptions extends DatabaseOptions, EvidenceDirOptions {
  title: string;
  kind?: string;
  org?: string;
  as?: string;
  description?: string;
  owner?: string;
  status?: string;
  reviewBy?: string;
  effectiveFrom?: string;
  note?: string;
  json?: boolean;
  evidenceMaxMb?: string;
}

/**
 * The evidence folder a command uses: `--evidence-dir`, else `CERTA_EVIDENCE_DIR`, else `<data folder>/evidence`
 * (with a PostgreSQL server, only a data folder named explicitly counts); undefined when none applies.
 */
export function commandEvidenceRoot(
  options: DatabaseOptions & EvidenceDirOptions,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const target = resolveDatabaseTarget(options, env);
  const explicitData = options.data ?? (env.CERTA_DATA_DIR || undefined);
  return resolveEvidenceRoot({
    evidenceDir: options.evidenceDir ?? (env.CERTA_EVIDENCE_DIR || undefined),
    dataDir: target.databaseUrl ? explicitData : target.dataDir,
  });
}

/** The evidence store a command uses, or undefined when none is configured. */
export function commandEvidenceStore(
  options: DatabaseOptions & EvidenceDirOptions & { evidenceMaxMb?: string },
  env: NodeJS.ProcessEnv,
): EvidenceStore | undefined {
  const root = commandEvidenceRoot(options, env);
  if (!root) return undefined;
  const maxBytes = parseEvidenceMaxMegabytes(options.evidenceMaxMb ?? (env.CERTA_EVIDENCE_MAX_MB || undefined));
  return createEvidenceStore({ root, maxBytes });
}

const evidenceDirOption = '--evidence-dir <dir>';
const evidenceDirHelp = 'folder of evidence files (env CERTA_EVIDENCE_DIR; default: the data folder’s evidence/)';

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new DomainError('validation_failed', `Invalid ${flag} "${value}": use one of ${allowed.join(', ')}`);
  return value as T;
}

async function assertCurrentSchema(database: Database): Promise<void> {
  const version = await currentSchemaVersion(database.db);
  if (version < latestSchemaVersion())
    throw new DomainError(
      'validation_failed',
      `The database is at schema ${version}, this Certa expects ${latestSchemaVersion()}: run certa migrate first`,
    );
}

/** The organisation named by --org (id or exact name), or the only one there is. */
async function chosenOrganization(database: Database, org: string | undefined): Promise<string> {
  if (org !== undefined) return resolveOrganization(database, org);
  const all = await listOrganizations(database.db);
  if (all.length === 1 && all[0]) return all[0].id;
  throw new DomainError(
    'validation_failed',
    all.length === 0
      ? 'There is no organisation yet: finish setup in the browser or run certa user create first'
      : `Evidence belongs to an organisation: choose one with --org (${all.map((entry) => `"${entry.name}"`).join(', ')})`,
  );
}

/** Acts as the member named by --as (email), or as the organisation's only owner. */
async function actingMember(
  database: Database,
  organizationId: string,
  email: string | undefined,
  now: Date,
): Promise<RequestContext> {
  const members = (await listMembers(database.db, organizationId)).filter(
    (member) => member.expiresAt === null || member.expiresAt.getTime() > now.getTime(),
  );
  const owners = members.filter((member) => member.role === 'owner');
  const member =
    email === undefined
      ? owners.length === 1
        ? owners[0]
        : undefined
      : members.find((entry) => entry.user.email === normalizeEmail(email));
  if (!member) {
    throw new DomainError(
      email === undefined ? 'validation_failed' : 'not_found',
      email === undefined
        ? 'Say who adds the evidence with --as EMAIL (the organisation has several owners)'
        : `${email} is not a member of this organisation`,
    );
  }
  return {
    actor: {
      userId: member.user.id,
      email: member.user.email,
      via: 'session',
      membership: { id: member.id, organizationId, role: member.role },
    },
    requestId: 'cli',
    ip: 'local',
    now,
    sessionId: null,
    csrfToken: null,
  };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function describeProblems(report: EvidenceVerifyReport): string[] {
  return report.problems.map((problem) => {
    const what = { missing: 'missing', altered: 'altered (its bytes no longer match)', size_mismatch: 'wrong size' }[
      problem.problem
    ];
    const users = problem.usedBy.length > 0 ? problem.usedBy.join(', ') : 'no version';
    return `${problem.sha256}: ${what}; used by ${users}`;
  });
}

/** `certa evidence verify|list|add`: the evidence library from the command line. */
export function registerEvidence(program: Command, io: CliIo): void {
  const evidence = program.command('evidence').description('The evidence library: check stored files, list, add');

  evidence
    .command('verify')
    .description('Recompute the SHA-256 and size of every stored evidence file and compare them with the database')
    .option('--json', 'print the integrity report as JSON')
    .option(evidenceDirOption, evidenceDirHelp)
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (options: DatabaseOptions & EvidenceDirOptions & { json?: boolean }) => {
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      const bar = io.isInteractive
        ? new SingleBar({ format: 'Verifying [{bar}] {value}/{total} files', stream: process.stderr, hideCursor: true })
        : undefined;
      try {
        await assertCurrentSchema(database);
        const store = commandEvidenceStore(options, io.env);
        let started = false;
        const report = await verifyEvidenceFiles(database.db, store, ({ done, total }) => {
          if (!started) bar?.start(total, 0);
          started = true;
          bar?.update(done);
        });
        bar?.stop();
        if (options.json) io.out(JSON.stringify(report, null, 2));
        else {
          for (const line of describeProblems(report)) io.out(line);
          if (report.ok)
            io.out(`${report.checked} evidence files checked in ${store?.root ?? '(no folder)'}: all intact`);
        }
        if (!report.ok) {
          throw new DomainError(
            'internal',
            `${report.problems.length} of ${report.checked} evidence files are missing or damaged${store ? '' : ' (no evidence folder given: use --evidence-dir)'}; restore them from a backup`,
          );
        }
      } finally {
        bar?.stop();
        await close();
      }
    });

  evidence
    .command('list')
    .description('List the evidence of an organisation (newest first)')
    .option('--org <id or name>', 'organisation (needed when there are several)')
    .option('--stale', 'only items whose review-by date has passed')
    .option('--json', 'print the list as JSON (the same shape as the API)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (options: ListOptions) => {
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      try {
        await assertCurrentSchema(database);
        const organizationId = await chosenOrganization(database, options.org);
        const today = evidenceToday(new Date());
        const items: ReturnType<typeof presentEvidenceSummary>[] = [];
        for (let offset = 0; ; offset += 500) {
          const page = await listEvidenceItems(database.db, organizationId, {
            today,
            limit: 500,
            offset,
            ...(options.stale ? { stale: true } : {}),
          });
          items.push(...page.items.map((item) => presentEvidenceSummary(item, today)));
          if (page.items.length === 0 || items.length >= page.total) break;
        }
        if (options.json) {
          io.out(JSON.stringify(items, null, 2));
          return;
        }
        if (items.length === 0) io.err('No evidence yet: add some with certa evidence add FILE --title …');
        for (const item of items) {
          const file = item.latestFile
            ? `v${item.latestFile.versionNumber} ${item.latestFile.fileName} (${item.latestFile.mediaType}, ${item.latestFile.sizeBytes} bytes)`
            : (item.url ?? 'no file');
          const flags = [item.status, item.stale ? `stale since ${item.reviewBy ?? ''}` : null].filter(Boolean);
          io.out(`${item.reference}\t${item.kind}\t${flags.join(', ')}\t${item.title}\t${file}`);
        }
      } finally {
        await close();
      }
    });

  evidence
    .command('add')
    .description('Add a file to the evidence library as a new item (its first version)')
    .argument('<file>', 'the file to store')
    .requiredOption('--title <title>', 'what the evidence is')
    .option('--kind <kind>', `one of ${evidenceKinds.filter((kind) => kind !== 'link').join(', ')}`, 'document')
    .option('--status <status>', `one of ${evidenceStatuses.join(', ')}`, 'draft')
    .option('--description <text>', 'a longer description')
    .option('--owner <name>', 'who owns the evidence (a name or an email)')
    .option('--effective-from <date>', 'date the document or record takes effect (YYYY-MM-DD)')
    .option('--review-by <date>', 'date after which the item is flagged stale (YYYY-MM-DD)')
    .option('--note <text>', 'a note on this version')
    .option('--org <id or name>', 'organisation (needed when there are several)')
    .option('--as <email>', 'member who adds it (default: the organisation’s only owner)')
    .option('--json', 'print the new item as JSON (the same shape as the API)')
    .option(evidenceDirOption, evidenceDirHelp)
    .option('--evidence-max-mb <megabytes>', 'largest accepted file (env CERTA_EVIDENCE_MAX_MB; default 50)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (file: string, options: AddOptions) => {
      const kind = choice('--kind', options.kind, evidenceKinds) as EvidenceKind;
      if (kind === 'link')
        throw new DomainError('validation_failed', 'A link item carries no file: add it in the web app');
      const status = choice('--status', options.status, evidenceStatuses) as EvidenceStatus;
      const size = await stat(file).catch(() => {
        throw new DomainError('not_found', `Cannot read ${file}`);
      });
      if (!size.isFile()) throw new DomainError('validation_failed', `${file} is not a file`);
      if (size.size === 0) throw new DomainError('validation_failed', `${file} is empty. Nothing was stored.`);
      const parsed = evidenceCreateInputSchema.safeParse({
        title: options.title,
        kind,
        status,
        description: options.description ?? null,
        owner: options.owner ?? null,
        effectiveFrom: options.effectiveFrom ?? null,
        reviewBy: options.reviewBy ?? null,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const flag = `--${String(issue?.path[0] ?? '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
        throw new DomainError('validation_failed', `Invalid ${flag}: ${issue?.message ?? 'not accepted'}`);
      }
      const store = commandEvidenceStore(options, io.env);
      if (!store)
        throw new DomainError(
          'validation_failed',
          'With a PostgreSQL server, name the folder of evidence files with --evidence-dir (or CERTA_EVIDENCE_DIR)',
        );
      if (size.size > store.maxBytes)
        throw new DomainError(
          'payload_too_large',
          `${basename(file)}: ${megabytes(size.size)} is over the ${megabytes(store.maxBytes)} evidence limit. Nothing was stored.`,
        );
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      try {
        await assertCurrentSchema(database);
        const now = new Date();
        const organizationId = await chosenOrganization(database, options.org);
        const context = await actingMember(database, organizationId, options.as, now);
        const deps = { database, clock: () => now, evidenceStore: store };
        const created = await createEvidence(deps, context, parsed.data);
        const uploaded = await uploadEvidenceFile(deps, context, created.item.id, {
          fileName: basename(file),
          note: options.note,
          body: createReadStream(file),
          declaredSize: size.size,
        });
        const version = uploaded.item.latestFile;
        if (options.json) io.out(JSON.stringify(presentEvidenceDetail(uploaded), null, 2));
        else
          io.out(
            `Added ${uploaded.item.reference} "${uploaded.item.title}": ${basename(file)} (${version?.mediaType ?? ''}, ${version?.sizeBytes ?? 0} bytes, sha256 ${version?.sha256 ?? ''})`,
          );
      } finally {
        await close();
      }
    });
}
