// Prints what a large organisation costs in the gap assessment: 20 assessments of the 370-control NIST SP 800-53
// HIGH catalog and 20 of ISO/IEC 27001:2022 with every requirement answered, 20,000 evidence items; then the
// dashboard, grid and evidence APIs under 16 concurrent clients, concurrent answer saves, the workspace grid in
// Chromium, and the gap report downloads. It measures and compares with the budgets; it never asserts.
// Run with `npm run bench:gap` (or `node --import tsx bench/gap.ts`); see bench/README.md.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { openDataFolder, openEmbeddedDatabase, openPostgresDatabase, schema, type Database } from '@certa/db';
import { eq } from 'drizzle-orm';
import { attempter, progress } from './lib/attempt.ts';
import { measureConcurrentAnswerSaves, type WriteLoadResult } from './lib/answer-writes.ts';
import { measureGridInBrowser, type GridRun } from './lib/browser-grid.ts';
import { signIn, type Session } from './lib/certa-api.ts';
import { cleanUpNow, installExitHandlers, makeTempFolder, removeTempFolder } from './lib/cleanup.ts';
import { commandFailure, runCerta, runCertaOk, runNode } from './lib/cli-process.ts';
import { measureConcurrentGets, type LoadResult } from './lib/http-load.ts';
import { seedLargeOrganization, type LargeOrgSummary, type SeededAssessment } from './lib/large-org.ts';
import { machineInfo, machineLine, redactUrl } from './lib/report.ts';
import { writeResultsJson } from './lib/results.ts';
import { startServer, stopServer, type ServerTarget } from './lib/server-process.ts';
import { round1, summarize, type Summary } from './lib/stats.ts';

const CATALOG = '/work/shared/data/oscal/nist/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json';
const SHAPE = { assessmentsPerFramework: 20, evidenceItems: 20_000, linksPerAssessment: 50 };
const LOAD_CLIENTS = 16;
const LOAD_SECONDS = 10;
const BROWSER_RUNS = 5;
const REPORT_RUNS = 5;
const BUDGET = { readP95Ms: 50, saveP95Ms: 30, gridInteractiveMs: 1000, pdfMs: 1500, xlsxMs: 500 };
const USER = {
  email: 'bench@example.com',
  name: 'Bench',
  org: 'Bench Large Org',
  password: 'bench-password-2024',
} as const;

const errors: string[] = [];
const attempt = attempter(errors);

type Where = ['--data', string] | ['--database-url', string];

interface ReadFigure {
  label: string;
  path: string;
  load: LoadResult;
  withinBudget: boolean;
}

interface ReportFigure {
  format: string;
  bytes: number;
  ms: number[];
  summary: Summary;
  budgetMs: number;
  withinBudget: boolean;
}

interface TargetFigures {
  label: string;
  seeded: Omit<LargeOrgSummary, 'assessments'> & { assessments: number; seedMs: number };
  reads: ReadFigure[];
  saves: (WriteLoadResult & { withinBudget: boolean })[];
  browser?: { runs: GridRun[]; firstRowMs: Summary; selectedMs: Summary; withinBudget: boolean };
  reports: ReportFigure[];
}

async function createUser(where: Where): Promise<void> {
  const args = ['user', 'create', ...where, '--email', USER.email, '--name', USER.name, '--org', USER.org];
  args.push('--role', 'owner', '--password-stdin');
  const result = await runCerta(args, { stdin: `${USER.password}\n` });
  if (result.code !== 0 && !/already exists/i.test(result.stderr)) throw commandFailure('certa user create', result);
}

/** Finds the bench organisation, user and the two frameworks, and writes the large organisation. */
async function seed(database: Database): Promise<LargeOrgSummary & { seedMs: number }> {
  const db = database.db;
  const [organization] = await db.select().from(schema.organization).where(eq(schema.organization.name, USER.org));
  const [user] = await db.select().from(schema.userAccount).where(eq(schema.userAccount.email, USER.email));
  if (!organization || !user) throw new Error(`the bench organisation or user is missing`);
  const frameworks = await db.select().from(schema.framework);
  const iso = frameworks.find((framework) => framework.source === 'built_in');
  const nist = frameworks.find(
    (framework) => framework.organizationId === organization.id && framework.sourceFileName === basename(CATALOG),
  );
  if (!iso || !nist) throw new Error('the ISO/IEC 27001 or the imported NIST framework is missing');
  const startedAt = performance.now();
  const summary = await seedLargeOrganization(
    db,
    {
      organizationId: organization.id,
      userId: user.id,
      frameworks: [
        { id: nist.id, slug: nist.slug, iso27001: false },
        { id: iso.id, slug: iso.slug, iso27001: true },
      ],
    },
    SHAPE,
  );
  return { ...summary, seedMs: performance.now() - startedAt };
}

async function csrfToken(baseUrl: string, session: Session): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie: session.cookieHeader } });
  const body = (await response.json()) as { data?: { csrfToken?: string } };
  if (!body.data?.csrfToken) throw new Error('GET /api/v1/auth/me gave no CSRF token');
  return body.data.csrfToken;
}

async function timeDownload(url: string, headers: Record<string, string>): Promise<{ ms: number; bytes: number }> {
  const sentAt = performance.now();
  const response = await fetch(url, { headers });
  const bytes = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - sentAt;
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return { ms, bytes };
}

const latestOf = (assessments: SeededAssessment[], iso27001: boolean): SeededAssessment => {
  const found = assessments.filter((assessment) => assessment.iso27001 === iso27001).at(-1);
  if (!found) throw new Error('no seeded assessment');
  return found;
};

async function measureTarget(
  label: string,
  target: ServerTarget,
  seeded: LargeOrgSummary & { seedMs: number },
  logDir: string,
  browser: boolean,
): Promise<TargetFigures> {
  const figures: TargetFigures = {
    label,
    seeded: {
      assessments: seeded.assessments.length,
      answers: seeded.answers,
      evidenceItems: seeded.evidenceItems,
      evidenceLinks: seeded.evidenceLinks,
      seedMs: round1(seeded.seedMs),
    },
    reads: [],
    saves: [],
    reports: [],
  };
  progress(`${label}: starting certa serve…`);
  const server = await startServer(target, logDir);
  try {
    const session = await signIn(server.url, USER.email, USER.password, USER.org);
    const headers = { cookie: session.cookieHeader };
    const org = `/api/v1/organizations/${session.organizationId}`;
    const nist = latestOf(seeded.assessments, false);
    const iso = latestOf(seeded.assessments, true);
    const reads: [string, string][] = [
      ['Dashboard', `${org}/dashboard`],
      ['Grid, NIST HIGH (370 controls)', `${org}/gap-assessments/${nist.id}`],
      ['Grid, ISO/IEC 27001:2022', `${org}/gap-assessments/${iso.id}`],
      ['Assessment list', `${org}/gap-assessments`],
      ['Evidence list (first 100 of 20,000)', `${org}/evidence?limit=100`],
      ['Evidence list, stale only', `${org}/evidence?stale=true&limit=100`],
      ['Evidence of one assessment', `${org}/evidence-links?targetType=gap_answer&targetId=${nist.id}`],
    ];
    for (const [what, path] of reads) {
      await attempt(`GET ${what}`, async () => {
        const load = await measureConcurrentGets(`${server.url}${path}`, headers, LOAD_CLIENTS, LOAD_SECONDS);
        progress(
          `  ${what}: ${load.requests} requests, p95 ${load.latencyMs.p95.toFixed(1)} ms` +
            (load.firstError ? `; first failure: ${load.firstError}` : ''),
        );
        if (load.non2xx > 0 || load.errors > 0) throw new Error(load.firstError ?? 'failed requests');
        figures.reads.push({
          label: what,
          path: path.replace(session.organizationId, ':orgId'),
          load,
          withinBudget: load.latencyMs.p95 < BUDGET.readP95Ms,
        });
      });
    }

    // One person saving as they rate (the autosave of one workspace), then 16 people saving at once. The
    // generated answers are at version 1.
    const versions = new Map(nist.requirementIds.map((id) => [id, 1]));
    for (const clients of [1, LOAD_CLIENTS]) {
      await attempt(`answer saves, ${clients} client(s)`, async () => {
        const token = await csrfToken(server.url, session);
        const saves = await measureConcurrentAnswerSaves(
          server.url,
          `${org}/gap-assessments/${nist.id}`,
          { ...headers, 'x-csrf-token': token },
          nist.requirementIds,
          versions,
          clients,
          LOAD_SECONDS,
        );
        progress(
          `  answer saves, ${clients} client(s): ${saves.requests} saves, p95 ${saves.latencyMs.p95.toFixed(1)} ms` +
            (saves.firstError ? `; first failure: ${saves.firstError}` : ''),
        );
        if (saves.non2xx > 0 || saves.errors > 0) throw new Error(saves.firstError ?? 'failed saves');
        figures.saves.push({ ...saves, withinBudget: saves.latencyMs.p95 < BUDGET.saveP95Ms });
      });
    }

    for (const [format, budgetMs] of [
      ['pdf', BUDGET.pdfMs],
      ['xlsx', BUDGET.xlsxMs],
      ['docx', BUDGET.pdfMs],
    ] as const) {
      await attempt(`${format} report`, async () => {
        const url = `${server.url}${org}/gap-assessments/${iso.id}/report/download?format=${format}`;
        const runs: number[] = [];
        let bytes = 0;
        for (let run = 0; run < REPORT_RUNS; run += 1) {
          const result = await timeDownload(url, headers);
          runs.push(round1(result.ms));
          bytes = result.bytes;
        }
        const summary = summarize(runs);
        progress(`  ${format.toUpperCase()} report: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms (${bytes} bytes)`);
        figures.reports.push({ format, bytes, ms: runs, summary, budgetMs, withinBudget: summary.median < budgetMs });
      });
    }

    if (browser) {
      await attempt('browser grid', async () => {
        progress(`Browser: ${BROWSER_RUNS} navigations to the NIST workspace, then a click on a row…`);
        const runs = await measureGridInBrowser(server.url, session, nist.id, BROWSER_RUNS, progress);
        const selectedMs = summarize(runs.map((run) => run.selectedMs));
        figures.browser = {
          runs: runs.map((run) => ({ ...run, firstRowMs: round1(run.firstRowMs), selectedMs: round1(run.selectedMs) })),
          firstRowMs: summarize(runs.map((run) => run.firstRowMs)),
          selectedMs,
          withinBudget: selectedMs.median < BUDGET.gridInteractiveMs,
        };
      });
    }
    return figures;
  } finally {
    await stopServer(server);
  }
}

async function prepareEmbedded(): Promise<{ folder: string; seeded: LargeOrgSummary & { seedMs: number } }> {
  const folder = makeTempFolder('certa-bench-gap-');
  progress('Embedded: migrate, user, ISO catalogue, NIST HIGH import…');
  await runCertaOk(['migrate', '--data', folder]);
  await createUser(['--data', folder]);
  await runCertaOk(['framework', 'list', '--data', folder]);
  await runCertaOk(['framework', 'import', CATALOG, '--data', folder, '--org', USER.org]);
  progress('  generating the large organisation…');
  const dataFolder = openDataFolder(folder, { create: false });
  const database = await openEmbeddedDatabase(dataFolder.databasePath);
  try {
    const seeded = await seed(database);
    progress(
      `  ${seeded.assessments.length} assessments, ${seeded.answers} answers, ${seeded.evidenceItems} evidence items, ` +
        `${seeded.evidenceLinks} links in ${(seeded.seedMs / 1000).toFixed(1)} s`,
    );
    return { folder, seeded };
  } finally {
    await database.close();
    dataFolder.release();
  }
}

async function preparePostgres(databaseUrl: string): Promise<LargeOrgSummary & { seedMs: number }> {
  const where: Where = ['--database-url', databaseUrl];
  progress(`PostgreSQL ${redactUrl(databaseUrl)}: migrate, user, ISO catalogue, NIST HIGH import…`);
  await runCertaOk(['migrate', ...where]);
  await createUser(where);
  await runCertaOk(['framework', 'list', ...where]);
  const imported = await runCerta(['framework', 'import', CATALOG, ...where, '--org', USER.org]);
  if (imported.code !== 0 && !/already/i.test(imported.stderr)) throw commandFailure('framework import', imported);
  const database = await openPostgresDatabase(databaseUrl);
  try {
    return await seed(database);
  } finally {
    await database.close();
  }
}

function table(figures: TargetFigures): string {
  const lines = [
    `${figures.label}: ${figures.seeded.assessments} assessments, ${figures.seeded.answers} answers, ` +
      `${figures.seeded.evidenceItems} evidence items, ${figures.seeded.evidenceLinks} evidence links`,
    '',
    `| API (${LOAD_CLIENTS} clients, ${LOAD_SECONDS} s) | Requests | p50 ms | p95 ms | p99 ms | Budget p95 | Within |`,
    '|---|---|---|---|---|---|---|',
    ...figures.reads.map(
      (read) =>
        `| ${read.label} | ${read.load.requests} | ${read.load.latencyMs.p50.toFixed(1)} | ${read.load.latencyMs.p95.toFixed(1)} | ` +
        `${read.load.latencyMs.p99.toFixed(1)} | ${BUDGET.readP95Ms} | ${read.withinBudget ? 'yes' : 'NO'} |`,
    ),
  ];
  for (const saves of figures.saves) {
    lines.push(
      `| Save an answer (PUT), ${saves.clients} client${saves.clients === 1 ? '' : 's'} | ${saves.requests} | ` +
        `${saves.latencyMs.p50.toFixed(1)} | ${saves.latencyMs.p95.toFixed(1)} | ${saves.latencyMs.p99.toFixed(1)} | ` +
        `${BUDGET.saveP95Ms} | ${saves.withinBudget ? 'yes' : 'NO'} |`,
    );
  }
  if (figures.reports.length > 0) {
    lines.push('', `| Report (${REPORT_RUNS} downloads) | Bytes | Min ms | Median ms | Max ms | Budget | Within |`);
    lines.push('|---|---|---|---|---|---|---|');
    for (const report of figures.reports) {
      lines.push(
        `| ${report.format.toUpperCase()} | ${report.bytes} | ${report.summary.min.toFixed(0)} | ${report.summary.median.toFixed(0)} | ` +
          `${report.summary.max.toFixed(0)} | ${report.budgetMs} | ${report.withinBudget ? 'yes' : 'NO'} |`,
      );
    }
  }
  if (figures.browser) {
    const browser = figures.browser;
    lines.push(
      '',
      `Workspace grid in Chromium (${BROWSER_RUNS} runs): first row median ${browser.firstRowMs.median.toFixed(0)} ms, ` +
        `row selected median ${browser.selectedMs.median.toFixed(0)} ms (min ${browser.selectedMs.min.toFixed(0)}, ` +
        `max ${browser.selectedMs.max.toFixed(0)}); budget ${BUDGET.gridInteractiveMs} ms: ${browser.withinBudget ? 'yes' : 'NO'}`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  installExitHandlers();
  if (!existsSync(CATALOG)) {
    process.stderr.write(`bench:gap needs the NIST SP 800-53 rev5 HIGH resolved catalog at\n  ${CATALOG}\n`);
    process.exitCode = 2;
    return;
  }
  const machine = machineInfo();
  const generatedAt = new Date().toISOString();
  const loadAtStart = loadavg();
  process.stdout.write(
    `Certa gap assessment benchmark, ${generatedAt}\n${machineLine(machine)}\n` +
      `Load average at start (1, 5, 15 min): ${loadAtStart.map((value) => value.toFixed(2)).join(', ')}\n\n`,
  );
  const logDir = makeTempFolder('certa-bench-gap-logs-');
  progress('Building the web app if it is missing or stale…');
  const built = await attempt('building the web app', async () => {
    const result = await runNode(['scripts/ensure-built.mjs'], { timeoutMs: 600_000 });
    if (result.code !== 0) throw commandFailure('node scripts/ensure-built.mjs', result);
    return true;
  });

  const results: TargetFigures[] = [];
  const embedded = await attempt('preparing the embedded database', prepareEmbedded);
  if (embedded) {
    const figures = await attempt('embedded', () =>
      measureTarget(
        'Embedded (PGlite)',
        { kind: 'embedded', dataDir: embedded.folder },
        embedded.seeded,
        logDir,
        built === true,
      ),
    );
    if (figures) results.push(figures);
    removeTempFolder(embedded.folder);
  }
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (databaseUrl) {
    const seeded = await attempt('preparing PostgreSQL', () => preparePostgres(databaseUrl));
    if (seeded) {
      const figures = await attempt('PostgreSQL', () =>
        measureTarget(
          `PostgreSQL (${redactUrl(databaseUrl)})`,
          { kind: 'postgres', databaseUrl },
          seeded,
          logDir,
          false,
        ),
      );
      if (figures) results.push(figures);
    }
  }
  const loadAtEnd = loadavg();
  process.stdout.write(
    `${results.map(table).join('\n\n')}\n\n` +
      (databaseUrl ? '' : 'PostgreSQL: skipped (set BENCH_DATABASE_URL to an empty database to measure it too)\n') +
      `Load average at the end (1, 5, 15 min): ${loadAtEnd.map((value) => value.toFixed(2)).join(', ')}\n`,
  );
  const written = await writeResultsJson('gap-latest.json', {
    generatedAt,
    machine,
    shape: SHAPE,
    budgets: BUDGET,
    loadAverage: { start: loadAtStart.map(round1), end: loadAtEnd.map(round1) },
    results,
    errors,
  });
  process.stdout.write(`\nJSON written to ${written}\n`);
  if (errors.length > 0) {
    process.stdout.write(`\n${errors.length} part(s) failed:\n${errors.map((e) => `- ${e}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  cleanUpNow();
}
