/** The Certa release this code belongs to; kept equal to the root package.json version by a test. */
export const certaVersion = '0.1.0';
