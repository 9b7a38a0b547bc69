import { NavLink, Stack, Text } from '@mantine/core';
import { can } from '@certa/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { actorFor, useSession } from '../session/session-context.ts';
import { entryPath, navigationGroups, type NavigationEntry } from './navigation.ts';
import { useCurrentMembership } from './use-current-membership.ts';

function NavigationLink({
  entry,
  path,
  onNavigate,
}: {
  entry: NavigationEntry;
  path: string;
  onNavigate?: () => void;
}) {
  // The dashboard is the organisation's root and must only be active there, not under every area.
  const isRoot = entry.scope === 'organization' && entry.segment === '';
  const match = useMatch({ path, end: isRoot });
  return (
    <li>
      <NavLink
        component={RouterNavLink}
        to={path}
        end={isRoot}
        label={entry.label}
        active={match !== null}
        onClick={onNavigate}
        py={6}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </li>
  );
}

/** The grouped list of links to every area of Certa, for the current organisation and role. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const me = useSession();
  const membership = useCurrentMembership();
  const actor = actorFor(me, membership);
  const orgId = membership?.organization.id;

  return (
    <Stack gap="lg">
      {navigationGroups.map((group) => {
        const entries = group.entries.flatMap((entry) => {
          const path = entryPath(entry, orgId);
          if (!path || (entry.requires && !can(actor, entry.requires))) return [];
          return [{ entry, path }];
        });
        if (entries.length === 0) return null;
        const headingId = `nav-group-${group.label.toLowerCase()}`;
        return (
          <div key={group.label}>
            <Text id={headingId} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} lts={0.6}>
              {group.label}
            </Text>
            <ul aria-labelledby={headingId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {entries.map(({ entry, path }) => (
                <NavigationLink key={path} entry={entry} path={path} onNavigate={onNavigate} />
              ))}
            </ul>
          </div>
        );
      })}
    </Stack>
  );
}
