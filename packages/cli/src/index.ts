export { buildProgram, runCli } from './main.ts';
export { exitCodeByErrorCode, type CliIo } from './cli-context.ts';
