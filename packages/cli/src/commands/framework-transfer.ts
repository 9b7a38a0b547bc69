import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import {
  DomainError,
  frameworkExportFormats,
  frameworkImportFormats,
  idSchema,
  maxImportFileBytes,
  type FrameworkExportFormat,
  type FrameworkImportReport,
} from '@certa/core';
import { findOrganization, findOrganizationsByName, listOrganizations, migrate, type Database } from '@certa/db';
import { attributeTemplateCsv, frameworkTemplateCsv, frameworkTemplateXlsx } from '@certa/interop';
import { exportFramework, importFrameworkFile, installBuiltInFrameworks } from '@certa/server';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';

interface ImportOptions extends DatabaseOptions {
  org?: string;
  format?: string;
  catalog?: string;
  dryRun?: boolean;
  json?: boolean;
}

interface ExportOptions extends DatabaseOptions {
  org?: string;
  format?: string;
  out?: string;
}

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new DomainError('validation_failed', `Invalid ${flag} "${value}": use one of ${allowed.join(', ')}`);
  return value as T;
}

/** The organisation an --org flag names, by id or exact name. */
export async function resolveOrganization(database: Database, org: string): Promise<string> {
  if (idSchema.safeParse(org).success) {
    if (await findOrganization(database.db, org)) return org;
    throw new DomainError('not_found', `No organisation ${org}`);
  }
  const named = await findOrganizationsByName(database.db, org);
  if (named.length === 1 && named[0]) return named[0].id;
  throw new DomainError(
    named.length === 0 ? 'not_found' : 'validation_failed',
    named.length === 0 ? `No organisation named "${org}"` : `Several organisations are named "${org}": use its id`,
  );
}

/** The organisation named by --org (id or exact name), or the only one there is. */
async function importingOrganization(database: Database, org: string | undefined): Promise<string> {
  if (org !== undefined) return resolveOrganization(database, org);
  const all = await listOrganizations(database.db);
  if (all.length === 1 && all[0]) return all[0].id;
  throw new DomainError(
    'validation_failed',
    all.length === 0
      ? 'There is no organisation yet: finish setup in the browser or run certa user create first'
      : `Imports belong to an organisation: choose one with --org (${all.map((entry) => `"${entry.name}"`).join(', ')})`,
  );
}

function describeReport(report: FrameworkImportReport): string[] {
  const verb = report.dryRun ? 'would add' : 'added';
  const lines: string[] = [];
  for (const entry of report.frameworks) {
    lines.push(
      entry.status === 'unchanged'
        ? `${entry.name} ${entry.version}: already in the library, unchanged (${entry.frameworkId ?? ''})`
        : `${entry.name} ${entry.version}: ${verb} ${entry.requirementCount} requirements (${entry.assessableCount} assessable, ${entry.withdrawnCount} withdrawn, ${entry.parameterCount} parameters)${entry.frameworkId ? ` as ${entry.frameworkId}` : ''}`,
    );
  }
  if (report.resolvedAgainst)
    lines.push(`Profile resolved against ${report.resolvedAgainst.name} ${report.resolvedAgainst.version}`);
  for (const set of report.mappingSets)
    lines.push(`Mappings ${set.source} → ${set.target}: ${set.count} (${set.status === 'new' ? verb : 'unchanged'})`);
  if (report.attributes)
    lines.push(
      `Attribute values: ${report.attributes.valueCount} on ${report.attributes.requirementCount} requirements (${report.dryRun ? 'would replace' : 'replaced'} this organisation's values)`,
    );
  for (const warning of report.warnings) lines.push(`warning: ${warning.location}: ${warning.message}`);
  if (report.dryRun) lines.push('Dry run: nothing was written.');
  return lines;
}

/** `certa framework import|export|template`: moving frameworks in and out of the library. */
export function registerFrameworkTransfer(framework: Command, io: CliIo): void {
  framework
    .command('import')
    .description('Import a framework file into an organisation’s library (checked fully before anything is written)')
    .argument('<file>', 'OSCAL catalog or profile (JSON, YAML, XML), CISO Assistant library (YAML), CSV, XLSX')
    .option('--format <format>', `one of ${frameworkImportFormats.join(', ')} (detected when omitted)`)
    .option(
      '--catalog <id>',
      'imported catalog to resolve a profile against, or the framework an attributes file applies to',
    )
    .option('--org <id or name>', 'organisation importing the file (needed when there are several)')
    .option('--dry-run', 'check the file and report what would be created, write nothing')
    .option('--json', 'print the import report as JSON (the same shape as the API)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (file: string, options: ImportOptions) => {
      const format = choice('--format', options.format, frameworkImportFormats);
      if (options.catalog !== undefined && !idSchema.safeParse(options.catalog).success)
        throw new DomainError('validation_failed', `Invalid --catalog "${options.catalog}": use a framework id`);
      const size = await stat(file).catch(() => {
        throw new DomainError('not_found', `Cannot read ${file}`);
      });
      if (size.size > maxImportFileBytes)
        throw new DomainError(
          'payload_too_large',
          `${basename(file)}: ${(size.size / 1024 / 1024).toFixed(1)} MB is over the ${maxImportFileBytes / 1024 / 1024} MB import limit. Nothing was imported.`,
        );
      const bytes = new Uint8Array(await readFile(file));
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      const bar = io.isInteractive
        ? new SingleBar({ format: 'Importing [{bar}] {percentage}% {stage}', stream: process.stderr, hideCursor: true })
        : undefined;
      try {
        await migrate(database.db);
        await installBuiltInFrameworks(database, new Date());
        const organizationId = await importingOrganization(database, options.org);
        bar?.start(100, 0, { stage: 'reading' });
        const stageStart = { reading: 0, checking: 20, writing: 40, done: 100 } as const;
        const report = await importFrameworkFile(
          database,
          {
            organizationId,
            audit: { actorUserId: null, actorLabel: 'cli', requestId: null, ip: null, occurredAt: new Date() },
          },
          bytes,
          {
            fileName: basename(file),
            dryRun: options.dryRun === true,
            ...(format === undefined ? {} : { format: format }),
            ...(options.catalog === undefined ? {} : { catalogId: options.catalog }),
            onProgress: (stage, done, total) => {
              const share = stage === 'writing' ? Math.round((done / Math.max(total, 1)) * 59) : 0;
              bar?.update(stageStart[stage] + share, { stage });
            },
          },
        );
        bar?.stop();
        if (options.json) io.out(JSON.stringify(report, null, 2));
        else for (const line of describeReport(report)) io.out(line);
      } finally {
        bar?.stop();
        await close();
      }
    });

  framework
    .command('export')
    .description('Export a framework as an OSCAL catalog (JSON), Certa JSON, CSV or XLSX')
    .argument('<framework>', 'framework id, or slug such as iso27001-2022 (newest version)')
    .requiredOption('--format <format>', `one of ${frameworkExportFormats.join(', ')}`)
    .option('--out <file>', 'write to this file (default: standard output; required for xlsx)')
    .option('--org <id>', 'an organisation id, to export one of its imported frameworks')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (idOrSlug: string, options: ExportOptions) => {
      const format = choice('--format', options.format, frameworkExportFormats) as FrameworkExportFormat;
      if (format === 'xlsx' && options.out === undefined)
        throw new DomainError('validation_failed', 'XLSX is binary: name the file with --out');
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      try {
        await migrate(database.db);
        await installBuiltInFrameworks(database, new Date());
        const organizationId = options.org === undefined ? null : await resolveOrganization(database, options.org);
        const file = await exportFramework(database, organizationId, idOrSlug, format);
        if (options.out === undefined) io.out(new TextDecoder().decode(file.body).replace(/\n$/, ''));
        else {
          await writeFile(options.out, file.body);
          io.err(`Wrote ${options.out} (${file.body.byteLength} bytes)`);
        }
      } finally {
        await close();
      }
    });

  framework
    .command('template')
    .description('Write the documented template for a custom framework (CSV or XLSX) or for 27002 attribute values')
    .option('--format <format>', 'csv, xlsx or attributes', 'csv')
    .option('--out <file>', 'write to this file (default: standard output; required for xlsx)')
    .action(async (options: { format: string; out?: string }) => {
      const format = choice('--format', options.format, ['csv', 'xlsx', 'attributes'] as const);
      if (format === 'xlsx' && options.out === undefined)
        throw new DomainError('validation_failed', 'XLSX is binary: name the file with --out');
      const body =
        format === 'xlsx'
          ? await frameworkTemplateXlsx()
          : new TextEncoder().encode(format === 'csv' ? frameworkTemplateCsv() : attributeTemplateCsv());
      if (options.out === undefined) io.out(new TextDecoder().decode(body).replace(/\n$/, ''));
      else {
        await writeFile(options.out, body);
        io.err(`Wrote ${options.out}`);
      }
    });
}
