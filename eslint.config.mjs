import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'test-output/',
      'devTools/',
      '.data/',
      'appPackage/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  // The tab talks to the server only through the contracts, and only in types: zod stays out of its bundle.
  {
    files: ['src/tab/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server', '**/server/**'],
              message: 'The tab imports no server file; use src/contracts.',
            },
            {
              group: ['**/contracts', '**/contracts/**'],
              allowTypeImports: true,
              message: 'Import contracts with `import type`: zod must not enter the tab bundle.',
            },
          ],
        },
      ],
    },
  },
  // Guidance is one capability with sub-rooms; each room is used through its index.ts only.
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    ignores: ['src/guidance/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/guidance/*'], message: 'Import guidance from its index (src/guidance).' }],
        },
      ],
    },
  },
  {
    files: ['src/guidance/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./search/*', './danger/*', './privacy/*', './model-answer/*'],
              message: 'Import a guidance room from its index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/guidance/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../search/*', '../danger/*', '../privacy/*', '../model-answer/*'],
              message: 'Import another guidance room from its index.ts.',
            },
          ],
        },
      ],
    },
  },
);
