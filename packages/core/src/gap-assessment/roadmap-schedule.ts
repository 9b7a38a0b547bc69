import type { FrameworkLayout } from './assessment-nodes.ts';
import { effortWeights, efforts, type Effort } from './gap-assessment.ts';
import type { PackageDraft, RoadmapMilestone, RoadmapPhase } from './roadmap-packages.ts';

/** One work package or milestone of a roadmap. */
export interface RoadmapItem {
  /** `WP-01`… for work packages, `MS-1`… for milestones. */
  id: string;
  kind: 'work_package' | 'milestone';
  milestone: RoadmapMilestone | null;
  phase: RoadmapPhase;
  title: string;
  /** The requirements it closes. */
  refIds: string[];
  /** Size of the whole package: the smallest size whose points cover the sum of its requirements'. */
  effort: Effort | null;
  /** Sum of the effort points of its requirements (S 1, M 2, L 4, XL 8; unspecified M). */
  effortPoints: number;
  durationWeeks: number;
  /** The most common owner among its requirements, or null. */
  owner: string | null;
  /** ISO dates; null without a target certification date. */
  start: string | null;
  due: string | null;
  /** Why it sits where it does, in one line. */
  rationale: string;
}

/** How the roadmap's dates fit between the assessment and the target certification date. */
export interface RoadmapSchedule {
  assessmentDate: string;
  targetCertificationDate: string;
  /** 6 weeks before the target. */
  stage1AuditDate: string;
  /** The latest date the first work package can start for the target to hold. */
  latestStart: string;
  /** Whole weeks from the planned start to the target date. */
  weeksNeeded: number;
  /** Whole weeks from the assessment date to the target date. */
  weeksAvailable: number;
  /** Weeks available beyond those needed (negative when the plan does not fit). */
  slackWeeks: number;
  /** False when the plan would have to start before the assessment date. */
  fits: boolean;
}

/** Weeks between the stage 1 audit and the target (stage 2) date. */
export const stage1WeeksBeforeTarget = 6;

const dayMs = 24 * 60 * 60 * 1000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

function mostCommonOwner(draft: PackageDraft): string | null {
  const counts = new Map<string, number>();
  for (const gap of draft.gaps) if (gap.owner) counts.set(gap.owner, (counts.get(gap.owner) ?? 0) + 1);
  let best: string | null = null;
  for (const [owner, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = owner;
  return best;
}

function effortOf(points: number): Effort {
  return efforts.find((size) => effortWeights[size] >= points) ?? 'XL';
}

function toItem(draft: PackageDraft, id: string): RoadmapItem {
  const points = draft.gaps.reduce((sum, gap) => sum + effortWeights[gap.effort ?? 'M'], 0);
  const fixedEffort: Partial<Record<RoadmapMilestone, Effort>> = { internal_audit: 'M', management_review: 'S' };
  return {
    id,
    kind: draft.milestone === null ? 'work_package' : 'milestone',
    milestone: draft.milestone,
    phase: draft.phase,
    title: draft.title,
    refIds: draft.gaps.map((gap) => gap.refId),
    effort: draft.milestone === null ? effortOf(points) : (fixedEffort[draft.milestone] ?? null),
    effortPoints: points,
    durationWeeks: draft.durationWeeks,
    owner: mostCommonOwner(draft),
    start: null,
    due: null,
    rationale: draft.rationale,
  };
}

/**
 * Numbers the drafts and lays their dates out backwards from the target date: stage 2 on the target,
 * stage 1 six weeks before, the management review ending a week before stage 1, the internal audit just
 * before it, and the work packages one after another (phase by phase) ending when the internal audit starts.
 * Other frameworks have no milestones: their packages end on the target date.
 */
export function scheduleRoadmap(
  drafts: readonly PackageDraft[],
  options: { layout: FrameworkLayout; assessmentDate: string; targetCertificationDate: string | null },
): { items: RoadmapItem[]; schedule: RoadmapSchedule | null } {
  let packageNumber = 0;
  let milestoneNumber = 0;
  const items = drafts.map((draft) =>
    toItem(
      draft,
      draft.milestone === null ? `WP-${String((packageNumber += 1)).padStart(2, '0')}` : `MS-${(milestoneNumber += 1)}`,
    ),
  );
  const target = options.targetCertificationDate;
  if (target === null) return { items, schedule: null };
  const stage1 = addDays(target, -7 * stage1WeeksBeforeTarget);
  const milestone = (kind: RoadmapMilestone) => items.find((item) => item.milestone === kind);
  let cursor = target;
  if (options.layout === 'iso27001') {
    const dated: [RoadmapMilestone, string, string][] = [
      ['stage_2_audit', target, target],
      ['stage_1_audit', stage1, stage1],
    ];
    const reviewDue = addDays(stage1, -7);
    const reviewStart = addDays(reviewDue, -7 * (milestone('management_review')?.durationWeeks ?? 1));
    const auditStart = addDays(reviewStart, -7 * (milestone('internal_audit')?.durationWeeks ?? 2));
    dated.push(['management_review', reviewStart, reviewDue], ['internal_audit', auditStart, reviewStart]);
    for (const [kind, start, due] of dated) Object.assign(milestone(kind) ?? {}, { start, due });
    cursor = auditStart;
  }
  for (const item of [...items].reverse()) {
    if (item.kind !== 'work_package') continue;
    item.due = cursor;
    item.start = addDays(cursor, -7 * item.durationWeeks);
    cursor = item.start;
  }
  const latestStart = items.reduce(
    (earliest, item) => (item.start && item.start < earliest ? item.start : earliest),
    target,
  );
  const weeksNeeded = Math.ceil(daysBetween(latestStart, target) / 7);
  const weeksAvailable = Math.floor(daysBetween(options.assessmentDate, target) / 7);
  return {
    items,
    schedule: {
      assessmentDate: options.assessmentDate,
      targetCertificationDate: target,
      stage1AuditDate: stage1,
      latestStart,
      weeksNeeded,
      weeksAvailable,
      slackWeeks: weeksAvailable - weeksNeeded,
      fits: latestStart >= options.assessmentDate,
    },
  };
}
