import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import { PgTable as PgTableClass } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.ts';

/** Every application table, parents before children, so rows can be loaded in this order. */
export function tablesInDependencyOrder(): { name: string; table: PgTable }[] {
  const tables = Object.values(schema).filter((value) => is(value, PgTableClass)) as PgTable[];
  const byName = new Map(tables.map((table) => [getTableConfig(table).name, table]));
  const ordered: { name: string; table: PgTable }[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string): void => {
    if (done.has(name) || visiting.has(name)) return; // self references and cycles load in one pass
    visiting.add(name);
    const table = byName.get(name);
    if (!table) return;
    for (const foreignKey of getTableConfig(table).foreignKeys) {
      visit(getTableConfig(foreignKey.reference().foreignTable).name);
    }
    visiting.delete(name);
    done.add(name);
    ordered.push({ name, table });
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

/** Names of tables with a foreign key to themselves (their rows must load in one statement). */
export function selfReferencingTables(): Set<string> {
  const names = new Set<string>();
  for (const { name, table } of tablesInDependencyOrder()) {
    const selfReference = getTableConfig(table).foreignKeys.some(
      (foreignKey) => getTableConfig(foreignKey.reference().foreignTable).name === name,
    );
    if (selfReference) names.add(name);
  }
  return names;
}
