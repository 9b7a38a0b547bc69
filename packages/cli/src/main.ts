import { Command, CommanderError, type OutputConfiguration } from 'commander';
import { certaVersion, isDomainError } from '@certa/core';
import { exitCodeByErrorCode, type CliIo } from './cli-context.ts';
import { registerAuditTrailVerify } from './commands/audit-trail-verify.ts';
import { registerBackup } from './commands/backup.ts';
import { registerEvidence } from './commands/evidence.ts';
import { registerDemo } from './commands/demo.ts';
import { registerFramework } from './commands/framework.ts';
import { registerGap } from './commands/gap.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerRestore } from './commands/restore.ts';
import { registerServe } from './commands/serve.ts';
import { registerUserCreate } from './commands/user-create.ts';
import { registerVersion } from './commands/version.ts';

function output(io: CliIo): OutputConfiguration {
  return {
    writeOut: (text) => io.out(text.replace(/\n$/, '')),
    writeErr: (text) => io.err(text.replace(/\n$/, '')),
    // Usage errors stay on one line, like every other error of the command.
    outputError: (text, write) => write(`certa: ${text.replace(/^error: /, '').trim()} (see certa --help)`),
  };
}

/** Builds the certa program; commands write through `io` so tests can capture them. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('certa')
    .description('Certa: ISO/IEC 27001:2022 gap assessment and internal audit')
    .version(certaVersion, '-V, --version', 'print the version')
    .option('--debug', 'print stack traces of errors')
    .exitOverride()
    .configureOutput(output(io));
  registerServe(program, io);
  registerMigrate(program, io);
  registerBackup(program, io);
  registerRestore(program, io);
  registerUserCreate(program, io);
  registerAuditTrailVerify(program, io);
  registerFramework(program, io);
  registerGap(program, io);
  registerEvidence(program, io);
  registerDemo(program, io);
  registerVersion(program, io);
  for (const command of program.commands) {
    command.exitOverride().configureOutput(output(io));
  }
  return program;
}

/**
 * Runs the certa command line and returns its exit code: 0 ok, 2 usage or validation, 3 auth, 4 not
 * found, 5 conflict, 1 anything else. One line on error; the stack only with --debug.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return 0;
      return 2; // commander already printed one line saying what was wrong
    }
    const debug = argv.includes('--debug');
    if (isDomainError(error)) {
      io.err(`certa: ${error.message}`);
      printProblems(io, error.details);
      if (debug && error.stack) io.err(error.stack);
      return exitCodeByErrorCode[error.code];
    }
    io.err(`certa: ${(error as Error).message ?? String(error)}`);
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}

/** Lists every problem of a refused file under the one-line message (the first 50). */
function printProblems(io: CliIo, details: unknown): void {
  const problems = (details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems) || problems.length < 2) return;
  for (const problem of problems.slice(0, 50) as { location?: string; message?: string }[]) {
    io.err(`  - ${problem.location ?? ''}: ${problem.message ?? ''}`);
  }
  if (problems.length > 50) io.err(`  … and ${problems.length - 50} more`);
}
