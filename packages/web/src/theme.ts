import { createTheme, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';

/** Certa's Mantine theme: a calm indigo accent, shades chosen for WCAG AA contrast in both schemes. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  focusRing: 'auto',
  headings: { fontWeight: '650' },
});

/** Remembers the light or dark choice in the browser between visits. */
export const colorSchemeManager = localStorageColorSchemeManager({
  key: 'certa-color-scheme',
});

// Mantine's default dimmed grey is below 4.5:1 on white; darken it (and lighten it in dark mode).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
