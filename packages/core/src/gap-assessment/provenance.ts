/**
 * Where a pre-filled answer came from: copied from a previous assessment of the same framework
 * (`carried_over`) or derived through a mapping from an assessment of another framework (`mapped`).
 */
export const answerOriginKinds = ['carried_over', 'mapped'] as const;

/** One origin of a pre-filled answer. */
export type AnswerOriginKind = (typeof answerOriginKinds)[number];

/** Kinds of significant change recorded in the ISMS change log (clause 6.3). */
export const ismsChangeCategories = [
  'acquisition',
  'new_technology',
  'new_supplier',
  'reorganisation',
  'new_law',
  'new_contract',
  'relocation',
  'incident',
  'other',
] as const;

/** One kind of change. */
export type IsmsChangeCategory = (typeof ismsChangeCategories)[number];

/** Progress of a roadmap work package tracked as a task. */
export const roadmapTaskStatuses = ['todo', 'in_progress', 'blocked', 'done', 'cancelled'] as const;

/** One task status. */
export type RoadmapTaskStatus = (typeof roadmapTaskStatuses)[number];

/** Age after which a gap assessment is flagged as due for renewal, unless the organisation sets another. */
export const defaultAssessmentMaxAgeMonths = 12;
