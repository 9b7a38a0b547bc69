import { DomainError, type DemoEvidenceItem, type DemoLoadResult, type NorthwindDemo } from '@certa/core';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import { linkEvidence } from './evidence-link.service.ts';
import { createEvidence, uploadEvidenceFile } from './evidence.service.ts';
import { saveGapAssessmentAnswer } from './gap-answer.service.ts';
import { createGapAssessment, transitionGapAssessment } from './gap-assessment.service.ts';
import { recordIsmsChange } from './isms-change.service.ts';
import { generateRoadmap, updateRoadmapTaskFields } from './roadmap.service.ts';

/** What loading the demo's content produced. */
export type DemoContent = Omit<DemoLoadResult, 'organization'>;

function requirementIdOf(requirementIds: ReadonlyMap<string, string>, refId: string): string {
  const id = requirementIds.get(refId);
  // The dataset's references are checked against the catalogue by core's tests; this guards a changed catalogue.
  if (!id)
    throw new DomainError('internal', `The demo refers to ${refId}, which the ISO/IEC 27001:2022 catalogue lacks`);
  return id;
}

/**
 * One evidence item with its file (when the server keeps evidence files) and its links to the
 * requirements it supports; returns how many links it made.
 */
async function loadEvidenceItem(
  deps: AppDeps,
  owner: RequestContext,
  item: DemoEvidenceItem,
  assessmentId: string,
  requirementIds: ReadonlyMap<string, string>,
): Promise<number> {
  const { item: created } = await createEvidence(deps, owner, {
    title: item.title,
    description: item.description,
    kind: item.kind,
    status: item.status,
    owner: item.owner,
    url: item.url,
    coversFrom: item.coversFrom,
    coversTo: item.coversTo,
    effectiveFrom: item.effectiveFrom,
    reviewBy: item.reviewBy,
  });
  if (item.file && deps.evidenceStore) {
    const bytes = new TextEncoder().encode(item.file.content);
    await uploadEvidenceFile(deps, owner, created.id, {
      fileName: item.file.fileName,
      note: 'Sample file generated for the demo organisation',
      body: bytes,
      declaredSize: bytes.byteLength,
    });
  }
  for (const refId of item.refIds) {
    await linkEvidence(deps, owner, {
      evidenceId: created.id,
      targetType: 'gap_answer',
      targetId: assessmentId,
      requirementId: requirementIdOf(requirementIds, refId),
    });
  }
  return item.refIds.length;
}

/**
 * Fills the demo organisation through the services a person's edits go through (so every row has its
 * audit event): the change log, the assessment moved to in progress with its answers, the evidence with
 * files and links, and the roadmap generated from the gaps. Without an evidence store (a PostgreSQL
 * server started without an evidence folder) the evidence items are loaded without their files.
 */
export async function loadDemoContent(
  deps: AppDeps,
  owner: RequestContext,
  dataset: NorthwindDemo,
  frameworkId: string,
  requirementIds: ReadonlyMap<string, string>,
): Promise<DemoContent> {
  for (const change of dataset.changes) await recordIsmsChange(deps, owner, change);
  const { assessment } = await createGapAssessment(deps, owner, { frameworkId, ...dataset.assessment });
  await transitionGapAssessment(deps, owner, assessment.id, 'in_progress');
  const answers = Object.entries(dataset.answers);
  for (const [refId, fields] of answers) {
    await saveGapAssessmentAnswer(deps, owner, assessment.id, requirementIdOf(requirementIds, refId), {
      version: 0,
      ...fields,
    });
  }
  let evidenceLinks = 0;
  for (const item of dataset.evidence) {
    evidenceLinks += await loadEvidenceItem(deps, owner, item, assessment.id, requirementIds);
  }
  const roadmap = await generateRoadmap(deps, owner, assessment.id, { replace: false });
  // Work has started on the first package, as it would have three weeks into a readiness project.
  const first = roadmap.tasks.find((task) => task.milestone === null);
  if (first)
    await updateRoadmapTaskFields(deps, owner, first.id, {
      version: first.version,
      status: 'in_progress',
      notes: 'Kick-off held; the scope statement and the policy set are being reviewed with the CEO.',
    });
  return {
    assessmentId: assessment.id,
    assessmentReference: assessment.reference,
    counts: {
      answers: answers.length,
      evidence: dataset.evidence.length,
      evidenceLinks,
      changes: dataset.changes.length,
      roadmapTasks: roadmap.tasks.length,
    },
  };
}
