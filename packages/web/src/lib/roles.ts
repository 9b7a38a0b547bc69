import { rolesFor, type Action, type Role } from '@certa/core';

/** How each role is named on screen. */
export const roleLabels: Record<Role, string> = {
  owner: 'Owner',
  isms_manager: 'ISMS manager',
  auditor: 'Auditor',
  contributor: 'Contributor',
  viewer: 'Viewer',
};

/** One calm colour per role for its badge (the label always carries the meaning). */
export const roleColors: Record<Role, string> = {
  owner: 'indigo',
  isms_manager: 'teal',
  auditor: 'grape',
  contributor: 'cyan',
  viewer: 'gray',
};

const plural: Record<Role, string> = {
  owner: 'owners',
  isms_manager: 'ISMS managers',
  auditor: 'auditors',
  contributor: 'contributors',
  viewer: 'viewers',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Why the caller's role does not allow an action, from core's permission matrix: the same rule the
 * server enforces. E.g. "Only owners can do this. Your role here is Viewer."
 */
export function whyNotAllowed(action: Action, role: Role): string {
  const { always } = rolesFor(action);
  const who = list(always.map((allowed) => plural[allowed]));
  const capitalised = who.charAt(0).toUpperCase() + who.slice(1);
  return `${always.length === 1 ? `Only ${who}` : capitalised} can do this. Your role here is ${roleLabels[role]}.`;
}
