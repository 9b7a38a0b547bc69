import { SingleBar } from 'cli-progress';
import type { ProgressReporter } from '@certa/db';
import type { CliIo } from './cli-context.ts';

/** A progress bar per table on an interactive terminal; silent otherwise. */
export function tableProgress(io: CliIo, verb: string): { report: ProgressReporter; stop: () => void } {
  if (!io.isInteractive) return { report: () => undefined, stop: () => undefined };
  let bar: SingleBar | undefined;
  let current: string | undefined;
  return {
    report: ({ table, done, total }) => {
      if (table !== current) {
        bar?.stop();
        current = table;
        bar = new SingleBar({
          format: `${verb} {table} [{bar}] {value}/{total} rows`,
          stream: process.stderr,
          hideCursor: true,
        });
        bar.start(Math.max(total, 1), 0, { table });
      }
      bar?.update(total === 0 ? 1 : done, { table });
    },
    stop: () => bar?.stop(),
  };
}
