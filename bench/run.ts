// Prints startup, shutdown and /api/health throughput figures for `certa serve`. It measures; it never asserts times.
// Run with `npm run bench` (or `node --import tsx bench/run.ts`); see bench/README.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attempter, progress } from './lib/attempt.ts';
import { cleanUpNow, installExitHandlers, makeTempFolder, removeTempFolder } from './lib/cleanup.ts';
import { machineInfo, machineLine, redactUrl, resultTables } from './lib/report.ts';
import {
  startStop,
  startupScenario,
  throughputScenario,
  type StartupScenario,
  type ThroughputScenario,
} from './lib/scenarios.ts';
import {
  HOST,
  POLL_INTERVAL_MS,
  SHUTDOWN_TIMEOUT_MS,
  STARTUP_TIMEOUT_MS,
  type ServerTarget,
} from './lib/server-process.ts';
import { round1, type Summary } from './lib/stats.ts';
import { CONNECTIONS, DURATION_SECONDS } from './lib/throughput.ts';

const FRESH_RUNS = 3;
const EXISTING_RUNS = 5;
const POSTGRES_RUNS = 3;
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const errors: string[] = [];
const attempt = attempter(errors);

function writeJson(results: unknown): void {
  mkdirSync(resultsDir, { recursive: true });
  const ignore = join(resultsDir, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '*\n!.gitignore\n');
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<void> {
  installExitHandlers();
  const machine = machineInfo();
  const generatedAt = new Date().toISOString();
  process.stdout.write(`Certa benchmark, ${generatedAt}\n${machineLine(machine)}\n\n`);
  const logDir = makeTempFolder('certa-bench-logs-');
  const startups: StartupScenario[] = [];
  const throughputs: ThroughputScenario[] = [];
  const keep = <T>(list: T[], item: T | undefined): void => void (item && list.push(item));

  progress('Embedded database, a new data folder each time:');
  const freshTarget = (): { target: ServerTarget; done: () => void } => {
    const dataDir = makeTempFolder('certa-bench-fresh-');
    return { target: { kind: 'embedded', dataDir }, done: () => removeTempFolder(dataDir) };
  };
  const freshLabel = 'embedded, fresh data folder';
  keep(startups, await attempt(freshLabel, () => startupScenario(freshLabel, FRESH_RUNS, freshTarget, logDir)));

  progress('Embedded database, one existing data folder (created by an untimed first start):');
  const existing: ServerTarget = { kind: 'embedded', dataDir: makeTempFolder('certa-bench-existing-') };
  if (await attempt('creating the existing data folder', () => startStop(existing, logDir))) {
    const label = 'embedded, existing data folder';
    const existingTarget = () => ({ target: existing });
    keep(startups, await attempt(label, () => startupScenario(label, EXISTING_RUNS, existingTarget, logDir)));
    keep(throughputs, await attempt('throughput, embedded', () => throughputScenario(label, existing, logDir)));
  }

  const databaseUrl = process.env.BENCH_DATABASE_URL;
  let postgresLine = `PostgreSQL: skipped (set BENCH_DATABASE_URL=postgres://user:password@127.0.0.1:5432/certa_bench to measure it too)`;
  if (databaseUrl) {
    postgresLine = `PostgreSQL: measured on ${redactUrl(databaseUrl)}`;
    progress(`PostgreSQL server ${redactUrl(databaseUrl)}:`);
    const target: ServerTarget = { kind: 'postgres', databaseUrl };
    const postgresTarget = () => ({ target });
    keep(
      startups,
      await attempt('PostgreSQL', () => startupScenario('PostgreSQL', POSTGRES_RUNS, postgresTarget, logDir)),
    );
    keep(throughputs, await attempt('throughput, PostgreSQL', () => throughputScenario('PostgreSQL', target, logDir)));
  }

  process.stdout.write(`${resultTables(startups, throughputs, postgresLine)}\n`);
  const rounded = (s: Summary): Summary => ({ ...s, min: round1(s.min), median: round1(s.median), max: round1(s.max) });
  writeJson({
    generatedAt,
    machine,
    settings: {
      host: HOST,
      pollIntervalMs: POLL_INTERVAL_MS,
      startupTimeoutMs: STARTUP_TIMEOUT_MS,
      shutdownTimeoutMs: SHUTDOWN_TIMEOUT_MS,
      connections: CONNECTIONS,
      durationSeconds: DURATION_SECONDS,
    },
    startup: startups.map((s) => ({
      label: s.label,
      startupMs: rounded(s.startupMs),
      shutdownMs: rounded(s.shutdownMs),
      runs: s.runs.map((run) => ({ ...run, startupMs: round1(run.startupMs), shutdownMs: round1(run.shutdownMs) })),
    })),
    throughput: throughputs,
    postgres: databaseUrl ? { measured: true, databaseUrl: redactUrl(databaseUrl) } : { measured: false },
    errors,
  });
  process.stdout.write('\nJSON written to bench/results/latest.json\n');
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
