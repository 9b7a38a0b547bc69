/** Certa's own guidance for one assessable requirement: written for practitioners, never ISO's text. */
export interface RequirementGuidance {
  /** What the requirement means in practice, in 3 to 6 sentences. */
  meaning: string;
  /** 3 to 6 questions an internal auditor asks about it. */
  auditorQuestions: readonly string[];
  /** Documents, records and system outputs that typically show it is met. */
  typicalEvidence: readonly string[];
  /** Gaps and nonconformities auditors frequently find. */
  commonGaps: readonly string[];
  /** Whether the standard itself requires documented information here, and which. */
  documentedInformation: { required: boolean; note: string };
}
