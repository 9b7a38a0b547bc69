import type { MappingRelationship } from '../framework/framework-import.ts';
import type { AssessmentNode } from './assessment-nodes.ts';
import { gapAnswerProblems, pickGapAnswerFields, type GapAnswerFields } from './assessment.ts';
import type { ConformityStatus } from './gap-assessment.ts';
import type { AnswerOriginKind } from './provenance.ts';

/** Where a stored answer came from, when it was pre-filled; kept after confirmation so its source stays visible. */
export interface GapAnswerOrigin {
  kind: AnswerOriginKind;
  /** The assessment the answer was copied or derived from (null once that assessment is gone). */
  assessmentId: string | null;
  /** The requirement of that assessment the answer came from. */
  requirementId: string | null;
  /** For `mapped`: the relationship of the mapping, read from the source to this requirement. */
  relationship: MappingRelationship | null;
  /** True until someone confirms or edits the answer. */
  pending: boolean;
}

/** A requirement of the assessment being pre-filled: its stored id beside the node scoring reads. */
export interface PrefillTarget {
  requirementId: string;
  node: Pick<AssessmentNode, 'refId' | 'kind' | 'assessable'>;
}

/** A stored answer of the assessment that pre-fills another, with its requirement's reference. */
export interface PrefillSource extends GapAnswerFields {
  requirementId: string;
  refId: string;
}

/** One mapping between a requirement of the source framework and one of the target, read source → target. */
export interface PrefillMapping {
  sourceRequirementId: string;
  targetRequirementId: string;
  relationship: MappingRelationship;
}

/** An answer to write into the new assessment, with where it came from. */
export interface PrefilledAnswer {
  requirementId: string;
  fields: GapAnswerFields;
  origin: GapAnswerOrigin;
}

const emptyFields: GapAnswerFields = {
  status: 'not_assessed',
  maturity: null,
  targetMaturity: null,
  documentation: null,
  justification: null,
  gap: null,
  recommendation: null,
  owner: null,
  priorityOverride: null,
  effort: null,
  notes: null,
};

// An answer nobody has touched carries nothing worth confirming.
const isBlank = (fields: GapAnswerFields) =>
  Object.entries(pickGapAnswerFields(fields)).every(([key, value]) =>
    key === 'status' ? value === 'not_assessed' : value === null,
  );

/**
 * Copies the answers of a previous assessment into a new one, every answer marked carried over and pending
 * until someone confirms it. Answers match by requirement id within the same framework version
 * (`match: 'id'`) and by reference across versions of the same framework (`match: 'refId'`). Everything
 * a practitioner keeps between rounds is copied — status, maturity and target, documentation state,
 * justification, gap, recommendation, owner, effort and notes — except a priority set by hand: its reason
 * belonged to that round, so the computed priority applies again until someone overrides it anew. An
 * answer the new requirement cannot hold (e.g. not applicable on a clause that became mandatory) keeps
 * its texts but goes back to not assessed.
 */
export function carryOverAnswers(
  sourceAssessmentId: string,
  answers: readonly PrefillSource[],
  targets: readonly PrefillTarget[],
  match: 'id' | 'refId',
): PrefilledAnswer[] {
  const byKey = new Map(answers.map((answer) => [match === 'id' ? answer.requirementId : answer.refId, answer]));
  const prefilled: PrefilledAnswer[] = [];
  for (const target of targets) {
    if (!target.node.assessable) continue;
    const source = byKey.get(match === 'id' ? target.requirementId : target.node.refId);
    if (!source || isBlank(source)) continue;
    const fields: GapAnswerFields = { ...pickGapAnswerFields(source), priorityOverride: null };
    if (gapAnswerProblems(target.node, fields).length > 0) fields.status = 'not_assessed';
    prefilled.push({
      requirementId: target.requirementId,
      fields,
      origin: {
        kind: 'carried_over',
        assessmentId: sourceAssessmentId,
        requirementId: source.requirementId,
        relationship: null,
        pending: true,
      },
    });
  }
  return prefilled;
}

// Lower is more conservative: the order in which a suggestion claims less.
const statusRank: Partial<Record<ConformityStatus, number>> = {
  not_implemented: 0,
  partially_implemented: 1,
  implemented: 2,
};

/**
 * The status a target requirement takes from one mapped source answer, or null when nothing propagates.
 * `equal`/`superset` (the source covers all of the target) copy the result. `subset`/`intersect` (the
 * source covers only part of it) can at most say "partially": an implemented or partially implemented
 * source suggests partially implemented, a source not implemented means the shared part is missing, so
 * not implemented is suggested. Not applicable never crosses frameworks (applicability is decided per
 * framework and scope), and a source not assessed says nothing.
 */
export function mappedStatus(relationship: MappingRelationship, source: ConformityStatus): ConformityStatus | null {
  if (statusRank[source] === undefined) return null;
  if (relationship === 'equal' || relationship === 'superset') return source;
  return source === 'not_implemented' ? 'not_implemented' : 'partially_implemented';
}

/**
 * Pre-fills the answers of an assessment from an assessment of another framework through mappings
 * (read from the source framework to the target). Each target takes its status from the mapped source
 * answers (see `mappedStatus`) and, for `equal`/`superset`, their maturity too; when several sources map
 * to one target the most conservative (lowest) status wins and the first source giving it is recorded as
 * the origin. Nothing else is copied: gaps, owners and effort were written about another framework's
 * wording. Every answer is pending until someone confirms it.
 */
export function mappedAnswers(
  sourceAssessmentId: string,
  answers: readonly PrefillSource[],
  mappings: readonly PrefillMapping[],
  targets: readonly PrefillTarget[],
): PrefilledAnswer[] {
  const answerOf = new Map(answers.map((answer) => [answer.requirementId, answer]));
  const mappingsTo = new Map<string, PrefillMapping[]>();
  for (const mapping of mappings) {
    const list = mappingsTo.get(mapping.targetRequirementId) ?? [];
    list.push(mapping);
    mappingsTo.set(mapping.targetRequirementId, list);
  }
  const prefilled: PrefilledAnswer[] = [];
  for (const target of targets) {
    if (!target.node.assessable) continue;
    let chosen: { mapping: PrefillMapping; source: PrefillSource; status: ConformityStatus } | undefined;
    for (const mapping of mappingsTo.get(target.requirementId) ?? []) {
      const source = answerOf.get(mapping.sourceRequirementId);
      const status = source ? mappedStatus(mapping.relationship, source.status) : null;
      if (!source || status === null) continue;
      if (chosen === undefined || (statusRank[status] ?? 0) < (statusRank[chosen.status] ?? 0))
        chosen = { mapping, source, status };
    }
    if (!chosen) continue;
    const copiesResult = chosen.mapping.relationship === 'equal' || chosen.mapping.relationship === 'superset';
    prefilled.push({
      requirementId: target.requirementId,
      fields: { ...emptyFields, status: chosen.status, maturity: copiesResult ? chosen.source.maturity : null },
      origin: {
        kind: 'mapped',
        assessmentId: sourceAssessmentId,
        requirementId: chosen.source.requirementId,
        relationship: chosen.mapping.relationship,
        pending: true,
      },
    });
  }
  return prefilled;
}

// Read from the other side, a subset becomes a superset and the other way round.
const inverseRelationship = { equal: 'equal', subset: 'superset', superset: 'subset', intersect: 'intersect' } as const;

/** The relationship of a mapping read from its target back to its source. */
export function invertMappingRelationship(relationship: MappingRelationship): MappingRelationship {
  return inverseRelationship[relationship];
}

/** How many pre-filled answers still wait for someone to confirm them. */
export function countPendingOrigins(answers: readonly { origin?: GapAnswerOrigin | null }[]): number {
  return answers.filter((answer) => answer.origin?.pending === true).length;
}
