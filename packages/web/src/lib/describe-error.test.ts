import { ApiError } from '@certa/client';
import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error.ts';

describe('describeError', () => {
  it("keeps the server's message as a sentence", () => {
    expect(describeError(new ApiError('unauthenticated', 'Email or password is wrong', 401))).toBe(
      'Email or password is wrong.',
    );
  });

  it('says how many minutes to wait after too many sign-ins', () => {
    const error = new ApiError('rate_limited', 'Too many failed sign-ins; try again later', 429, undefined, 61);
    expect(describeError(error)).toBe('Too many failed sign-ins; try again later. Wait 2 minutes before trying again.');
    const soon = new ApiError('rate_limited', 'Too many failed sign-ins; try again later', 429, undefined, 30);
    expect(describeError(soon)).toContain('Wait 1 minute before');
  });
});
