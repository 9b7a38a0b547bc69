import type { GapAnswer, GapAssessmentDetail } from '@certa/client';
import type { AnswerStatus } from './gap-labels.ts';

type Requirement = GapAssessmentDetail['requirements'][number];

/** One row of the workspace grid: a group heading (clause or theme) or an assessable requirement. */
export type WorkspaceRow =
  | { kind: 'group'; id: string; refId: string; title: string }
  | { kind: 'requirement'; id: string; requirement: Requirement; answer: GapAnswer | undefined };

/** `''` any owner; `none` answers nobody owns; otherwise the owner as written (compared case-insensitively). */
export type OwnerFilter = string;

/** `''` any priority; `none` no priority (no gap, or not assessed); otherwise the effective priority. */
export type PriorityFilter = '' | 'none' | 'high' | 'medium' | 'low';

/** What the grid shows: a status, words in the reference or title, an owner, a priority, pending answers only. */
export interface WorkspaceFilter {
  status: AnswerStatus | '';
  text: string;
  owner?: OwnerFilter;
  priority?: PriorityFilter;
  /** Only pre-filled answers nobody has confirmed yet. */
  pending?: boolean;
}

/** Whether an answer was pre-filled (carried over or mapped) and still waits for someone to confirm it. */
export function isPendingConfirmation(answer: GapAnswer | undefined): boolean {
  return answer?.origin?.pending === true;
}

const ownerKey = (owner: string | null | undefined) => (owner ?? '').trim().toLowerCase();

/** Whether one requirement's answer passes the filter. */
export function matchesFilter(
  requirement: Requirement,
  answer: GapAnswer | undefined,
  filter: WorkspaceFilter,
): boolean {
  const status = answer?.status ?? 'not_assessed';
  if (filter.status !== '' && status !== filter.status) return false;
  const words = filter.text.trim().toLowerCase();
  if (words && !`${requirement.refId} ${requirement.title}`.toLowerCase().includes(words)) return false;
  const owner = filter.owner ?? '';
  if (owner === 'none' && ownerKey(answer?.owner) !== '') return false;
  if (owner !== '' && owner !== 'none' && ownerKey(answer?.owner) !== ownerKey(owner)) return false;
  const priority = filter.priority ?? '';
  const effective = answer?.priority.effective ?? null;
  if (priority === 'none' && effective !== null) return false;
  if (priority !== '' && priority !== 'none' && effective !== priority) return false;
  if (filter.pending === true && !isPendingConfirmation(answer)) return false;
  return true;
}

/**
 * The rows of the grid: every assessable requirement in framework order, under the nearest heading above
 * it; headings with nothing left after filtering disappear.
 */
export function workspaceRows(detail: GapAssessmentDetail, filter: WorkspaceFilter): WorkspaceRow[] {
  const byId = new Map(detail.requirements.map((requirement) => [requirement.id, requirement]));
  const answers = new Map(detail.answers.map((answer) => [answer.requirementId, answer]));
  const rows: WorkspaceRow[] = [];
  let currentGroup: string | null = null;
  for (const requirement of detail.requirements) {
    if (!requirement.assessable) continue;
    const answer = answers.get(requirement.id);
    if (!matchesFilter(requirement, answer, filter)) continue;
    let parent = requirement.parentId ? byId.get(requirement.parentId) : undefined;
    while (parent && parent.kind !== 'heading') parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    const groupId = parent?.id ?? 'ungrouped';
    if (groupId !== currentGroup) {
      currentGroup = groupId;
      rows.push({ kind: 'group', id: `group-${groupId}`, refId: parent?.refId ?? '', title: parent?.title ?? 'Other' });
    }
    rows.push({ kind: 'requirement', id: requirement.id, requirement, answer });
  }
  return rows;
}

/** The owners named in an assessment's answers, as first written, sorted; for the owner filter. */
export function answerOwners(detail: GapAssessmentDetail): string[] {
  const owners = new Map<string, string>();
  for (const answer of detail.answers) {
    const key = ownerKey(answer.owner);
    if (key !== '' && !owners.has(key)) owners.set(key, (answer.owner ?? '').trim());
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b));
}

/** How many assessable requirements there are, and how many have each status, pending answers counted too. */
export function workspaceCounts(detail: GapAssessmentDetail) {
  const answers = new Map(detail.answers.map((answer) => [answer.requirementId, answer]));
  const byStatus: Record<AnswerStatus, number> = {
    not_assessed: 0,
    not_implemented: 0,
    partially_implemented: 0,
    implemented: 0,
    not_applicable: 0,
  };
  let total = 0;
  let pending = 0;
  for (const requirement of detail.requirements) {
    if (!requirement.assessable) continue;
    total += 1;
    const answer = answers.get(requirement.id);
    byStatus[answer?.status ?? 'not_assessed'] += 1;
    if (isPendingConfirmation(answer)) pending += 1;
  }
  return { total, byStatus, pending };
}
