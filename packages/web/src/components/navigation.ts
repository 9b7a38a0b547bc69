/** One entry of the left navigation: where it goes and what it is called. */
export interface NavigationEntry {
  readonly path: string;
  readonly label: string;
}

/** A group of entries, named after a stage of the ISMS journey. */
export interface NavigationGroup {
  readonly label: string;
  readonly entries: readonly NavigationEntry[];
}

/** The left navigation, grouped the way the work flows (see UX.md). */
export const navigationGroups: readonly NavigationGroup[] = [
  { label: 'Overview', entries: [{ path: '/', label: 'Dashboard' }] },
  {
    label: 'Assess',
    entries: [
      { path: '/frameworks', label: 'Frameworks' },
      { path: '/gap-assessments', label: 'Gap assessments' },
    ],
  },
  {
    label: 'Risk',
    entries: [
      { path: '/risks', label: 'Risk register' },
      { path: '/soa', label: 'Statement of Applicability' },
    ],
  },
  {
    label: 'Audit',
    entries: [
      { path: '/audits', label: 'Audits' },
      { path: '/findings', label: 'Findings & actions' },
    ],
  },
  { label: 'Library', entries: [{ path: '/evidence', label: 'Evidence' }] },
  {
    label: 'Organisation',
    entries: [{ path: '/settings', label: 'Settings' }],
  },
];
