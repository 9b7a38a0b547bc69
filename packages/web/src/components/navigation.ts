import type { Action } from '@certa/core';

/** One entry of the left navigation: where it goes and what it is called. */
export interface NavigationEntry {
  readonly label: string;
  /**
   * `organization`: a page of the current organisation, at `/o/:orgId/<segment>` (the dashboard has
   * the empty segment); `account`: a page of the signed-in person, at `<segment>` itself.
   */
  readonly scope: 'organization' | 'account';
  readonly segment: string;
  /** Shown only to roles that may do this (core's permission matrix). */
  readonly requires?: Action;
}

/** A group of entries, named after a stage of the ISMS journey. */
export interface NavigationGroup {
  readonly label: string;
  readonly entries: readonly NavigationEntry[];
}

const area = (label: string, segment: string, requires?: Action): NavigationEntry => ({
  label,
  scope: 'organization',
  segment,
  ...(requires ? { requires } : {}),
});

/** The left navigation, grouped the way the work flows (see UX.md). */
export const navigationGroups: readonly NavigationGroup[] = [
  { label: 'Overview', entries: [area('Dashboard', '')] },
  {
    label: 'Assess',
    entries: [
      area('Frameworks', 'frameworks'),
      area('Gap assessments', 'gap-assessments'),
      area('Change log', 'changes'),
    ],
  },
  { label: 'Risk', entries: [area('Risk register', 'risks'), area('Statement of Applicability', 'soa')] },
  { label: 'Audit', entries: [area('Audits', 'audits'), area('Findings & actions', 'findings')] },
  { label: 'Library', entries: [area('Evidence', 'evidence')] },
  {
    label: 'Organisation',
    entries: [
      area('Members', 'members'),
      { label: 'API tokens', scope: 'account', segment: '/account/tokens' },
      area('Audit trail', 'audit-trail', 'auditTrail.read'),
      area('Settings', 'settings'),
    ],
  },
];

/** Areas that used to live at the top level (`/risks`): their old addresses still lead there. */
export const organizationAreas = navigationGroups
  .flatMap((group) => group.entries)
  .filter((entry) => entry.scope === 'organization' && entry.segment !== '')
  .map((entry) => entry.segment);

/** The address of an entry in an organisation. */
export function entryPath(entry: NavigationEntry, orgId: string | undefined): string | undefined {
  if (entry.scope === 'account') return entry.segment;
  if (!orgId) return undefined;
  return entry.segment === '' ? `/o/${orgId}` : `/o/${orgId}/${entry.segment}`;
}
