import { DomainError } from '@certa/core';
import type { FastifyInstance } from 'fastify';

// NUL cannot be stored by PostgreSQL, and a lone UTF-16 surrogate would silently become U+FFFD.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

function findUnstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || '(body)';
  // Uploaded files are bytes; their parsers check the text they contain.
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = findUnstorableText(entry, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      const found = findUnstorableText(entry, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Refuses text PostgreSQL cannot store faithfully with a clear 400 instead of a failed or altered insert. */
export function installInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const where =
      findUnstorableText(request.body, '') ??
      findUnstorableText(request.query, '') ??
      findUnstorableText(request.params, '');
    if (where)
      throw new DomainError(
        'validation_failed',
        `Invalid request: ${where} contains characters that cannot be stored (NUL or a broken surrogate pair)`,
      );
  });
}
