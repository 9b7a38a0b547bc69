import { roleDescriptions, roles, type Role } from '../identity/identity.ts';
import { permissionActions, permissionMatrix, rolesFor } from './permissions.ts';

const roleTitles: Record<Role, string> = {
  owner: 'Owner',
  isms_manager: 'ISMS manager',
  auditor: 'Auditor',
  contributor: 'Contributor',
  viewer: 'Viewer',
};

/** Renders the permission matrix as the Markdown of docs/permissions.md, so the document cannot drift. */
export function renderPermissionsMarkdown(): string {
  const lines: string[] = [
    '# Permissions',
    '',
    '<!-- Generated from packages/core/src/access/permissions.ts by `npm run docs:permissions`; do not edit by hand. -->',
    '',
    'Every organisation has members; each membership has one role. A membership can end on a date (for',
    'external auditors). Someone who is not a member of an organisation cannot see that it exists: its',
    'addresses answer "not found".',
    '',
    '## Roles',
    '',
    '| Role | Meant for |',
    '| --- | --- |',
    ...roles.map((role) => `| ${roleTitles[role]} (\`${role}\`) | ${roleDescriptions[role]} |`),
    '',
    '## What each role may do',
    '',
    '✓ allowed · ◐ only on records assigned to them · – not allowed',
    '',
    `| Action | What it allows | ${roles.map((role) => roleTitles[role]).join(' | ')} |`,
    `| --- | --- | ${roles.map(() => ':---:').join(' | ')} |`,
  ];
  for (const action of permissionActions) {
    const { always, whenAssigned } = rolesFor(action);
    const cells = roles.map((role) => (always.includes(role) ? '✓' : whenAssigned.includes(role) ? '◐' : '–'));
    lines.push(`| \`${action}\` | ${permissionMatrix[action].description} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    '## Outside any organisation',
    '',
    'Any signed-in user may read and change their own account (password, personal API tokens) and create',
    'a new organisation, of which they become owner. First-run setup and sign-in need no account.',
    '',
  );
  return lines.join('\n');
}
