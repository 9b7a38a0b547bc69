import {
  maturityLevelNames,
  maturityLevels,
  type ConformityStatus,
  type GapReport,
  type MaturityLevel,
} from '@certa/core';
import { gapsByPriority } from './content.ts';
import { counted, readableDate, statusLabels } from './labels.ts';

/**
 * The readiness verdict of the executive summary, in Certa's words: whether certification is in reach,
 * how partial the picture is, and whether the roadmap fits before the target date.
 */
export function readinessStatement(report: GapReport): string[] {
  const { overall, managementSystem } = report.scores;
  const organisation = report.organization;
  if (overall.counts.assessed === 0)
    return [
      `No requirement has been assessed yet, so nothing can be said about ${organisation}'s readiness for certification.`,
    ];
  const missingClauses = managementSystem?.counts.byStatus.not_implemented ?? 0;
  const high = gapsByPriority(report).high;
  const documents = report.documentedInformation;
  const openDocuments = documents.required - documents.approved;
  const sentences: string[] = [];
  if (missingClauses > 0)
    sentences.push(
      `${organisation} is not ready for certification yet: ${counted(missingClauses, 'mandatory management-system requirement')} ${missingClauses === 1 ? 'is not implemented, which a certification audit would normally grade' : 'are not implemented, each of which a certification audit would normally grade'} as a major nonconformity.`,
    );
  else if (high > 0 || openDocuments > 0 || (overall.conformity ?? 0) < 80) {
    const reasons = [
      ...(high > 0 ? [counted(high, 'high-priority gap')] : []),
      ...(openDocuments > 0
        ? [`${counted(openDocuments, 'item')} of required documented information not yet approved`]
        : []),
      ...(high === 0 && openDocuments === 0 ? [`an overall conformity of ${overall.conformity}%`] : []),
    ];
    sentences.push(`${organisation} is on its way but not ready for certification yet, with ${reasons.join(' and ')}.`);
  } else
    sentences.push(
      `${organisation} looks close to ready for certification: no high-priority gap remains and the required documented information is approved; the remaining gaps need closing, or a plan, before the stage 1 audit.`,
    );
  if (overall.coverage !== null && overall.coverage < 100)
    sentences.push(
      `Only ${overall.coverage}% of the applicable requirements were assessed, so the picture stays partial until the rest are rated.`,
    );
  const schedule = report.schedule;
  if (schedule)
    sentences.push(
      schedule.fits
        ? `The roadmap fits before the target certification date of ${readableDate(schedule.targetCertificationDate)} if work starts by ${readableDate(schedule.latestStart)}.`
        : `The roadmap needs ${schedule.weeksNeeded} weeks but only ${schedule.weeksAvailable} remain before the target date of ${readableDate(schedule.targetCertificationDate)}: the date or the resources should be reconsidered.`,
    );
  return sentences;
}

const statusMeanings: Readonly<Record<ConformityStatus, { meaning: string; weight: string }>> = {
  implemented: { meaning: 'Met in full, and the evidence shows it operates.', weight: '1' },
  partially_implemented: { meaning: 'Partly in place, or applied unevenly.', weight: '0.5' },
  not_implemented: { meaning: 'Nothing meaningful is in place yet.', weight: '0' },
  not_applicable: {
    meaning: 'An Annex A control excluded with a justification; clauses 4 to 10 cannot be excluded.',
    weight: 'left out',
  },
  not_assessed: { meaning: 'Not rated yet.', weight: 'left out' },
};

/** What each rated status means and weighs, in the order the method section lists them. */
export const statusScale: readonly { status: ConformityStatus; label: string; meaning: string; weight: string }[] = (
  ['implemented', 'partially_implemented', 'not_implemented', 'not_applicable', 'not_assessed'] as const
).map((status) => ({ status, label: statusLabels[status], ...statusMeanings[status] }));

const maturityMeanings: Readonly<Record<MaturityLevel, string>> = {
  0: 'No practice exists.',
  1: 'Done now and then, depending on individuals.',
  2: 'Done regularly in a similar way, but not written down.',
  3: 'Written down, approved and followed: what a certification auditor normally expects.',
  4: 'Monitored with measures and reviewed against objectives.',
  5: 'Improved continually from measurement and lessons learned.',
};

/** The maturity scale 0–5 with each level's name and what it means. */
export const maturityScale: readonly { level: MaturityLevel; name: string; meaning: string }[] = maturityLevels.map(
  (level) => ({ level, name: maturityLevelNames[level], meaning: maturityMeanings[level] }),
);

/** Where the full scoring method is documented. */
export const methodReference = 'docs/scoring.md in the Certa documentation';

/** The paragraphs of the scope and method section, before the scales. */
export function methodIntroduction(report: GapReport): string[] {
  const { overall, managementSystem, annexA } = report.scores;
  const split =
    managementSystem && annexA
      ? ` (${managementSystem.counts.total} in clauses 4 to 10, ${annexA.counts.total} Annex A controls)`
      : '';
  return [
    `The assessment compared the information security management system of ${report.organization} with the ${counted(overall.counts.total, 'assessable requirement')} of ${report.framework.name}${split}.`,
    'Each requirement was rated on two separate scales: its conformity status, and the maturity of the practice behind it, now and as targeted. The assessors also recorded the state of any documented information the requirement calls for, the gap found, a recommendation, an owner and the effort to close it.',
  ];
}

/** How the figures are computed, one short sentence each. */
export function methodRules(report: GapReport): string[] {
  return [
    'Conformity is the mean status weight of the assessed, applicable requirements, as a percentage. Coverage is the share of applicable requirements that were assessed.',
    'Maturity figures are means over the requirements with a recorded level; the maturity gap is target minus current.',
    'Documented-information completeness is the share of the documented information the standard calls for that is approved.',
    'Priority follows fixed rules (a mandatory requirement or required document that is missing is high) unless an assessor set one with a reason.',
    report.layout === 'iso27001'
      ? 'The roadmap runs from the ISMS foundations to risk assessment and treatment, then the Annex A controls ranked by gap size × priority ÷ effort, and ends with the internal audit and management review before the certification audits.'
      : 'The roadmap ranks the work packages by gap size × priority ÷ effort.',
    `Every rule, with a worked example, is described in ${methodReference}.`,
  ];
}

/** The text with exactly one full stop at its end. */
function sentence(text: string): string {
  return `${text.trim().replace(/[.\s]+$/, '')}.`;
}

/** The three most urgent gaps for the executive summary: the requirement, then why it is urgent and what to do. */
export function urgentGaps(report: GapReport): { requirement: string; text: string }[] {
  return report.gaps.slice(0, 3).map((gap) => ({
    requirement: `${gap.refId} ${gap.title}`,
    text: `: ${sentence(gap.priorityReason ?? 'a gap remains')}${gap.recommendation ? ` Recommendation: ${sentence(gap.recommendation)}` : ''}`,
  }));
}
