import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../identity/identity.ts';
import { assertCan, can, permissionActions, type Action } from './permissions.ts';

function actor(role: Role | undefined, membershipId = 'm-1'): Actor {
  return {
    userId: 'u-1',
    email: 'a@example.com',
    via: 'session',
    ...(role ? { membership: { id: membershipId, organizationId: 'o-1', role } } : {}),
  };
}

const table: [Action, Role, boolean][] = [
  ['organization.read', 'viewer', true],
  ['organization.update', 'owner', true],
  ['organization.update', 'isms_manager', false],
  ['member.read', 'contributor', true],
  ['member.manage', 'owner', true],
  ['member.manage', 'isms_manager', false],
  ['invitation.manage', 'auditor', false],
  ['auditTrail.read', 'auditor', true],
  ['auditTrail.read', 'viewer', false],
  ['auditTrail.read', 'contributor', false],
  ['ismsContent.read', 'viewer', true],
  ['ismsContent.write', 'isms_manager', true],
  ['ismsContent.write', 'auditor', false],
  ['ismsContent.write', 'viewer', false],
  ['ismsContent.write', 'contributor', false],
  ['evidence.upload', 'contributor', true],
  ['evidence.upload', 'viewer', false],
  ['audit.manage', 'auditor', true],
  ['audit.manage', 'contributor', false],
  ['finding.raise', 'auditor', true],
  ['finding.raise', 'isms_manager', false],
  ['correctiveAction.verify', 'auditor', true],
  ['correctiveAction.verify', 'contributor', false],
];

describe('can', () => {
  it.each(table)('%s for %s is %s', (action, role, expected) => {
    expect(can(actor(role), action)).toBe(expected);
  });

  it('lets an owner do everything', () => {
    for (const action of permissionActions) expect(can(actor('owner'), action)).toBe(true);
  });

  it('lets a viewer change nothing', () => {
    const allowed = permissionActions.filter((action) => can(actor('viewer'), action, { assignedMembershipId: 'm-1' }));
    expect(allowed.every((action) => action.endsWith('.read'))).toBe(true);
  });

  it('lets a contributor change only what is assigned to them', () => {
    expect(can(actor('contributor', 'm-1'), 'ismsContent.write', { assignedMembershipId: 'm-1' })).toBe(true);
    expect(can(actor('contributor', 'm-1'), 'ismsContent.write', { assignedMembershipId: 'm-2' })).toBe(false);
    expect(can(actor('contributor', 'm-1'), 'ismsContent.write', { assignedMembershipId: null })).toBe(false);
    expect(can(actor('contributor', 'm-1'), 'correctiveAction.work', { assignedMembershipId: 'm-1' })).toBe(true);
  });

  it('refuses an actor with no membership in the organisation', () => {
    for (const action of permissionActions) expect(can(actor(undefined), action)).toBe(false);
  });
});

describe('assertCan', () => {
  it('throws forbidden naming the action', () => {
    expect(() => assertCan(actor('viewer'), 'member.manage')).toThrow(/member\.manage/);
    expect(() => assertCan(actor('owner'), 'member.manage')).not.toThrow();
  });
});
