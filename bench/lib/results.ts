// Saves a benchmark's results as JSON in bench/results/ (ignored by Git), formatted by Prettier so that
// `prettier --check .` stays clean after a run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/** Writes bench/results/<fileName> and returns its path relative to the repository root. */
export async function writeResultsJson(fileName: string, results: unknown): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const ignore = join(resultsDir, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '*\n!.gitignore\n');
  const file = join(resultsDir, fileName);
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(results), { ...options, filepath: file }));
  return `bench/results/${fileName}`;
}
