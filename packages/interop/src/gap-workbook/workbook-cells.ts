import {
  gapWorkbookTextLimits,
  parseConformityStatus,
  parseDocumentationState,
  parseEffort,
  type GapWorkbookField,
} from '@certa/core';
import type ExcelJS from 'exceljs';

// NUL cannot be stored by PostgreSQL, and a lone UTF-16 surrogate would silently become U+FFFD.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One cell of the Requirements sheet: its value and the text it shows. */
export type Cell = { text: string; value: ExcelJS.CellValue };

/** Reads one cell of a field into its typed value, or says why it cannot be one. */
export function readField(field: GapWorkbookField, cell: Cell): { value: unknown } | { problem: string } {
  const text = cell.text.replace(/\r\n?/g, '\n').trim();
  switch (field) {
    case 'status': {
      if (text === '') return { value: 'not_assessed' };
      const status = parseConformityStatus(text);
      return status
        ? { value: status }
        : {
            problem: `"${text}" is not a status: use not_assessed, not_implemented, partially_implemented, implemented or not_applicable`,
          };
    }
    case 'maturity':
    case 'targetMaturity': {
      if (text === '') return { value: null };
      const level = Number(text);
      return Number.isInteger(level) && level >= 0 && level <= 5
        ? { value: level }
        : { problem: `"${text}" is not a maturity level: use a whole number from 0 to 5, or leave it empty` };
    }
    case 'documentation': {
      if (text === '' || text.toLowerCase() === 'not recorded') return { value: null };
      const state = parseDocumentationState(text);
      return state
        ? { value: state }
        : { problem: `"${text}" is not a documentation state: use missing, draft or approved, or leave it empty` };
    }
    case 'effort': {
      if (text === '') return { value: null };
      const effort = parseEffort(text);
      return effort
        ? { value: effort }
        : { problem: `"${text}" is not an effort: use S, M, L or XL, or leave it empty` };
    }
    default: {
      if (text.includes('\u0000') || loneSurrogate.test(text))
        return { problem: 'contains characters that cannot be stored (NUL or a broken surrogate pair)' };
      const limit = gapWorkbookTextLimits[field];
      if (text.length > limit) return { problem: `is ${text.length} characters long; at most ${limit} are allowed` };
      return { value: text === '' ? null : text };
    }
  }
}
