import type { RequirementKind } from '../framework/framework.ts';

/** Conformity status of one assessable requirement in a gap assessment. */
export const conformityStatuses = [
  'not_assessed',
  'not_implemented',
  'partially_implemented',
  'implemented',
  'not_applicable',
] as const;

/** One conformity status. */
export type ConformityStatus = (typeof conformityStatuses)[number];

/** State of the documented information a requirement calls for. */
export const documentationStates = ['missing', 'draft', 'approved'] as const;

/** One documentation state. */
export type DocumentationState = (typeof documentationStates)[number];

/** T-shirt sizes of the effort needed to close a gap. */
export const efforts = ['S', 'M', 'L', 'XL'] as const;

/** One effort size. */
export type Effort = (typeof efforts)[number];

/** Priorities of a gap, highest first. */
export const priorities = ['high', 'medium', 'low'] as const;

/** One priority. */
export type Priority = (typeof priorities)[number];

/** The maturity scale of gap assessments, 0 to 5 (../shared/DOMAIN.md §8). */
export const maturityLevels = [0, 1, 2, 3, 4, 5] as const;

/** One maturity level. */
export type MaturityLevel = (typeof maturityLevels)[number];

/** What each maturity level means, in Certa's words. */
export const maturityLevelNames: Readonly<Record<MaturityLevel, string>> = {
  0: 'non-existent',
  1: 'initial, ad hoc',
  2: 'repeatable but informal',
  3: 'defined and documented',
  4: 'managed and measured',
  5: 'optimised',
};

/** The maturity level assumed as target when none is recorded: what a certification auditor normally expects. */
export const defaultTargetMaturity = 3;

/**
 * Weight of each status in conformity; null where the requirement is left out of conformity
 * (not applicable, or not assessed yet).
 */
export const statusWeights: Readonly<Record<ConformityStatus, number | null>> = {
  implemented: 1,
  partially_implemented: 0.5,
  not_implemented: 0,
  not_applicable: null,
  not_assessed: null,
};

/** Effort sizes as effort points (roughly person-weeks); an unspecified effort counts as M. */
export const effortWeights: Readonly<Record<Effort, number>> = { S: 1, M: 2, L: 4, XL: 8 };

/** Weights of the priorities when ranking gaps (no priority counts as low). */
export const priorityWeights: Readonly<Record<Priority, number>> = { high: 3, medium: 2, low: 1 };

/** One assessor's answer about one requirement, as scoring and the roadmap read it. */
export interface RequirementAnswer {
  status: ConformityStatus;
  maturity?: number | null;
  targetMaturity?: number | null;
  /** State of the documented information, where the requirement needs some. */
  documentation?: DocumentationState | null;
  justification?: string | null;
  notes?: string | null;
  owner?: string | null;
  evidence?: readonly string[];
  effort?: Effort | null;
  /** A priority set by the assessor instead of the computed one; needs `priorityReason`. */
  priority?: Priority | null;
  priorityReason?: string | null;
  /** The gap found, in the assessor's words. */
  gap?: string | null;
  recommendation?: string | null;
}

/** Answers of one assessment keyed by requirement reference; a requirement left out is not assessed. */
export type AnswersByRef = Readonly<Record<string, RequirementAnswer>>;

/** The answer recorded for a reference, without ever reading inherited properties such as `constructor`. */
export function answerFor(answers: AnswersByRef, refId: string): RequirementAnswer | undefined {
  return Object.hasOwn(answers, refId) ? answers[refId] : undefined;
}

/**
 * Rounds half away from zero at one decimal (`6.25` → `6.3`, `-6.25` → `-6.3`), after removing the
 * floating-point noise of the computation (`0.1 + 0.2`).
 */
export function roundScore(value: number): number {
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = Math.round(scaled) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Maturity still to gain: target minus current, never below 0; null unless both are recorded. */
export function maturityGap(current: number | null | undefined, target: number | null | undefined): number | null {
  if (current === null || current === undefined || target === null || target === undefined) return null;
  return Math.max(0, target - current);
}

/**
 * Why `not_applicable` cannot be recorded, or null when it can: ISO/IEC 27001:2022 clauses 4 to 10 admit
 * no exclusion, and an excluded control needs a justification (6.1.3 d).
 */
export function notApplicableProblem(
  refId: string,
  isClauseRequirement: boolean,
  justification: string | null | undefined,
): string | null {
  if (isClauseRequirement)
    return `${refId} is a management-system requirement: clauses 4 to 10 are all mandatory and cannot be not applicable`;
  if ((justification ?? '').trim() === '') return `${refId} is not applicable: say why in a justification`;
  return null;
}

/** Why a priority override cannot be recorded (it has no reason), or null when it can. */
export function priorityOverrideProblem(
  priority: Priority | null | undefined,
  reason: string | null | undefined,
): string | null {
  if (priority === null || priority === undefined) return null;
  return (reason ?? '').trim() === '' ? `A priority set by hand needs a reason (priorityReason)` : null;
}

/** Documented information as scoring sees it: recorded state, or `not_recorded`. */
export type DocumentationFinding = DocumentationState | 'not_recorded';

/**
 * The state of a requirement's documented information: the recorded one; `missing` when the requirement
 * is not implemented at all (there cannot be an approved record of something not done); else not recorded.
 */
export function documentationFinding(answer: RequirementAnswer | undefined): DocumentationFinding {
  if (answer?.documentation) return answer.documentation;
  return answer?.status === 'not_implemented' ? 'missing' : 'not_recorded';
}

/** What `computePriority` reads about one requirement. */
export interface PriorityInput {
  kind: RequirementKind;
  status: ConformityStatus;
  maturity?: number | null;
  targetMaturity?: number | null;
  documentedInformationRequired: boolean;
  documentation?: DocumentationState | null;
  /** An assessor's priority, which wins when it has a reason. */
  override?: { priority: Priority; reason: string } | null;
}

/** The facts a priority rule tests. */
interface PriorityFacts {
  clause: boolean;
  status: ConformityStatus;
  target: number;
  gap: number | null;
  documentation: DocumentationFinding | null;
}

/** Identifiers of the priority rules, in the order they are tried. */
export const priorityRules = [
  'clause_not_implemented',
  'required_documentation_missing',
  'control_not_implemented',
  'clause_partially_implemented',
  'large_maturity_gap',
  'required_documentation_draft',
  'other_gap',
] as const;

/** One priority rule. */
export type PriorityRule = (typeof priorityRules)[number];

const gapStatus = (status: ConformityStatus) => status === 'not_implemented' || status === 'partially_implemented';

// First match wins. Clause requirements are mandatory (a certification auditor grades a missing one a major
// nonconformity); documented information the standard requires is what stage 1 checks first.
const priorityTable: readonly { rule: PriorityRule; priority: Priority; when: (facts: PriorityFacts) => boolean }[] = [
  { rule: 'clause_not_implemented', priority: 'high', when: (f) => f.clause && f.status === 'not_implemented' },
  { rule: 'required_documentation_missing', priority: 'high', when: (f) => f.documentation === 'missing' },
  {
    rule: 'control_not_implemented',
    priority: 'high',
    when: (f) => !f.clause && f.status === 'not_implemented' && f.target >= defaultTargetMaturity,
  },
  { rule: 'clause_partially_implemented', priority: 'medium', when: (f) => f.clause && gapStatus(f.status) },
  { rule: 'large_maturity_gap', priority: 'medium', when: (f) => gapStatus(f.status) && (f.gap ?? 0) >= 2 },
  { rule: 'required_documentation_draft', priority: 'medium', when: (f) => f.documentation === 'draft' },
  {
    rule: 'other_gap',
    priority: 'low',
    when: (f) =>
      gapStatus(f.status) || (f.gap ?? 0) > 0 || (f.documentation !== null && f.documentation !== 'approved'),
  },
];

/** Why each rule gives its priority, in one line. */
export const priorityRuleReasons: Readonly<Record<PriorityRule, string>> = {
  clause_not_implemented: 'a mandatory management-system requirement is not implemented',
  required_documentation_missing: 'documented information the standard requires is missing',
  control_not_implemented: 'an applicable control is not implemented and its target maturity is 3 or more',
  clause_partially_implemented: 'a mandatory management-system requirement is only partially implemented',
  large_maturity_gap: 'the maturity gap is 2 levels or more',
  required_documentation_draft: 'documented information the standard requires is still a draft',
  other_gap: 'a gap remains, of limited size',
};

/** A computed priority, the one in force (an override wins) and why. */
export interface PriorityResult {
  computed: Priority | null;
  effective: Priority | null;
  /** The rule that gave the computed priority, null when there is no gap. */
  rule: PriorityRule | null;
  /** Why the effective priority applies: the rule's reason, or the override's. */
  reason: string | null;
  overridden: boolean;
}

/**
 * Computes a requirement's priority with the rule table above; not applicable and not assessed
 * requirements, and those implemented with no remaining gap, have none. An override with a reason wins.
 */
export function computePriority(input: PriorityInput): PriorityResult {
  const inScope = input.status !== 'not_applicable' && input.status !== 'not_assessed';
  const documentation = input.documentedInformationRequired
    ? documentationFinding({ status: input.status, documentation: input.documentation ?? null })
    : null;
  const facts: PriorityFacts = {
    clause: input.kind === 'clause_requirement',
    status: input.status,
    target: input.targetMaturity ?? defaultTargetMaturity,
    gap: maturityGap(input.maturity, input.targetMaturity),
    documentation,
  };
  const match = inScope && input.kind !== 'heading' ? priorityTable.find((entry) => entry.when(facts)) : undefined;
  const computed = match?.priority ?? null;
  const override = input.override && input.override.reason.trim() !== '' ? input.override : null;
  return {
    computed,
    effective: override ? override.priority : computed,
    rule: match?.rule ?? null,
    reason: override ? override.reason : match ? priorityRuleReasons[match.rule] : null,
    overridden: override !== null,
  };
}
