import type { GapAssessmentStatus } from '@certa/client';

/** The conformity statuses of an answer, in the order of the keyboard shortcuts 0–4. */
export const answerStatuses = [
  'not_assessed',
  'not_implemented',
  'partially_implemented',
  'implemented',
  'not_applicable',
] as const;

/** One conformity status of an answer. */
export type AnswerStatus = (typeof answerStatuses)[number];

/** How each conformity status is named on screen. */
export const answerStatusLabels: Record<AnswerStatus, string> = {
  not_assessed: 'Not assessed',
  not_implemented: 'Not implemented',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
  not_applicable: 'Not applicable',
};

/** The one status palette (../../../../../shared/UX.md): green, amber, red, grey; not assessed is outline only. */
export const answerStatusColors: Record<AnswerStatus, string> = {
  not_assessed: 'gray',
  not_implemented: 'red',
  partially_implemented: 'orange',
  implemented: 'green',
  not_applicable: 'gray',
};

/** How each stage of an assessment is named on screen. */
export const assessmentStatusLabels: Record<GapAssessmentStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  in_review: 'In review',
  completed: 'Completed',
};

/** One colour per stage (the label always carries the meaning). */
export const assessmentStatusColors: Record<GapAssessmentStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  in_review: 'grape',
  completed: 'green',
};

/** The button that moves an assessment to a stage. */
export const transitionLabels: Record<GapAssessmentStatus, string> = {
  planned: 'Back to planned',
  in_progress: 'Start assessing',
  in_review: 'Send for review',
  completed: 'Complete assessment',
};

/** A score in percent, or a dash when nothing was assessed yet. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${String(Math.round(value * 10) / 10)} %`;
}

/** Labels of the maturity levels 0–5. */
export const maturityLabels = [
  '0 · non-existent',
  '1 · initial, ad hoc',
  '2 · repeatable but informal',
  '3 · defined and documented',
  '4 · managed and measured',
  '5 · optimised',
];

/** How each priority is named on screen, highest first. */
export const priorityLabels = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** One colour per priority (the label always carries the meaning). */
export const priorityColors = { high: 'red', medium: 'orange', low: 'blue' } as const;

/** T-shirt sizes of the effort to close a gap, with what they roughly mean. */
export const effortLabels = {
  S: 'S · days',
  M: 'M · a few weeks',
  L: 'L · one to three months',
  XL: 'XL · a quarter or more',
} as const;

/** The keyboard shortcuts of the workspace (see ../shared/UX.md), as the help dialog lists them. */
export const workspaceShortcuts: readonly { keys: string[]; action: string }[] = [
  { keys: ['↓', 'j'], action: 'Next requirement' },
  { keys: ['↑', 'k'], action: 'Previous requirement' },
  { keys: ['0'], action: 'Not assessed' },
  { keys: ['1'], action: 'Not implemented' },
  { keys: ['2'], action: 'Partially implemented' },
  { keys: ['3'], action: 'Implemented' },
  { keys: ['4'], action: 'Not applicable (asks for the reason)' },
  { keys: ['m'], action: 'Go to the current maturity of the requirement' },
  { keys: ['e'], action: 'Edit the answer’s texts (starts in “Gap found”)' },
  { keys: ['/'], action: 'Filter by reference or words' },
  { keys: ['Esc'], action: 'Leave the field and go back to the grid; on the grid, close the side panel' },
  { keys: ['?'], action: 'Show these shortcuts' },
];
