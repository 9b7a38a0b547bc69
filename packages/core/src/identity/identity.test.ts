import { describe, expect, it } from 'vitest';
import {
  invitationStatus,
  isMembershipActive,
  matchSsoAccount,
  membershipChangeProblem,
  normalizeEmail,
  type MembershipChange,
  type Role,
} from './identity.ts';

const now = new Date('2026-06-01T00:00:00Z');
const later = new Date('2026-07-01T00:00:00Z');
const earlier = new Date('2026-05-01T00:00:00Z');

describe('isMembershipActive', () => {
  it.each([
    [null, true],
    [later, true],
    [earlier, false],
    [now, false],
  ])('a membership ending %s is active: %s', (expiresAt, expected) => {
    expect(isMembershipActive({ expiresAt }, now)).toBe(expected);
  });
});

describe('membershipChangeProblem', () => {
  const table: [string, Role, Date | null, MembershipChange, number, boolean][] = [
    ['removing the only owner', 'owner', null, { remove: true }, 1, true],
    ['demoting the only owner', 'owner', null, { role: 'viewer' }, 1, true],
    ['putting an end date on the only owner', 'owner', null, { expiresAt: later }, 1, true],
    ['renewing the only owner with no end date', 'owner', null, { role: 'owner', expiresAt: null }, 1, false],
    ['removing one of two owners', 'owner', null, { remove: true }, 2, false],
    ['demoting one of two owners', 'owner', null, { role: 'auditor' }, 2, false],
    ['removing a viewer', 'viewer', null, { remove: true }, 1, false],
    ['removing an owner whose membership already ended', 'owner', earlier, { remove: true }, 1, false],
  ];
  it.each(table)('%s: refused %s', (_label, role, expiresAt, change, owners, refused) => {
    expect(membershipChangeProblem({ role, expiresAt }, change, owners, now) !== null).toBe(refused);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ana.Silva@Example.COM ')).toBe('ana.silva@example.com');
  });
});

describe('matchSsoAccount', () => {
  const claims = { subject: 'sub-1', email: 'ana@example.com', emailVerified: true };
  it.each([
    ['a linked subject signs in', claims, { id: 'u1' }, undefined, 'sign_in'],
    [
      'a verified email links an unlinked account',
      claims,
      undefined,
      { id: 'u2', oidcSubject: null },
      'link_and_sign_in',
    ],
    [
      'an unverified email is refused',
      { ...claims, emailVerified: false },
      undefined,
      { id: 'u2', oidcSubject: null },
      'refuse',
    ],
    ['a missing email is refused', { ...claims, email: undefined }, undefined, undefined, 'refuse'],
    ['no account is refused (no self sign-up)', claims, undefined, undefined, 'refuse'],
    [
      'an account linked to another subject is refused',
      claims,
      undefined,
      { id: 'u2', oidcSubject: 'sub-9' },
      'refuse',
    ],
  ] as const)('%s', (_label, input, bySubject, byEmail, kind) => {
    expect(matchSsoAccount(input, bySubject, byEmail).kind).toBe(kind);
  });
});

describe('invitationStatus', () => {
  const open = { acceptedAt: null, revokedAt: null, expiresAt: later };
  it.each([
    ['pending', open],
    ['accepted', { ...open, acceptedAt: earlier }],
    ['revoked', { ...open, revokedAt: earlier }],
    ['expired', { ...open, expiresAt: earlier }],
    ['expired', { ...open, expiresAt: now }],
  ] as const)('is %s', (expected, invitation) => {
    expect(invitationStatus(invitation, now)).toBe(expected);
  });
});
