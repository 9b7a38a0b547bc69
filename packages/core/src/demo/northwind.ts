import type { GapAnswerFields } from '../gap-assessment/assessment.ts';
import type { IsmsChangeCategory } from '../gap-assessment/provenance.ts';
import { shiftDays, shiftMonths } from './demo-dates.ts';
import { northwindAnswers } from './northwind-answers.ts';
import { northwindEvidence, type DemoEvidenceItem } from './northwind-evidence.ts';

export type { DemoEvidenceFile, DemoEvidenceItem } from './northwind-evidence.ts';

/** Name of the demo organisation; "(demo)" keeps it recognisable wherever the name appears. */
export const demoOrganizationName = 'Northwind Cloud (demo)';

/** What the fictional company is, for the offer card and the guide. */
export interface DemoCompanyProfile {
  legalName: string;
  headcount: number;
  business: string;
  hosting: string;
  offices: string[];
  summary: string;
}

/** A significant change recorded in the demo's ISMS change log (clause 6.3). */
export interface DemoIsmsChange {
  title: string;
  description: string;
  category: IsmsChangeCategory;
  occurredOn: string;
  scopeAffected: string;
  refIds: string[];
}

/** Everything the demo organisation is loaded with; dates are relative to the day it is built for. */
export interface NorthwindDemo {
  organizationName: string;
  profile: DemoCompanyProfile;
  assessment: {
    title: string;
    scope: string;
    assessmentDate: string;
    targetCertificationDate: string;
    assessors: string[];
    interviewees: string[];
  };
  /** Answers keyed by requirement reference; references left out stay not assessed. */
  answers: Record<string, GapAnswerFields>;
  evidence: DemoEvidenceItem[];
  changes: DemoIsmsChange[];
}

/** The fictional company behind the demo. */
export const northwindProfile: DemoCompanyProfile = {
  legalName: 'Northwind Cloud Ltd (fictional)',
  headcount: 120,
  business:
    'Northwind Dispatch, a SaaS platform that schedules deliveries, drivers and loading docks for mid-sized carriers and warehouses',
  hosting: 'AWS, Ireland region, with a second region being added for disaster recovery',
  offices: ['Leeds (head office)', 'Rotterdam (engineering)'],
  summary:
    'A fictional 120-person SaaS company preparing for ISO/IEC 27001:2022: strong engineering practice, an information security management system that is only starting.',
};

const scope =
  'The information security management system of Northwind Cloud covers the development, operation and customer support of the Northwind Dispatch scheduling platform, the people and processes that deliver it from the Leeds and Rotterdam offices, and the AWS environments that host it. Corporate IT (laptops, identity provider, office suite) is in scope as far as it supports the platform. Payroll and HR services are provided by a supplier and managed through supplier controls.';

/**
 * The whole demo dataset for a given day (`YYYY-MM-DD`): an assessment that started three weeks ago and
 * aims at certification nine months later, so the demo never looks stale. Pure and deterministic.
 */
export function northwindDemo(today: string): NorthwindDemo {
  const assessmentDate = shiftDays(today, -21);
  return {
    organizationName: demoOrganizationName,
    profile: northwindProfile,
    assessment: {
      title: 'ISO/IEC 27001:2022 readiness assessment',
      scope,
      assessmentDate,
      targetCertificationDate: shiftMonths(assessmentDate, 9),
      assessors: ['Priya Natarajan (Head of Security)', 'Elena Varga (external consultant)'],
      interviewees: [
        'Maren Holt (CEO)',
        'Idris Okafor (CTO)',
        'Aisha Rahman (Head of Platform)',
        'Jonas Lindqvist (VP Engineering)',
        'Tomasz Wierzbicki (Head of People)',
        'Claire Dubois (Head of Finance)',
        'Sofia Marin (Office Manager)',
      ],
    },
    answers: northwindAnswers(),
    evidence: northwindEvidence(today),
    changes: [
      {
        title: 'New payroll and HR platform supplier',
        description:
          'Payroll and HR records moved to a new provider; employee personal data, including bank details, is now processed by this supplier.',
        category: 'new_supplier',
        occurredOn: shiftDays(today, -40),
        scopeAffected: 'People operations: employee personal data',
        refIds: ['A.5.19', 'A.5.20', 'A.5.34'],
      },
      {
        title: 'Second AWS region for disaster recovery',
        description:
          'Backups and a standby copy of the scheduling platform are being set up in a second AWS region in the EU, to recover from the loss of the primary region.',
        category: 'new_technology',
        occurredOn: shiftDays(today, -10),
        scopeAffected: 'Production hosting of Northwind Dispatch',
        refIds: ['A.5.30', 'A.8.13', 'A.8.14'],
      },
      {
        title: 'Rotterdam engineering office moved',
        description: 'The engineering team moved to a larger leased floor in another building in Rotterdam.',
        category: 'relocation',
        occurredOn: shiftDays(today, -120),
        scopeAffected: 'Rotterdam office',
        refIds: ['A.7.1', 'A.7.2', 'A.7.3'],
      },
    ],
  };
}
