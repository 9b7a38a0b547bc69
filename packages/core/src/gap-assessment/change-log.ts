import type { AssessmentNode } from './assessment-nodes.ts';
import type { IsmsChangeCategory } from './provenance.ts';

/** A significant change to the organisation or its ISMS, recorded in the change log (ISO/IEC 27001:2022 6.3). */
export interface IsmsChange {
  id: string;
  organizationId: string;
  /** `CH-001`, unique within the organisation, never reused. */
  reference: string;
  title: string;
  description: string | null;
  category: IsmsChangeCategory;
  /** Calendar day the change happened (or takes effect), `YYYY-MM-DD`. */
  occurredOn: string;
  /** The part of the ISMS scope it touches, in the organisation's words. */
  scopeAffected: string | null;
  /** Requirements the recorder named in addition to those proposed for the category. */
  refIds: string[];
  /** The focused assessment started for this change, if any. */
  reassessmentId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The human reference of a change, e.g. `CH-007` (the sequence grows past 999 as needed). */
export function ismsChangeReference(sequence: number): string {
  return `CH-${String(sequence).padStart(3, '0')}`;
}

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `${prefix}.${String(from + index)}`);

/** What each category of change usually touches in ISO/IEC 27001:2022, with Certa's reason. */
export interface ChangeCategoryImpact {
  refIds: readonly string[];
  why: string;
}

/**
 * Requirements of ISO/IEC 27001:2022 worth re-assessing after each kind of change (IDs only; the reasons
 * are Certa's own). Every change also re-opens the risk assessment (`alwaysReassessed`).
 */
export const changeCategoryImpacts: Readonly<Record<IsmsChangeCategory, ChangeCategoryImpact>> = {
  acquisition: {
    refIds: ['4.1', '4.2', '4.3', '5.3', 'A.5.9', 'A.5.12', 'A.5.15', 'A.5.19', 'A.5.31', 'A.6.1', 'A.6.2'],
    why: 'an acquisition changes the context, the interested parties and the scope, and brings new assets, people and suppliers',
  },
  new_technology: {
    refIds: [
      '8.1',
      'A.5.8',
      'A.5.9',
      'A.5.23',
      'A.8.8',
      'A.8.9',
      'A.8.15',
      'A.8.20',
      'A.8.24',
      'A.8.25',
      'A.8.26',
      'A.8.27',
      'A.8.32',
    ],
    why: 'a new technology or cloud service needs to be introduced under control: inventory, configuration, vulnerabilities, logging, architecture and change management',
  },
  new_supplier: {
    refIds: ['8.1', 'A.5.14', 'A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'],
    why: 'a new supplier must be assessed, bound by agreement and monitored, and information shared with it protected',
  },
  reorganisation: {
    refIds: ['5.3', '7.2', '7.3', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.18', 'A.6.2', 'A.6.3', 'A.6.5'],
    why: 'a reorganisation moves roles, responsibilities and access: who is accountable, competent and aware must be checked again',
  },
  new_law: {
    refIds: ['4.2', 'A.5.31', 'A.5.32', 'A.5.33', 'A.5.34'],
    why: 'a new law or regulation adds requirements of interested parties and legal obligations to identify and meet',
  },
  new_contract: {
    refIds: ['4.2', '8.1', 'A.5.14', 'A.5.20', 'A.5.31', 'A.6.6'],
    why: 'a new contract brings contractual security obligations, information exchanges and confidentiality terms',
  },
  relocation: {
    refIds: ['4.3', ...range('A.7', 1, 14), 'A.5.29', 'A.5.30', 'A.8.14'],
    why: 'a move of premises or hosting changes the physical protection, the scope boundaries and continuity arrangements',
  },
  incident: {
    refIds: [...range('A.5', 24, 28), 'A.6.8', '10.1', '10.2'],
    why: 'an incident tests incident management; lessons learned and corrective actions must follow',
  },
  other: { refIds: [], why: 'the recorder named the requirements it touches' },
};

/** Requirements every significant change re-opens: the information security risk assessment. */
export const alwaysReassessed: ChangeCategoryImpact = {
  refIds: ['6.1.2', '8.2'],
  why: 'every significant change can bring new risks: the risk assessment must be revisited (6.1.2, 8.2)',
};

/** One reason a requirement is proposed for re-assessment: a change and why it matters. */
export interface ReassessmentReason {
  changeId: string;
  reference: string;
  title: string;
  category: IsmsChangeCategory;
  why: string;
}

/** A requirement proposed for re-assessment with every change that calls for it. */
export interface ProposedRequirement {
  refId: string;
  title: string;
  reasons: ReassessmentReason[];
}

/**
 * Which requirements to re-assess after these changes, in the framework's reading order, each with the
 * changes that call for it: the category's usual requirements, the risk assessment, and any requirement
 * named on the change. References the framework does not have (or cannot assess) are left out, so the
 * category lists apply to ISO/IEC 27001:2022 and the named references to any framework.
 */
export function proposeReassessment(
  changes: readonly Pick<IsmsChange, 'id' | 'reference' | 'title' | 'category' | 'refIds'>[],
  nodes: readonly Pick<AssessmentNode, 'refId' | 'title' | 'assessable'>[],
): ProposedRequirement[] {
  const reasons = new Map<string, ReassessmentReason[]>();
  const add = (refId: string, change: (typeof changes)[number], why: string) => {
    const list = reasons.get(refId) ?? [];
    if (list.some((reason) => reason.changeId === change.id)) return;
    list.push({
      changeId: change.id,
      reference: change.reference,
      title: change.title,
      category: change.category,
      why,
    });
    reasons.set(refId, list);
  };
  for (const change of changes) {
    for (const refId of change.refIds) add(refId, change, 'named when the change was recorded');
    const impact = changeCategoryImpacts[change.category];
    for (const refId of impact.refIds) add(refId, change, impact.why);
    for (const refId of alwaysReassessed.refIds) add(refId, change, alwaysReassessed.why);
  }
  return nodes.flatMap((node) => {
    const found = node.assessable ? reasons.get(node.refId) : undefined;
    return found ? [{ refId: node.refId, title: node.title, reasons: found }] : [];
  });
}
