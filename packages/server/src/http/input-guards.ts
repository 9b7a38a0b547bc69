import { DomainError } from '@certa/core';
import type { FastifyInstance } from 'fastify';

function findNulCharacter(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(body)' : undefined;
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = findNulCharacter(entry, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      const found = findNulCharacter(entry, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Refuses text PostgreSQL cannot store (the NUL character) with a clear 400 instead of a failed insert. */
export function installInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const where =
      findNulCharacter(request.body, '') ?? findNulCharacter(request.query, '') ?? findNulCharacter(request.params, '');
    if (where) throw new DomainError('validation_failed', `Invalid request: ${where} contains a NUL character`);
  });
}
