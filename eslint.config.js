// Lint rules, including the import arrows between packages (see docs/ARCHITECTURE.md).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const certa = ['core', 'interop', 'reports', 'db', 'server', 'client', 'web', 'cli'];

/** Forbids importing the Certa packages not listed in `allowed`, deep imports, and anything in `extra`. */
function arrows(packageName, allowed, extra = []) {
  const forbidden = certa.filter((name) => name !== packageName && !allowed.includes(name));
  return {
    files: [`packages/${packageName}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbidden.length > 0
              ? [
                  {
                    group: forbidden.map((name) => `@certa/${name}`),
                    message: `@certa/${packageName} may not import this package (import arrows in docs/ARCHITECTURE.md)`,
                  },
                ]
              : []),
            {
              group: ['@certa/*/*', '!@certa/db/testing'],
              message: 'Import a package through its public face (src/index.ts), not a deep path',
            },
            ...extra,
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tmp/**',
      '.certa-data/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      'no-console': 'error',
      // Fastify handlers and hooks are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  arrows(
    'core',
    [],
    [{ regex: '^(?!zod(/.*)?$|\\.\\.?/|vitest$)', message: '@certa/core is pure: it may import zod only' }],
  ),
  arrows('interop', ['core']),
  arrows('reports', ['core']),
  arrows('db', ['core']),
  arrows('client', ['core']),
  arrows('server', ['core', 'db', 'interop', 'reports']),
  arrows('web', ['core', 'client']),
  arrows('cli', ['core', 'db', 'server', 'interop', 'reports', 'client']),
  {
    files: ['packages/*/src/**/*.test.{ts,tsx}', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      'no-console': 'off',
      // expect.objectContaining() and friends are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
