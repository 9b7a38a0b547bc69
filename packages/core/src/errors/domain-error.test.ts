import { describe, expect, it } from 'vitest';
import { DomainError, errorCodes, isDomainError } from './domain-error.ts';
import { errorEnvelopeSchema } from './error.schemas.ts';

describe('DomainError', () => {
  it('carries its code, message and details', () => {
    const error = new DomainError('conflict', 'Already exists', { id: 'x' });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Already exists');
    expect(error.details).toEqual({ id: 'x' });
    expect(isDomainError(error)).toBe(true);
  });

  it('does not mistake an ordinary error for a domain error', () => {
    expect(isDomainError(new Error('boom'))).toBe(false);
    const lookalike = Object.assign(new Error('x'), { name: 'DomainError', code: 'nope' });
    expect(isDomainError(lookalike)).toBe(false);
  });

  it('accepts every code in the error envelope and rejects unknown ones', () => {
    for (const code of errorCodes) {
      expect(errorEnvelopeSchema.safeParse({ error: { code, message: 'm' } }).success).toBe(true);
    }
    expect(errorEnvelopeSchema.safeParse({ error: { code: 'teapot', message: 'm' } }).success).toBe(false);
  });
});
