// Machine description and plain-text tables for the benchmark output.
import { cpus, platform, arch, totalmem } from 'node:os';
import type { StartupScenario, ThroughputScenario } from './scenarios.ts';
import { POLL_INTERVAL_MS } from './server-process.ts';
import { CONNECTIONS, DURATION_SECONDS } from './throughput.ts';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  totalMemoryBytes: number;
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU',
    totalMemoryBytes: totalmem(),
    node: process.version,
    platform: `${platform()} ${arch()}`,
  };
}

export function machineLine(machine: MachineInfo): string {
  const gib = (machine.totalMemoryBytes / 1024 ** 3).toFixed(1);
  return `Machine: ${machine.cores} cores, ${machine.cpuModel}, ${gib} GiB RAM, Node ${machine.node} (${machine.platform})`;
}

/** Formats a number with a fixed number of decimals; NaN shows as a dash. */
export function num(value: number, decimals = 1): string {
  return Number.isFinite(value)
    ? value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : '-';
}

/** A table whose first column is left-aligned and the others right-aligned. */
export function table(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('   ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('   ');
  return [title, line(headers), rule, ...rows.map(line)].join('\n');
}

/** Hides the password of a database URL before printing or saving it. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** The three result tables plus the PostgreSQL line, as printed to standard output. */
export function resultTables(
  startups: readonly StartupScenario[],
  throughputs: readonly ThroughputScenario[],
  postgresLine: string,
): string {
  const summaryHeaders = ['Scenario', 'Runs', 'Min', 'Median', 'Max'];
  const summaryRow = (scenario: StartupScenario, key: 'startupMs' | 'shutdownMs'): string[] => {
    const { count, min, median, max } = scenario[key];
    return [scenario.label, String(count), num(min), num(median), num(max)];
  };
  const startupTitle = `Startup to healthy (ms; spawn -> first 200 from GET /api/health, polled every ${POLL_INTERVAL_MS} ms)`;
  return [
    table(
      startupTitle,
      summaryHeaders,
      startups.map((s) => summaryRow(s, 'startupMs')),
    ),
    '',
    table(
      'Shutdown (ms; SIGTERM -> process exit)',
      summaryHeaders,
      startups.map((s) => summaryRow(s, 'shutdownMs')),
    ),
    '',
    table(
      `GET /api/health throughput (autocannon: ${CONNECTIONS} connections, ${DURATION_SECONDS} s)`,
      ['Scenario', 'Req/s avg', 'p50 ms', 'p99 ms', 'Max ms', 'Requests', 'Non-2xx', 'Errors'],
      throughputs.map((t) => [
        t.label,
        num(t.requestsPerSecondAvg),
        num(t.latencyP50Ms, 0),
        num(t.latencyP99Ms, 0),
        num(t.latencyMaxMs, 0),
        num(t.totalRequests, 0),
        num(t.non2xx, 0),
        num(t.errors, 0),
      ]),
    ),
    '',
    postgresLine,
  ].join('\n');
}
