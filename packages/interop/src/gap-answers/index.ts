export { parseGapAnswers, rejectGapAnswers, type ParsedGapAnswers } from './gap-answers.ts';
