import type { MyMembership } from '@certa/client';

const storageKey = 'certa-organization';

/** Remembers the organisation last worked in, so the next visit opens it again. */
export function rememberOrganization(organizationId: string): void {
  try {
    localStorage.setItem(storageKey, organizationId);
  } catch {
    // Private browsing or storage disabled: the choice is simply not remembered.
  }
}

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** The membership to open when the address names no organisation: the remembered one, else the first. */
export function preferredMembership(memberships: readonly MyMembership[]): MyMembership | undefined {
  const id = remembered();
  return memberships.find((membership) => membership.organization.id === id) ?? memberships[0];
}
