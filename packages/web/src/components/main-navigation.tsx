import { NavLink, Stack, Text } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { navigationGroups, type NavigationEntry } from './navigation.ts';

function NavigationLink({ entry, onNavigate }: { entry: NavigationEntry; onNavigate?: () => void }) {
  // The dashboard lives at "/" and must only be active there, not under every other path.
  const match = useMatch({ path: entry.path, end: entry.path === '/' });
  return (
    <li>
      <NavLink
        component={RouterNavLink}
        to={entry.path}
        end={entry.path === '/'}
        label={entry.label}
        active={match !== null}
        onClick={onNavigate}
        py={6}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </li>
  );
}

/** The grouped list of links to every area of Certa. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Stack gap="lg">
      {navigationGroups.map((group) => {
        const headingId = `nav-group-${group.label.toLowerCase()}`;
        return (
          <div key={group.label}>
            <Text id={headingId} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} lts={0.6}>
              {group.label}
            </Text>
            <ul aria-labelledby={headingId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.entries.map((entry) => (
                <NavigationLink key={entry.path} entry={entry} onNavigate={onNavigate} />
              ))}
            </ul>
          </div>
        );
      })}
    </Stack>
  );
}
