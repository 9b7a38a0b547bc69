#!/usr/bin/env node
// Entry point of the certa command: runs the TypeScript sources through tsx, so nothing needs compiling.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../packages/cli/src/index.ts');
const io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isInteractive: Boolean(process.stderr.isTTY),
  env: process.env,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
};
const argv = process.argv.slice(2);
const code = await runCli(argv, io);
// `serve` keeps running until a signal; every other command ends here.
if (argv[0] !== 'serve' || code !== 0) process.exit(code);
