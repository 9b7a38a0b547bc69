import type { Organization } from '@certa/core';
import { and, asc, eq, inArray, notExists, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../connection.ts';
import { auditChain, auditEvent } from '../schema/audit-trail.ts';
import { evidenceBlob, evidenceItem, evidenceVersion } from '../schema/evidence.ts';
import { organization, userAccount } from '../schema/identity.ts';
import { queryRows } from '../sql.ts';
import { tablesInDependencyOrder } from '../tables.ts';

/** Rows deleted per table when an organisation is removed, and the stored files nothing uses any longer. */
export interface OrganizationRemoval {
  rowsByTable: Record<string, number>;
  /** SHA-256 of evidence files that only the removed organisation used (their blob rows are deleted). */
  orphanedBlobs: string[];
}

// Serialises demo loading so that two requests at once cannot both create a demo organisation.
const demoLockKey = 727_274_010;

/** Holds the installation-wide demo lock until the caller's transaction ends. */
export async function lockDemoOrganization(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${demoLockKey})`);
}

/** The demo organisation of the installation, if one is loaded (the oldest, should there be several). */
export async function findDemoOrganization(db: Executor): Promise<Organization | undefined> {
  const [row] = await db
    .select({
      id: organization.id,
      name: organization.name,
      createdAt: organization.createdAt,
      demo: organization.demo,
    })
    .from(organization)
    .where(eq(organization.demo, true))
    .orderBy(asc(organization.createdAt), asc(organization.id))
    .limit(1);
  return row;
}

/** Marks an organisation as the demo one (set once, right after it is inserted). */
export async function markOrganizationAsDemo(tx: Executor, organizationId: string): Promise<void> {
  await tx.update(organization).set({ demo: true }).where(eq(organization.id, organizationId));
}

const identifier = (name: string) => sql.identifier(name);

/**
 * For every table whose rows belong to an organisation, the condition that selects that organisation's
 * rows: its own row in `organization`, then every row reached through a foreign key from one already
 * selected (memberships, assessments, their answers, imported frameworks and their requirements…). The
 * audit trail has no foreign key (it outlives what it describes) and is matched on its columns.
 */
function ownershipConditions(organizationId: string): Map<string, SQL> {
  const conditions = new Map<string, SQL>();
  conditions.set('organization', sql`${identifier('id')} = ${organizationId}`);
  const tables = tablesInDependencyOrder();
  // Dependency order: a parent's condition is known before its children are visited.
  for (const { name, table } of tables) {
    if (conditions.has(name)) continue;
    const parts: SQL[] = [];
    for (const foreignKey of getTableConfig(table).foreignKeys) {
      const reference = foreignKey.reference();
      const parentName = getTableConfig(reference.foreignTable).name;
      const parentCondition = parentName === name ? undefined : conditions.get(parentName);
      if (!parentCondition || reference.columns.length !== 1) continue;
      const [column] = reference.columns;
      const [parentColumn] = reference.foreignColumns;
      if (!column || !parentColumn) continue;
      parts.push(
        sql`${identifier(column.name)} in (select ${identifier(parentColumn.name)} from ${identifier(parentName)} where ${parentCondition})`,
      );
    }
    if (parts.length > 0) conditions.set(name, sql`(${sql.join(parts, sql` or `)})`);
  }
  conditions.set(getTableConfig(auditEvent).name, sql`${identifier('organization_id')} = ${organizationId}`);
  conditions.set(getTableConfig(auditChain).name, sql`${identifier('chain_key')} = ${organizationId}`);
  return conditions;
}

/** Names of the tables that hold rows of organisations (what `deleteOrganizationData` empties for one). */
export function organizationScopedTables(): string[] {
  const conditions = ownershipConditions('00000000-0000-0000-0000-000000000000');
  return tablesInDependencyOrder()
    .map(({ name }) => name)
    .filter((name) => conditions.has(name));
}

/**
 * Deletes an organisation and every row that belongs to it, children first, inside the caller's
 * transaction, including its audit trail and chain head (the organisation no longer exists to be
 * audited). Evidence blobs that only its versions used are deleted too and returned, so their files
 * can be removed from the store once the transaction has committed.
 */
export async function deleteOrganizationData(tx: Executor, organizationId: string): Promise<OrganizationRemoval> {
  const usedBlobs = await tx
    .selectDistinct({ sha256: evidenceVersion.sha256 })
    .from(evidenceVersion)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceVersion.evidenceId))
    .where(eq(evidenceItem.organizationId, organizationId));
  const conditions = ownershipConditions(organizationId);
  const rowsByTable: Record<string, number> = {};
  const ordered: { name: string; table: PgTable }[] = [...tablesInDependencyOrder()].reverse();
  for (const { name } of ordered) {
    const condition = conditions.get(name);
    if (!condition) continue;
    const deleted = await queryRows<{ n: number | string }>(
      tx,
      sql`with deleted as (delete from ${identifier(name)} where ${condition} returning 1) select count(*) as n from deleted`,
    );
    const count = Number(deleted[0]?.n ?? 0);
    if (count > 0) rowsByTable[name] = count;
  }
  const candidates = usedBlobs.map((row) => row.sha256);
  const orphanedBlobs =
    candidates.length === 0
      ? []
      : (
          await tx
            .delete(evidenceBlob)
            .where(
              and(
                inArray(evidenceBlob.sha256, candidates),
                notExists(
                  tx
                    .select({ one: sql`1` })
                    .from(evidenceVersion)
                    .where(eq(evidenceVersion.sha256, evidenceBlob.sha256)),
                ),
              ),
            )
            .returning({ sha256: evidenceBlob.sha256 })
        ).map((row) => row.sha256);
  if (orphanedBlobs.length > 0) rowsByTable[getTableConfig(evidenceBlob).name] = orphanedBlobs.length;
  return { rowsByTable, orphanedBlobs };
}

/** Whether the database records a stored file again (checked once more before the file is deleted). */
export async function evidenceBlobExists(db: Executor, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ sha256: evidenceBlob.sha256 })
    .from(evidenceBlob)
    .where(eq(evidenceBlob.sha256, sha256));
  return row !== undefined;
}

/** Up to `limit` user accounts (id and email), oldest first: enough to tell "none", "one" and "several". */
export async function listFirstUsers(db: Executor, limit: number): Promise<{ id: string; email: string }[]> {
  return db
    .select({ id: userAccount.id, email: userAccount.email })
    .from(userAccount)
    .orderBy(asc(userAccount.createdAt), asc(userAccount.id))
    .limit(limit);
}
