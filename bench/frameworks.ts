// Prints what importing and browsing a large framework costs: the CLI import of the NIST SP 800-53 rev5 HIGH
// catalog against `certa framework list`, the framework tree API under 16 concurrent clients, and the time until
// the 370-control tree is interactive in a browser. It measures and compares with the budgets; it never asserts.
// Run with `npm run bench:frameworks` (or `node --import tsx bench/frameworks.ts`); see bench/README.md.
import { cpSync, existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { measureTreeInBrowser } from './lib/browser-tree.ts';
import { findImportedFramework, signIn } from './lib/certa-api.ts';
import { attempter, progress } from './lib/attempt.ts';
import { cleanUpNow, installExitHandlers, makeTempFolder, removeTempFolder } from './lib/cleanup.ts';
import { commandFailure, describeArgs, runCerta, runCertaOk, runNode } from './lib/cli-process.ts';
import {
  apiTable,
  browserTable,
  BUDGET,
  cliTable,
  type ApiFigures,
  type BrowserFigures,
  type CliFigures,
  type TimedCommand,
} from './lib/frameworks-report.ts';
import { measureConcurrentGets } from './lib/http-load.ts';
import { machineInfo, machineLine, redactUrl } from './lib/report.ts';
import { writeResultsJson } from './lib/results.ts';
import { startServer, stopServer, type ServerTarget } from './lib/server-process.ts';
import { round1, summarize, type Summary } from './lib/stats.ts';

const CATALOG = '/work/shared/data/oscal/nist/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json';
const CLI_RUNS = 5;
const LOAD_CLIENTS = 16;
const LOAD_SECONDS = 10;
const BROWSER_RUNS = 5;
const TARGET_REF = 'AC-2';
const USER = {
  email: 'bench@example.com',
  name: 'Bench',
  org: 'Bench Ltd',
  role: 'owner',
  password: 'bench-password-2024',
} as const;

const errors: string[] = [];
const attempt = attempter(errors);

type Where = ['--data', string] | ['--database-url', string];

/** `certa user create` for the bench user; a user that already exists (on PostgreSQL) is fine. */
async function createUser(where: Where): Promise<void> {
  const args = ['user', 'create', ...where, '--email', USER.email, '--name', USER.name, '--org', USER.org];
  args.push('--role', USER.role, '--password-stdin');
  const result = await runCerta(args, { stdin: `${USER.password}\n` });
  if (result.code === 0) return;
  if (/already exists/i.test(result.stderr)) {
    progress(`  ${USER.email} already exists there; using it (its password must be the bench's)`);
    return;
  }
  throw commandFailure(`certa ${describeArgs(args)}`, result);
}

const describeLoad = (load: number[]): string => load.map((value) => value.toFixed(2)).join(', ');

const firstLine = (text: string): string => text.trim().split('\n')[0]?.trim() ?? '';

function rounded(summary: Summary): Summary {
  return { ...summary, min: round1(summary.min), median: round1(summary.median), max: round1(summary.max) };
}

function timed(label: string, ms: number[], output = ''): TimedCommand {
  return { label, ms: ms.map(round1), summary: rounded(summarize(ms)), output };
}

/** Part 1: `framework list` against `framework import` on fresh copies of one prepared embedded data folder. */
async function measureCli(): Promise<{ figures: CliFigures; importedFolder: string }> {
  const prepared = makeTempFolder('certa-bench-fw-prepared-');
  progress(`Preparing a data folder (migrate, user create, built-in frameworks installed by a first list)…`);
  await runCertaOk(['migrate', '--data', prepared]);
  await createUser(['--data', prepared]);
  // The first list installs the built-in ISO/IEC 27001 framework; the timed runs start after that, as on any
  // installation that has run once.
  await runCertaOk(['framework', 'list', '--data', prepared]);

  const copy = (): string => {
    const folder = makeTempFolder('certa-bench-fw-run-');
    cpSync(prepared, folder, { recursive: true });
    return folder;
  };
  const listMs: number[] = [];
  const importMs: number[] = [];
  let importOutput = '';
  let importedFolder = '';
  // Interleaved, so that a slow moment of the machine does not fall on one command only.
  for (let run = 1; run <= CLI_RUNS; run += 1) {
    const listFolder = copy();
    const list = await runCertaOk(['framework', 'list', '--data', listFolder]);
    removeTempFolder(listFolder);
    listMs.push(list.ms);

    const importFolder = copy();
    const imported = await runCertaOk(['framework', 'import', CATALOG, '--data', importFolder, '--org', USER.org]);
    importMs.push(imported.ms);
    importOutput = firstLine(imported.stdout);
    // The last import's folder is the one the server runs on.
    if (run === CLI_RUNS) importedFolder = importFolder;
    else removeTempFolder(importFolder);
    progress(
      `  run ${run}/${CLI_RUNS}: framework list ${list.ms.toFixed(0)} ms, framework import ${imported.ms.toFixed(0)} ms`,
    );
  }

  const dryFolder = copy();
  const dry = await runCertaOk(['framework', 'import', CATALOG, '--data', dryFolder, '--org', USER.org, '--dry-run']);
  removeTempFolder(dryFolder);
  progress(`  framework import --dry-run ${dry.ms.toFixed(0)} ms`);
  removeTempFolder(prepared);

  const list = timed('framework list', listMs);
  const importCommand = timed('framework import', importMs, importOutput);
  const ratio = importCommand.summary.median / list.summary.median;
  const beyondListMs = importCommand.summary.median - list.summary.median;
  return {
    importedFolder,
    figures: {
      runs: CLI_RUNS,
      list,
      import: importCommand,
      dryRun: timed('framework import --dry-run', [dry.ms], firstLine(dry.stdout)),
      ratio,
      beyondListMs,
      ratioWithinBudget: ratio < BUDGET.importRatio,
      beyondListWithinBudget: beyondListMs < BUDGET.importBeyondListMs,
    },
  };
}

/** Part 2 (and 3 on the embedded database): a started server, the tree under load, then the browser. */
async function measureServer(
  label: string,
  target: ServerTarget,
  logDir: string,
  browser: boolean,
): Promise<{ api?: ApiFigures; browser?: BrowserFigures }> {
  progress(`${label}: starting certa serve…`);
  const server = await startServer(target, logDir);
  try {
    const session = await signIn(server.url, USER.email, USER.password, USER.org);
    const framework = await findImportedFramework(server.url, session, basename(CATALOG));
    const url = `${server.url}/api/v1/organizations/${session.organizationId}/frameworks/${framework.id}`;
    const headers = { cookie: session.cookieHeader };

    const sentAt = performance.now();
    const first = await fetch(url, { headers });
    const body = (await first.json()) as { data?: { requirements?: unknown[] } };
    const firstRequestMs = performance.now() - sentAt;
    if (!first.ok) throw new Error(`GET ${url}: HTTP ${first.status} ${JSON.stringify(body).slice(0, 300)}`);
    const requirementCount = body.data?.requirements?.length ?? 0;
    progress(
      `  ${framework.name}: ${requirementCount} requirements; ${LOAD_CLIENTS} clients for ${LOAD_SECONDS} s on its tree`,
    );

    const load = await measureConcurrentGets(url, headers, LOAD_CLIENTS, LOAD_SECONDS);
    progress(
      `  ${load.requests} requests, p95 ${load.latencyMs.p95.toFixed(1)} ms` +
        (load.firstError ? `; first failure: ${load.firstError}` : ''),
    );
    const api: ApiFigures = {
      label,
      framework: { id: framework.id, name: framework.name, requirementCount },
      firstRequestMs: round1(firstRequestMs),
      load,
      p95WithinBudget: load.latencyMs.p95 < BUDGET.treeP95Ms,
    };
    if (!browser) return { api };

    progress(`Browser: ${BROWSER_RUNS} navigations to the framework page, then a click on ${TARGET_REF}…`);
    const measured = await attempt('browser', () =>
      measureTreeInBrowser(server.url, session, framework.id, TARGET_REF, BROWSER_RUNS, progress),
    );
    if (!measured) return { api };
    const selectedMs = rounded(summarize(measured.runs.map((run) => run.selectedMs)));
    return {
      api,
      browser: {
        url: measured.url.replace(session.organizationId, ':orgId').replace(framework.id, ':frameworkId'),
        ref: TARGET_REF,
        runs: measured.runs.map((run) => ({
          ...run,
          firstTreeitemMs: round1(run.firstTreeitemMs),
          selectedMs: round1(run.selectedMs),
        })),
        firstTreeitemMs: rounded(summarize(measured.runs.map((run) => run.firstTreeitemMs))),
        selectedMs,
        selectedWithinBudget: selectedMs.median < BUDGET.browserInteractiveMs,
      },
    };
  } finally {
    await stopServer(server);
  }
}

/** PostgreSQL: migrate, the bench user, one (timed) import; then the server part without the browser. */
async function measurePostgres(
  databaseUrl: string,
  logDir: string,
): Promise<{ api?: ApiFigures; importRun?: TimedCommand }> {
  const where: Where = ['--database-url', databaseUrl];
  progress(`PostgreSQL ${redactUrl(databaseUrl)}: migrate, user create, framework import…`);
  await runCertaOk(['migrate', ...where]);
  await createUser(where);
  const imported = await runCertaOk(['framework', 'import', CATALOG, ...where, '--org', USER.org]);
  progress(`  framework import ${imported.ms.toFixed(0)} ms: ${firstLine(imported.stdout)}`);
  const importRun = timed('framework import, PostgreSQL', [imported.ms], firstLine(imported.stdout));
  const { api } = await measureServer('PostgreSQL', { kind: 'postgres', databaseUrl }, logDir, false);
  return { api, importRun };
}

async function main(): Promise<void> {
  installExitHandlers();
  if (!existsSync(CATALOG)) {
    process.stderr.write(
      `bench:frameworks needs the NIST SP 800-53 rev5 HIGH resolved catalog at\n  ${CATALOG}\nbut it is missing.\n`,
    );
    process.exitCode = 2;
    return;
  }
  const machine = machineInfo();
  const generatedAt = new Date().toISOString();
  const catalogKb = statSync(CATALOG).size / 1024;
  const loadAtStart = loadavg();
  process.stdout.write(
    `Certa framework benchmark, ${generatedAt}\n${machineLine(machine)}\n` +
      `Load average at start (1, 5, 15 min): ${describeLoad(loadAtStart)}\n` +
      `Catalog: ${basename(CATALOG)} (${catalogKb.toFixed(0)} KB)\n\n`,
  );
  const logDir = makeTempFolder('certa-bench-fw-logs-');

  progress('Building the web app if it is missing or stale (node scripts/ensure-built.mjs)…');
  const built = await attempt('building the web app', async () => {
    const result = await runNode(['scripts/ensure-built.mjs'], { timeoutMs: 600_000 });
    if (result.code !== 0) throw commandFailure('node scripts/ensure-built.mjs', result);
    return true;
  });

  progress(`CLI on the embedded database, ${CLI_RUNS} runs each:`);
  const cli = await attempt('CLI list and import', measureCli);
  const apis: ApiFigures[] = [];
  let browser: BrowserFigures | undefined;
  if (cli) {
    const target: ServerTarget = { kind: 'embedded', dataDir: cli.importedFolder };
    const embedded = await attempt('server, embedded', () => measureServer('embedded', target, logDir, built === true));
    if (embedded?.api) apis.push(embedded.api);
    browser = embedded?.browser;
    removeTempFolder(cli.importedFolder);
  }

  const databaseUrl = process.env.BENCH_DATABASE_URL;
  let postgresLine =
    'PostgreSQL: skipped (set BENCH_DATABASE_URL=postgres://user:password@127.0.0.1:5432/certa_bench to measure it too)';
  if (databaseUrl) {
    postgresLine = `PostgreSQL: measured on ${redactUrl(databaseUrl)}`;
    const postgres = await attempt('PostgreSQL', () => measurePostgres(databaseUrl, logDir));
    if (postgres?.api) apis.push(postgres.api);
    if (cli?.figures && postgres?.importRun) cli.figures.postgresImport = postgres.importRun;
  }

  const sections: string[] = [];
  if (cli) sections.push(cliTable(cli.figures));
  if (apis.length > 0) sections.push(apiTable(apis, LOAD_CLIENTS, LOAD_SECONDS));
  if (browser) sections.push(browserTable(browser));
  sections.push(postgresLine);
  const loadAtEnd = loadavg();
  sections.push(`Load average at the end (1, 5, 15 min): ${describeLoad(loadAtEnd)}`);
  process.stdout.write(`${sections.join('\n\n')}\n`);

  const written = await writeResultsJson('frameworks-latest.json', {
    generatedAt,
    machine,
    catalog: { file: basename(CATALOG), bytes: statSync(CATALOG).size },
    loadAverage: { start: loadAtStart.map(round1), end: loadAtEnd.map(round1) },
    budgets: BUDGET,
    settings: { cliRuns: CLI_RUNS, loadClients: LOAD_CLIENTS, loadSeconds: LOAD_SECONDS, browserRuns: BROWSER_RUNS },
    cli: cli?.figures ?? null,
    api: apis.map((api) => ({
      ...api,
      load: {
        ...api.load,
        durationSeconds: round1(api.load.durationSeconds),
        requestsPerSecond: round1(api.load.requestsPerSecond),
        latencyMs: Object.fromEntries(Object.entries(api.load.latencyMs).map(([key, value]) => [key, round1(value)])),
      },
    })),
    browser: browser ?? null,
    postgres: databaseUrl ? { measured: true, databaseUrl: redactUrl(databaseUrl) } : { measured: false },
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
