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
  ...importDirection(),
);

/**
 * The direction of imports (docs/architecture.md): edges (server, bot) -> capabilities <- storage, with app/ the
 * only place that knows both; the tab uses src/contracts; guidance and its rooms are used through their index.ts.
 * One block per area, because in a flat config the last block that sets a rule for a file wins.
 */
function importDirection() {
  const sdks = [
    'kysely',
    'pg',
    'better-sqlite3',
    'botbuilder',
    'botframework-connector',
    '@microsoft/teams-ai',
    'restify',
  ];
  const guidanceIndex = {
    group: ['**/guidance/*'],
    message: 'Import guidance from its index (src/guidance).',
  };
  const edges = {
    group: ['**/storage/*', '**/server/*', '**/bot/*', '**/app/*'],
    message: 'Capabilities define ports; storage implements them; app/ wires.',
  };
  const rooms = ['search', 'danger', 'privacy', 'model-answer'];
  const restrict = (files, patterns, paths = [], ignores = []) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  });
  const capabilities =
    'src/{see-something,checklists,delivery,directory,jobs,training,announcements}/**/*.ts';
  return [
    restrict(['src/**/*.{ts,tsx}', 'test/**/*.ts'], [guidanceIndex], [], ['src/guidance/**']),
    restrict(
      ['src/server/**/*.ts'],
      [
        guidanceIndex,
        { group: ['**/storage/*', '**/bot/*'], message: 'server/ receives ready dependencies from app/.' },
      ],
      ['kysely', 'pg', 'better-sqlite3', 'botbuilder', '@microsoft/teams-ai'],
    ),
    restrict(
      ['src/tab/**/*.{ts,tsx}'],
      [guidanceIndex, { group: ['**/server/*', '**/storage/*'], message: 'The tab uses src/contracts.' }],
    ),
    restrict([capabilities], [guidanceIndex, edges], sdks, ['**/*.spec.ts']),
    restrict(
      ['src/guidance/*.ts'],
      [edges, { group: rooms.map((r) => `./${r}/*`), message: 'Import a guidance room from its index.ts.' }],
      sdks,
      ['**/*.spec.ts'],
    ),
    restrict(
      ['src/guidance/*/**/*.ts'],
      [
        edges,
        { group: rooms.map((r) => `../${r}/*`), message: 'Import another guidance room from its index.ts.' },
      ],
      sdks,
      ['**/*.spec.ts'],
    ),
  ];
}
