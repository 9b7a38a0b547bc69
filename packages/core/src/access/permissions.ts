import { DomainError } from '../errors/domain-error.ts';
import { roles, type Actor, type Role } from '../identity/identity.ts';

/** A rule that also looks at the record: e.g. contributors may change only what is assigned to them. */
export type SubjectCondition = 'assigned_to_actor';

interface ActionRule {
  /** What the action allows, in one line for docs/permissions.md. */
  description: string;
  /** Roles allowed unconditionally. */
  roles: readonly Role[];
  /** Roles allowed only when the subject meets the condition. */
  conditional?: { roles: readonly Role[]; condition: SubjectCondition };
}

const everyone = roles;
const managers = ['owner', 'isms_manager'] as const;

/**
 * The permission matrix: every action Certa authorises and the roles that may perform it inside an
 * organisation. Routes declare one of these actions; services check it with `can`.
 */
export const permissionMatrix = {
  'organization.read': { description: 'See the organisation and its settings', roles: everyone },
  'organization.update': { description: 'Rename the organisation and change its settings', roles: ['owner'] },
  'member.read': { description: 'See who the members are and their roles', roles: everyone },
  'member.manage': {
    description: 'Change roles and expiry of memberships, remove members',
    roles: ['owner'],
  },
  'invitation.manage': { description: 'Invite people, see and revoke invitations', roles: ['owner'] },
  'auditTrail.read': {
    description: 'Browse, export and verify the audit trail',
    roles: ['owner', 'isms_manager', 'auditor'],
  },
  'ismsContent.read': {
    description: 'Read ISMS content: assessments, risks, SoA, audits, findings, evidence',
    roles: everyone,
  },
  'ismsContent.write': {
    description: 'Create and change ISMS content (assessments, risks, SoA, documents, actions)',
    roles: managers,
    conditional: { roles: ['contributor'], condition: 'assigned_to_actor' },
  },
  'framework.import': {
    description: 'Import frameworks, profiles, attribute values and mappings into the library',
    roles: managers,
  },
  'evidence.upload': {
    description: 'Upload evidence and link it to requirements, controls and findings',
    roles: [...managers, 'auditor', 'contributor'],
  },
  'audit.manage': {
    description: 'Plan the audit programme and audits, perform audits, record checklist results',
    roles: ['owner', 'isms_manager', 'auditor'],
  },
  'finding.raise': { description: 'Raise and grade audit findings', roles: ['owner', 'auditor'] },
  'correctiveAction.work': {
    description: 'Record corrections, root causes and corrective actions on a finding',
    roles: managers,
    conditional: { roles: ['contributor'], condition: 'assigned_to_actor' },
  },
  'correctiveAction.verify': {
    description: 'Review the effectiveness of corrective actions and close nonconformities',
    roles: ['owner', 'auditor'],
  },
} as const satisfies Record<string, ActionRule>;

/** An action of the permission matrix. */
export type Action = keyof typeof permissionMatrix;

/** Every action, in matrix order. */
export const permissionActions = Object.keys(permissionMatrix) as Action[];

/** What a conditional rule may look at on the record. */
export interface PermissionSubject {
  /** Membership that owns or is assigned the record. */
  assignedMembershipId?: string | null;
}

function ruleOf(action: Action): ActionRule {
  return permissionMatrix[action];
}

/** Whether the actor may perform `action` (on `subject`) in the organisation of their membership. */
export function can(actor: Actor, action: Action, subject?: PermissionSubject): boolean {
  const role = actor.membership?.role;
  if (!role) return false;
  const rule = ruleOf(action);
  if (rule.roles.includes(role)) return true;
  const conditional = rule.conditional;
  if (!conditional?.roles.includes(role) || !subject) return false;
  switch (conditional.condition) {
    case 'assigned_to_actor':
      return subject.assignedMembershipId === actor.membership?.id;
  }
}

/** Throws `forbidden` unless the actor may perform the action. */
export function assertCan(actor: Actor, action: Action, subject?: PermissionSubject): void {
  if (!can(actor, action, subject)) {
    throw new DomainError('forbidden', `Your role does not allow this (${action})`);
  }
}

/** Which roles may perform an action, and which only on records assigned to them. */
export function rolesFor(action: Action): { always: readonly Role[]; whenAssigned: readonly Role[] } {
  const rule = ruleOf(action);
  return { always: rule.roles, whenAssigned: rule.conditional?.roles ?? [] };
}
