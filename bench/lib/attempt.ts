/** Writes a progress line to standard error (the results go to standard output). */
export const progress = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * Runs parts of a benchmark so that a failing part is recorded in `errors` and reported while the other
 * parts still run.
 */
export function attempter(errors: string[]) {
  return async <T>(what: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${what}: ${message}`);
      progress(`FAILED ${what}: ${message}`);
      return undefined;
    }
  };
}
