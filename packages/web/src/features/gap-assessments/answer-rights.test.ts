import type { Actor } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { answerRights, mayAnswerAny } from './answer-rights.ts';

const actor = (role: 'owner' | 'contributor' | 'viewer'): Actor => ({
  userId: 'u1',
  email: 'carla@example.test',
  via: 'session',
  membership: { id: 'm1', organizationId: 'o1', role },
});

describe('answerRights', () => {
  it('lets managers change every answer and nobody change a completed assessment', () => {
    expect(answerRights(actor('owner'), { owner: 'someone' }, false).readOnly).toBe(false);
    expect(answerRights(actor('owner'), undefined, true).readOnly).toBe(true);
  });

  it('lets a contributor change only the answers they own, and says why not', () => {
    const own = answerRights(actor('contributor'), { owner: ' Carla@Example.test ' }, false);
    expect(own).toMatchObject({ readOnly: false, reason: null });
    expect(own.ownerLockedReason).toMatch(/You own this answer/);
    const other = answerRights(actor('contributor'), { owner: 'ivan@example.test' }, false);
    expect(other.readOnly).toBe(true);
    expect(other.reason).toMatch(/belongs to ivan@example.test/);
    expect(answerRights(actor('contributor'), { owner: null }, false).reason).toMatch(/Nobody owns/);
  });

  it('keeps viewers to reading', () => {
    expect(answerRights(actor('viewer'), { owner: 'carla@example.test' }, false).readOnly).toBe(true);
    expect(mayAnswerAny(actor('viewer'))).toBe(false);
    expect(mayAnswerAny(actor('contributor'))).toBe(true);
  });
});
