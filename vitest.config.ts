import { defineConfig } from 'vitest/config';

const project = (name: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root: `./packages/${name}`,
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...extra,
  },
});

export default defineConfig({
  test: {
    projects: [
      project('core'),
      project('interop', { passWithNoTests: true }),
      project('reports', { passWithNoTests: true }),
      project('db'),
      project('client'),
      project('server'),
      project('cli'),
      project('web', { passWithNoTests: true }),
    ],
  },
});
