// Gap assessment: statuses, rules, scoring, gaps, roadmap and the compliance-as-code answers file.
export * from './gap-assessment.ts';
export * from './assessment-nodes.ts';
export * from './scoring.ts';
export * from './comparison.ts';
export * from './gaps-and-roadmap.ts';
export * from './roadmap-packages.ts';
export * from './roadmap-schedule.ts';
export * from './gap-report.ts';
export * from './gap-answers.schemas.ts';
export * from './assessment.ts';
export * from './assessment.schemas.ts';
export * from './provenance.ts';
