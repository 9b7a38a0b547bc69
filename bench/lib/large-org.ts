// Generates a large organisation straight into the database, for the gap assessment benchmark: assessments of
// the NIST SP 800-53 HIGH catalog and of ISO/IEC 27001:2022 with an answer for every assessable requirement,
// and tens of thousands of evidence items, some linked to answers. The rows are bench data made by a seeded
// pseudo-random generator (the same seed gives the same organisation); they bypass the services, so they carry no
// audit events. Only the server process reads them afterwards, through the normal API.
import { randomUUID } from 'node:crypto';
import { assessmentNodesFromRequirements, type ConformityStatus } from '@certa/core';
import { listRequirements, schema, type Executor } from '@certa/db';

export interface LargeOrgShape {
  /** Assessments of each framework. */
  assessmentsPerFramework: number;
  evidenceItems: number;
  /** Evidence links created per assessment (to as many different requirements). */
  linksPerAssessment: number;
}

export interface LargeOrgTarget {
  organizationId: string;
  userId: string;
  frameworks: { id: string; slug: string; iso27001: boolean }[];
}

export interface SeededAssessment {
  id: string;
  reference: string;
  frameworkId: string;
  iso27001: boolean;
  requirementIds: string[];
}

export interface LargeOrgSummary {
  assessments: SeededAssessment[];
  answers: number;
  evidenceItems: number;
  evidenceLinks: number;
}

const chunkSize = 1000;

/** A small seeded generator (mulberry32): the same seed yields the same organisation. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertChunked<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += chunkSize) await write(items.slice(start, start + chunkSize));
}

const statusesByWeight: [ConformityStatus, number][] = [
  ['implemented', 0.45],
  ['partially_implemented', 0.3],
  ['not_implemented', 0.15],
  ['not_assessed', 0.1],
];

function pickStatus(random: () => number): ConformityStatus {
  let roll = random();
  for (const [status, weight] of statusesByWeight) {
    if (roll < weight) return status;
    roll -= weight;
  }
  return 'implemented';
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Writes the organisation's assessments, answers, evidence and links; returns what it wrote. */
export async function seedLargeOrganization(
  db: Executor,
  target: LargeOrgTarget,
  shape: LargeOrgShape,
  now = new Date(),
): Promise<LargeOrgSummary> {
  const random = seededRandom(27001);
  const assessments: SeededAssessment[] = [];
  let answers = 0;
  let sequence = 0;
  for (const framework of target.frameworks) {
    const requirements = await listRequirements(db, framework.id, target.organizationId);
    const nodes = assessmentNodesFromRequirements(requirements, { iso27001: framework.iso27001 });
    const assessable = requirements.filter((_, index) => nodes[index]?.assessable);
    for (let index = 0; index < shape.assessmentsPerFramework; index += 1) {
      sequence += 1;
      const id = randomUUID();
      const reference = `GA-BENCH-${String(sequence).padStart(2, '0')}`;
      const assessmentDate = isoDay(
        new Date(now.getTime() - (shape.assessmentsPerFramework - index) * 20 * 86_400_000),
      );
      const completed = index < shape.assessmentsPerFramework - 1;
      await db.insert(schema.gapAssessment).values({
        id,
        organizationId: target.organizationId,
        reference,
        frameworkId: framework.id,
        title: `${framework.slug} assessment ${index + 1}`,
        scope: 'All services, sites and people of the generated organisation.',
        assessmentDate,
        targetCertificationDate: isoDay(new Date(now.getTime() + 270 * 86_400_000)),
        status: completed ? 'completed' : 'in_progress',
        assessors: ['Bench Assessor'],
        interviewees: [],
        createdBy: target.userId,
        createdAt: now,
        updatedAt: now,
        completedAt: completed ? now : null,
      });
      const rows = assessable.map((requirement) => {
        const status = pickStatus(random);
        const maturity = status === 'not_assessed' ? null : Math.floor(random() * 4);
        return {
          assessmentId: id,
          requirementId: requirement.id,
          status,
          maturity,
          targetMaturity: maturity === null ? null : Math.min(5, maturity + 1 + Math.floor(random() * 2)),
          gap: status === 'partially_implemented' || status === 'not_implemented' ? 'Generated gap description.' : null,
          recommendation: status === 'not_implemented' ? 'Generated recommendation.' : null,
          owner: `owner${Math.floor(random() * 12)}@bench.example`,
          effort: (['S', 'M', 'L', 'XL'] as const)[Math.floor(random() * 4)] ?? 'M',
          version: 1,
          updatedAt: now,
          updatedBy: target.userId,
        };
      });
      await insertChunked(rows, (chunk) => db.insert(schema.gapAssessmentAnswer).values(chunk));
      answers += rows.length;
      assessments.push({
        id,
        reference,
        frameworkId: framework.id,
        iso27001: framework.iso27001,
        requirementIds: assessable.map((requirement) => requirement.id),
      });
    }
  }

  const kinds = ['document', 'record', 'screenshot', 'system_export', 'link'] as const;
  const statuses = ['draft', 'approved', 'approved', 'approved', 'expired'] as const;
  const evidenceIds: string[] = [];
  const items = Array.from({ length: shape.evidenceItems }, (_, index) => {
    const id = randomUUID();
    evidenceIds.push(id);
    const kind = kinds[index % kinds.length] ?? 'document';
    const reviewOffsetDays = Math.floor(random() * 540) - 120;
    return {
      id,
      organizationId: target.organizationId,
      reference: `EV-${String(index + 1).padStart(5, '0')}`,
      title: `Generated evidence ${index + 1}`,
      description: 'Bench data.',
      kind,
      owner: `owner${index % 12}@bench.example`,
      url: kind === 'link' ? `https://intranet.bench.example/doc/${index + 1}` : null,
      effectiveFrom: isoDay(new Date(now.getTime() - 200 * 86_400_000)),
      reviewBy: isoDay(new Date(now.getTime() + reviewOffsetDays * 86_400_000)),
      status: statuses[index % statuses.length] ?? 'draft',
      currentVersion: 0,
      version: 1,
      createdBy: target.userId,
      createdAt: now,
      updatedAt: now,
      updatedBy: target.userId,
    };
  });
  await insertChunked(items, (chunk) => db.insert(schema.evidenceItem).values(chunk));

  const links = assessments.flatMap((assessment) =>
    assessment.requirementIds.slice(0, shape.linksPerAssessment).map((requirementId, index) => ({
      id: randomUUID(),
      organizationId: target.organizationId,
      evidenceId:
        evidenceIds[(index * 7919 + assessment.requirementIds.length) % evidenceIds.length] ?? evidenceIds[0]!,
      targetType: 'gap_answer' as const,
      targetId: assessment.id,
      requirementId,
      createdBy: target.userId,
      createdAt: now,
    })),
  );
  if (evidenceIds.length > 0) await insertChunked(links, (chunk) => db.insert(schema.evidenceLink).values(chunk));

  return {
    assessments,
    answers,
    evidenceItems: items.length,
    evidenceLinks: evidenceIds.length > 0 ? links.length : 0,
  };
}
