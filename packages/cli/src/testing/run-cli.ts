import { runCli } from '../main.ts';

/** What one in-process run of the certa command printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the certa command in this process with captured output and, optionally, `stdin` as standard input. */
export async function runCliCaptured(argv: string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    isInteractive: false,
    env,
    ...(stdin === undefined ? {} : { readStdin: () => Promise.resolve(stdin) }),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
