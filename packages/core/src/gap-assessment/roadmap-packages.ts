import type { FrameworkLayout } from './assessment-nodes.ts';
import { effortWeights, priorityWeights, roundScore } from './gap-assessment.ts';
import type { Gap } from './gaps-and-roadmap.ts';

/** Phases of a roadmap to certification, in the order they run. */
export const roadmapPhases = ['foundations', 'risk', 'controls', 'readiness'] as const;

/** One roadmap phase. */
export type RoadmapPhase = (typeof roadmapPhases)[number];

/** Fixed milestones of the ISO/IEC 27001 certification path. */
export const roadmapMilestones = ['internal_audit', 'management_review', 'stage_1_audit', 'stage_2_audit'] as const;

/** One milestone. */
export type RoadmapMilestone = (typeof roadmapMilestones)[number];

/** Most requirements one work package closes, so that a package stays a manageable piece of work. */
export const maxRequirementsPerPackage = 8;

/** A work package or milestone before dates are laid out. */
export interface PackageDraft {
  phase: RoadmapPhase;
  milestone: RoadmapMilestone | null;
  title: string;
  gaps: readonly Gap[];
  /** Weeks it takes; for work packages, the effort of its largest requirement. */
  durationWeeks: number;
  rationale: string;
}

/** The roadmap rank of a gap: gap size × priority weight ÷ effort points (an unspecified effort counts as M). */
export function roadmapScore(gap: Pick<Gap, 'gapSize' | 'priority' | 'effort'>): number {
  const priority = gap.priority ? priorityWeights[gap.priority] : 1;
  return (gap.gapSize * priority) / effortWeights[gap.effort ?? 'M'];
}

// ISO/IEC 27001:2022 6.1.1, 6.1.2 and 8.2 assess risks; 6.1.3 and 8.3 treat them and produce the SoA.
const riskAssessmentRefs = new Set(['6.1.1', '6.1.2', '8.2']);
const riskTreatmentRefs = new Set(['6.1.3', '8.3']);

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Gaps grouped by their group, groups in reading order of their first gap. */
function byGroup(gaps: readonly Gap[]): Gap[][] {
  const groups = new Map<string, Gap[]>();
  for (const gap of [...gaps].sort((a, b) => a.position - b.position)) {
    const key = gap.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), gap]);
  }
  return [...groups.values()];
}

function durationOf(gaps: readonly Gap[]): number {
  return Math.max(1, ...gaps.map((gap) => effortWeights[gap.effort ?? 'M']));
}

function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function priorityNote(gaps: readonly Gap[]): string {
  const high = gaps.filter((gap) => gap.priority === 'high').length;
  const documents = gaps.filter((gap) => gap.documentation !== null && gap.documentation !== 'approved').length;
  const notes = [
    ...(high > 0 ? [`${high} high priority`] : []),
    ...(documents > 0 ? [`${counted(documents, 'requirement')} lacking approved documented information`] : []),
  ];
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

function groupLabel(gap: Gap | undefined): string {
  if (!gap?.group) return 'Other requirements';
  if (gap.kind === 'clause_requirement') return `Clause ${gap.group}: ${gap.groupTitle ?? ''}`.trim();
  return gap.groupTitle ? `${gap.groupTitle} (${gap.group})` : gap.group;
}

function foundationPackages(gaps: readonly Gap[]): PackageDraft[] {
  return byGroup(gaps).flatMap((group) =>
    chunk(group, maxRequirementsPerPackage).map((members, index, all) => ({
      phase: 'foundations' as const,
      milestone: null,
      title: `${groupLabel(members[0])}${all.length > 1 ? `, part ${index + 1} of ${all.length}` : ''}`,
      gaps: members,
      durationWeeks: durationOf(members),
      rationale: `Mandatory management-system requirements come first, in clause order, because the rest of the ISMS builds on them${priorityNote(members)}.`,
    })),
  );
}

function riskPackages(gaps: readonly Gap[]): PackageDraft[] {
  const assessment = gaps.filter((gap) => riskAssessmentRefs.has(gap.refId)).sort((a, b) => a.position - b.position);
  const treatment = gaps.filter((gap) => riskTreatmentRefs.has(gap.refId)).sort((a, b) => a.position - b.position);
  const drafts: PackageDraft[] = [];
  if (assessment.length > 0)
    drafts.push({
      phase: 'risk',
      milestone: null,
      title: 'Risk assessment: criteria, method and results',
      gaps: assessment,
      durationWeeks: durationOf(assessment),
      rationale: `The risk assessment decides which controls are needed, so it follows the foundations (scope, policy) and precedes the controls${priorityNote(assessment)}.`,
    });
  if (treatment.length > 0)
    drafts.push({
      phase: 'risk',
      milestone: null,
      title: 'Risk treatment plan and Statement of Applicability',
      gaps: treatment,
      durationWeeks: durationOf(treatment),
      rationale: `Treatment turns the assessed risks into the controls to implement and the Statement of Applicability, which auditors read first${priorityNote(treatment)}.`,
    });
  return drafts;
}

function controlPackages(gaps: readonly Gap[]): PackageDraft[] {
  const ranked = (a: Gap, b: Gap) => roadmapScore(b) - roadmapScore(a) || a.position - b.position;
  const packages = byGroup(gaps).flatMap((group) => {
    const parts = chunk([...group].sort(ranked), maxRequirementsPerPackage);
    return parts.map((members, index) => ({ members, index, parts: parts.length }));
  });
  const top = (members: readonly Gap[]) => (members[0] ? roadmapScore(members[0]) : 0);
  return packages
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => top(b.members) - top(a.members) || a.order - b.order)
    .map(({ members, index, parts }) => {
      const scores = members.map((gap) => roundScore(roadmapScore(gap)));
      const range =
        scores.length > 1 ? `scores ${scores[0]} to ${scores[scores.length - 1]}` : `score ${scores[0] ?? 0}`;
      return {
        phase: 'controls' as const,
        milestone: null,
        title: `${groupLabel(members[0])}${parts > 1 ? `, part ${index + 1} of ${parts}` : ''}`,
        gaps: members,
        durationWeeks: durationOf(members),
        rationale: `Ranked by gap size × priority ÷ effort (${range}): the most gap closed for the least effort goes first${priorityNote(members)}.`,
      };
    });
}

function milestones(gaps: readonly Gap[]): PackageDraft[] {
  const audit = gaps.filter((gap) => gap.refId.startsWith('9.2.')).sort((a, b) => a.position - b.position);
  const review = gaps.filter((gap) => gap.refId.startsWith('9.3.')).sort((a, b) => a.position - b.position);
  return [
    {
      phase: 'readiness',
      milestone: 'internal_audit',
      title: 'Internal audit of the whole ISMS scope',
      gaps: audit,
      durationWeeks: 2,
      rationale:
        'Certification needs an internal audit covering clauses 4 to 10 and every applicable control, held once the controls have run long enough to leave records.',
    },
    {
      phase: 'readiness',
      milestone: 'management_review',
      title: 'Management review',
      gaps: review,
      durationWeeks: 1,
      rationale:
        'Top management reviews the ISMS with the internal audit results as an input; the stage 1 auditor checks that it was held.',
    },
    {
      phase: 'readiness',
      milestone: 'stage_1_audit',
      title: 'Stage 1 audit by the certification body',
      gaps: [],
      durationWeeks: 0,
      rationale: 'Assumed 6 weeks before the target date: the auditor reviews the documentation and readiness.',
    },
    {
      phase: 'readiness',
      milestone: 'stage_2_audit',
      title: 'Stage 2 certification audit',
      gaps: [],
      durationWeeks: 0,
      rationale: 'The target certification date: the auditor evaluates implementation and effectiveness.',
    },
  ];
}

/**
 * Splits gaps into phased work packages (foundations, risk, controls) followed, for ISO/IEC 27001, by the
 * fixed milestones; other frameworks get control packages only.
 */
export function buildPhasedPackages(gaps: readonly Gap[], layout: FrameworkLayout): PackageDraft[] {
  if (layout === 'generic') return controlPackages(gaps);
  const isClause = (gap: Gap) => gap.kind === 'clause_requirement';
  const isMilestone = (gap: Gap) => gap.refId.startsWith('9.2.') || gap.refId.startsWith('9.3.');
  const isRisk = (gap: Gap) => riskAssessmentRefs.has(gap.refId) || riskTreatmentRefs.has(gap.refId);
  const clauses = gaps.filter(isClause);
  return [
    ...foundationPackages(clauses.filter((gap) => !isRisk(gap) && !isMilestone(gap))),
    ...riskPackages(clauses),
    ...controlPackages(gaps.filter((gap) => !isClause(gap))),
    ...milestones(clauses),
  ];
}
