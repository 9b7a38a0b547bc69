// The figures of bench/frameworks.ts and their plain-text tables. Budgets are compared and printed, never asserted.
import type { BrowserRun } from './browser-tree.ts';
import type { LoadResult } from './http-load.ts';
import { num, table } from './report.ts';
import type { Summary } from './stats.ts';

/** The budgets. */
export const BUDGET = {
  /** Import cost beyond the process start: at most this multiple of `framework list`. */
  importRatio: 1.5,
  /** ... and at most this many milliseconds beyond `framework list`. */
  importBeyondListMs: 2_000,
  treeP95Ms: 50,
  browserInteractiveMs: 1_000,
} as const;

export interface TimedCommand {
  label: string;
  ms: number[];
  summary: Summary;
  /** The first line the command printed (the import report's summary). */
  output: string;
}

export interface CliFigures {
  runs: number;
  list: TimedCommand;
  import: TimedCommand;
  dryRun?: TimedCommand;
  postgresImport?: TimedCommand;
  /** median import / median list. */
  ratio: number;
  /** median import - median list. */
  beyondListMs: number;
  ratioWithinBudget: boolean;
  beyondListWithinBudget: boolean;
}

export interface ApiFigures {
  label: string;
  framework: { id: string; name: string; requirementCount: number };
  /** The first request on the started server, not counted in the load. */
  firstRequestMs: number;
  load: LoadResult;
  p95WithinBudget: boolean;
}

export interface BrowserFigures {
  url: string;
  ref: string;
  runs: BrowserRun[];
  firstTreeitemMs: Summary;
  selectedMs: Summary;
  selectedWithinBudget: boolean;
}

export const within = (ok: boolean): string => (ok ? 'within' : 'OVER');

export function cliTable(cli: CliFigures): string {
  const commands = [cli.list, cli.import, cli.dryRun, cli.postgresImport].filter(
    (entry): entry is TimedCommand => entry !== undefined,
  );
  const rows = commands.map((entry) => [
    entry.label,
    String(entry.summary.count),
    num(entry.summary.min, 0),
    num(entry.summary.median, 0),
    num(entry.summary.max, 0),
  ]);
  const lines = [
    table(
      'CLI, whole process (ms; spawn -> exit, a fresh copy of one prepared data folder per run)',
      ['Command', 'Runs', 'Min', 'Median', 'Max'],
      rows,
    ),
    '',
    `Import work beyond list (median import - median list): ${num(cli.beyondListMs, 0)} ms; ` +
      `budget < ${num(BUDGET.importBeyondListMs, 0)} ms: ${within(cli.beyondListWithinBudget)}`,
    `Ratio import / list (medians): ${num(cli.ratio, 2)}x; budget < ${BUDGET.importRatio}x: ${within(cli.ratioWithinBudget)}`,
  ];
  if (cli.import.output) lines.push(`Import said: ${cli.import.output}`);
  return lines.join('\n');
}

export function apiTable(apis: readonly ApiFigures[], clients: number, seconds: number): string {
  return table(
    `GET /api/v1/organizations/:orgId/frameworks/:frameworkId (${clients} concurrent clients, ${seconds} s; ms)`,
    [
      'Database',
      'Requests',
      'Req/s',
      'p50',
      'p95',
      'p99',
      'Max',
      'Non-2xx',
      'Errors',
      'KB',
      `p95 < ${BUDGET.treeP95Ms}`,
    ],
    apis.map((api) => [
      api.label,
      num(api.load.requests, 0),
      num(api.load.requestsPerSecond, 0),
      num(api.load.latencyMs.p50, 1),
      num(api.load.latencyMs.p95, 1),
      num(api.load.latencyMs.p99, 1),
      num(api.load.latencyMs.max, 1),
      num(api.load.non2xx, 0),
      num(api.load.errors, 0),
      num(api.load.bodyBytes / 1024, 0),
      within(api.p95WithinBudget),
    ]),
  );
}

export function browserTable(browser: BrowserFigures): string {
  const row = (label: string, summary: Summary, budget: string): string[] => [
    label,
    String(summary.count),
    num(summary.min, 0),
    num(summary.median, 0),
    num(summary.max, 0),
    budget,
  ];
  const via = [...new Set(browser.runs.map((run) => run.via))].join(', ');
  const clicked = [...new Set(browser.runs.map((run) => run.clicked))].join(', ');
  return [
    table(
      `Browser, ${browser.url} (ms from navigation start; Chromium headless)`,
      ['Until', 'Runs', 'Min', 'Median', 'Max', `< ${num(BUDGET.browserInteractiveMs, 0)} ms`],
      [
        row('first treeitem visible', browser.firstTreeitemMs, ''),
        row(`${clicked} clicked and selected`, browser.selectedMs, within(browser.selectedWithinBudget)),
      ],
    ),
    `Clicked row reached: ${via}; treeitems in the page after the click: ${[...new Set(browser.runs.map((run) => run.treeitemsInDom))].join(', ')}`,
  ].join('\n');
}
