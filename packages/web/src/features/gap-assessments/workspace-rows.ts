import type { GapAnswer, GapAssessmentDetail } from '@certa/client';
import type { AnswerStatus } from './gap-labels.ts';

type Requirement = GapAssessmentDetail['requirements'][number];

/** One row of the workspace grid: a group heading (clause or theme) or an assessable requirement. */
export type WorkspaceRow =
  | { kind: 'group'; id: string; refId: string; title: string }
  | { kind: 'requirement'; id: string; requirement: Requirement; answer: GapAnswer | undefined };

/** What the grid shows: a status and words in the reference or title. */
export interface WorkspaceFilter {
  status: AnswerStatus | '';
  text: string;
}

/**
 * The rows of the grid: every assessable requirement in framework order, under the nearest heading above
 * it; headings with nothing left after filtering disappear.
 */
export function workspaceRows(detail: GapAssessmentDetail, filter: WorkspaceFilter): WorkspaceRow[] {
  const byId = new Map(detail.requirements.map((requirement) => [requirement.id, requirement]));
  const answers = new Map(detail.answers.map((answer) => [answer.requirementId, answer]));
  const words = filter.text.trim().toLowerCase();
  const rows: WorkspaceRow[] = [];
  let currentGroup: string | null = null;
  for (const requirement of detail.requirements) {
    if (!requirement.assessable) continue;
    const answer = answers.get(requirement.id);
    const status = answer?.status ?? 'not_assessed';
    if (filter.status !== '' && status !== filter.status) continue;
    if (words && !`${requirement.refId} ${requirement.title}`.toLowerCase().includes(words)) continue;
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
