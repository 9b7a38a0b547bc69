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

/**
 * Text colour of light and subtle variants (badges, alert titles, quiet buttons) in the light scheme.
 * Mantine's shade 9 falls below 4.5:1 on the shade 1 and 2 tints behind it for several colours (green
 * 3.8:1, yellow 2.7:1); these are shade 9 darkened until each reaches about 4.8:1 on its hover tint.
 */
const lightVariantText: Record<string, string> = {
  gray: '#212529',
  red: '#a42222',
  pink: '#9e1d49',
  grape: '#7f2c94',
  violet: '#5637b1',
  indigo: '#2e44ab',
  blue: '#155693',
  cyan: '#096272',
  teal: '#076d4e',
  green: '#216b30',
  lime: '#446d0a',
  yellow: '#994f00',
  orange: '#a8380c',
};

// Mantine's default dimmed grey is below 4.5:1 on white; darken it (and lighten it in dark mode).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(lightVariantText).map(([color, value]) => [`--mantine-color-${color}-light-color`, value]),
    ),
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
