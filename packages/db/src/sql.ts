import type { SQL } from 'drizzle-orm';
import type { Executor } from './connection.ts';

/** Runs a raw SQL query and returns its rows typed as `T` (both drivers answer with `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
