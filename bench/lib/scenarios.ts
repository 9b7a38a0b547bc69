// The measured scenarios: repeated start/stop cycles, and a load run against one started server.
import { startServer, stopServer, type ServerTarget } from './server-process.ts';
import { num } from './report.ts';
import { summarize, type Summary } from './stats.ts';
import { CONNECTIONS, DURATION_SECONDS, measureHealthThroughput, type ThroughputResult } from './throughput.ts';

export interface StartupRun {
  startupMs: number;
  shutdownMs: number;
  exitCode: number | null;
  forcedKill: boolean;
  /** The `database` field of the first healthy answer ("embedded" or "postgres"). */
  database: unknown;
}

export interface StartupScenario {
  label: string;
  runs: StartupRun[];
  startupMs: Summary;
  shutdownMs: Summary;
}

export type ThroughputScenario = ThroughputResult & { label: string };

const progress = (line: string): void => void process.stderr.write(`${line}\n`);

/** Starts the server, waits until healthy, and stops it with SIGTERM. */
export async function startStop(target: ServerTarget, logDir: string): Promise<StartupRun> {
  const server = await startServer(target, logDir);
  const stop = await stopServer(server);
  const health = server.health as { database?: unknown } | null;
  return {
    startupMs: server.startupMs,
    shutdownMs: stop.shutdownMs,
    exitCode: stop.exitCode,
    forcedKill: stop.forced,
    database: typeof health === 'object' && health !== null ? health.database : undefined,
  };
}

/** `repetitions` start/stop cycles, one after the other; `targetFor` may hand out a new data folder each time. */
export async function startupScenario(
  label: string,
  repetitions: number,
  targetFor: (run: number) => { target: ServerTarget; done?: () => void },
  logDir: string,
): Promise<StartupScenario> {
  const runs: StartupRun[] = [];
  for (let run = 1; run <= repetitions; run += 1) {
    const { target, done } = targetFor(run);
    const result = await startStop(target, logDir);
    done?.();
    const killed = result.forcedKill ? ', killed' : '';
    progress(
      `  ${label} ${run}/${repetitions}: healthy after ${num(result.startupMs)} ms, ` +
        `stopped in ${num(result.shutdownMs)} ms (exit ${result.exitCode}${killed})`,
    );
    runs.push(result);
  }
  return {
    label,
    runs,
    startupMs: summarize(runs.map((run) => run.startupMs)),
    shutdownMs: summarize(runs.map((run) => run.shutdownMs)),
  };
}

/** Starts one server, loads GET /api/health with autocannon, and stops it. */
export async function throughputScenario(
  label: string,
  target: ServerTarget,
  logDir: string,
): Promise<ThroughputScenario> {
  const server = await startServer(target, logDir);
  try {
    progress(`  ${label}: ${CONNECTIONS} connections for ${DURATION_SECONDS} s against ${server.url}/api/health`);
    return { label, ...(await measureHealthThroughput(server.url)) };
  } finally {
    await stopServer(server);
  }
}
