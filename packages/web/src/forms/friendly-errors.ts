import type { z } from 'zod';

/**
 * Plain-language fallbacks for zod's generic messages. Messages a core schema sets itself (for example
 * "Use at least 12 characters") always win; this only covers checks the schema left unworded.
 */
export const friendlyErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return 'Enter a number';
      if (issue.input === undefined || issue.input === '') return 'Fill in this field';
      return undefined;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Fill in this field' : `Use at least ${String(issue.minimum)} characters`;
      }
      if (issue.origin === 'number') return `Enter ${String(issue.minimum)} or more`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${String(issue.maximum)} characters`;
      if (issue.origin === 'number') return `Enter ${String(issue.maximum)} or less`;
      return undefined;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'Enter a valid date';
      return undefined;
    case 'invalid_value':
      return 'Choose one of the options';
    default:
      return undefined;
  }
};
