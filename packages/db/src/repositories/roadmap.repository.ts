import type { RoadmapTask, RoadmapTaskFields } from '@certa/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { roadmapTask } from '../schema/roadmap.ts';

/** A task's changeable fields as written, with its completion stamp and who wrote it when. */
export type RoadmapTaskWrite = RoadmapTaskFields & Pick<RoadmapTask, 'completedAt' | 'updatedAt' | 'updatedBy'>;

const ofOrganization = (organizationId: string) => eq(roadmapTask.organizationId, organizationId);

/** Inserts the tasks of a roadmap in one statement. */
export async function insertRoadmapTasks(tx: Executor, tasks: readonly RoadmapTask[]): Promise<void> {
  if (tasks.length === 0) return;
  await tx.insert(roadmapTask).values([...tasks]);
}

/** The tracked tasks of an organisation's assessment, in plan order (empty when none were generated). */
export async function listRoadmapTasks(
  db: Executor,
  organizationId: string,
  assessmentId: string,
): Promise<RoadmapTask[]> {
  return db
    .select()
    .from(roadmapTask)
    .where(and(ofOrganization(organizationId), eq(roadmapTask.assessmentId, assessmentId)))
    .orderBy(asc(roadmapTask.position), asc(roadmapTask.reference));
}

/** One task of an organisation; undefined when it does not exist or belongs to another. */
export async function findRoadmapTask(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<RoadmapTask | undefined> {
  const [row] = await db
    .select()
    .from(roadmapTask)
    .where(and(ofOrganization(organizationId), eq(roadmapTask.id, id)));
  return row;
}

/**
 * The organisation's tracked roadmap: the assessment whose tasks were generated most recently (the
 * newest creation time among its tasks), or undefined when no roadmap was ever generated.
 */
export async function findLatestTrackedRoadmap(
  db: Executor,
  organizationId: string,
): Promise<{ assessmentId: string; generatedAt: Date } | undefined> {
  const [row] = await db
    .select({
      assessmentId: roadmapTask.assessmentId,
      generatedAt: sql<Date>`max(${roadmapTask.createdAt})`.mapWith(roadmapTask.createdAt),
    })
    .from(roadmapTask)
    .where(ofOrganization(organizationId))
    .groupBy(roadmapTask.assessmentId)
    .orderBy(desc(sql`max(${roadmapTask.createdAt})`), desc(roadmapTask.assessmentId))
    .limit(1);
  return row ? { assessmentId: row.assessmentId, generatedAt: new Date(row.generatedAt) } : undefined;
}

/**
 * Writes a task's fields if, and only if, its stored version is still `expectedVersion`; returns the task
 * as stored (its version one higher), or undefined when the version was stale or the task is not there.
 */
export async function updateRoadmapTask(
  tx: Executor,
  organizationId: string,
  id: string,
  write: RoadmapTaskWrite,
  expectedVersion: number,
): Promise<RoadmapTask | undefined> {
  const [row] = await tx
    .update(roadmapTask)
    .set({ ...write, version: sql`${roadmapTask.version} + 1` })
    .where(and(ofOrganization(organizationId), eq(roadmapTask.id, id), eq(roadmapTask.version, expectedVersion)))
    .returning();
  return row;
}

/** Deletes the tasks of an organisation's assessment (before regenerating them); returns how many. */
export async function deleteRoadmapTasks(tx: Executor, organizationId: string, assessmentId: string): Promise<number> {
  const rows = await tx
    .delete(roadmapTask)
    .where(and(ofOrganization(organizationId), eq(roadmapTask.assessmentId, assessmentId)))
    .returning({ id: roadmapTask.id });
  return rows.length;
}
