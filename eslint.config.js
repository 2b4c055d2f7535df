// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_AND_NATIVE = [
  { name: 'electron', message: 'Only electron/main and electron/preload talk to Electron.' },
  { name: 'better-sqlite3', message: 'Only db/ opens the database.' },
  { name: 'drizzle-orm', message: 'Only db/ queries the database.' },
];
const nodeBuiltins = { regex: '^node:', message: 'This code also runs in the renderer: no Node built-ins.' };
const folder = (pattern, message) => ({ group: [pattern], message });
const NO_ELECTRON = { name: 'electron', message: 'Handlers and the database run without Electron (tests, e2e harness).' };
const AUDIT_ROW = {
  group: ['**/db/queries/audit'],
  importNames: ['insertAuditRow'],
  message: 'Write a change with its audit row through audited() in electron/main/ipc/audited.ts.',
};

const rendererPatterns = [
  nodeBuiltins,
  folder('**/db/**', 'The renderer reaches data only through window.api.'),
  folder('**/electron/main/**', 'The renderer reaches main only through window.api.'),
  folder('**/electron/preload/**', 'The renderer reaches main only through window.api.'),
];
const ownFolderOnly =
  'A folder under renderer/src/components/ imports only its own files, components/common/, lib/, stores/ and electron/shared/; move what several features use to common/ or lib/.';
/** Relative paths as written from renderer/src/components/<folder>/<file>. */
const featurePatterns = [
  { regex: '^\\.\\./(?!common/)[^./]', message: ownFolderOnly },
  { regex: '^\\.\\./\\.\\./(?!lib/|stores/|\\.\\./)', message: ownFolderOnly },
  { regex: '^\\.\\./\\.\\./\\.\\./(?!\\.\\./electron/shared/)', message: ownFolderOnly },
];

/** Import boundaries per folder; see README "Map of the code". */
const boundaries = [
  {
    files: ['renderer/src/**'],
    rules: { 'no-restricted-imports': ['error', { paths: NODE_AND_NATIVE, patterns: rendererPatterns }] },
  },
  {
    // Feature folders do not import each other, so each can be read (and changed) on its own.
    files: ['renderer/src/components/**'],
    rules: { 'no-restricted-imports': ['error', { paths: NODE_AND_NATIVE, patterns: [...rendererPatterns, ...featurePatterns] }] },
  },
  {
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_AND_NATIVE,
          patterns: [
            nodeBuiltins,
            folder('**/db/**', 'Shared rules import neither the database nor Electron.'),
            folder('**/electron/main/**', 'Shared code is imported by main, not the other way round.'),
            folder('**/renderer/**', 'Shared code is imported by the renderer, not the other way round.'),
            folder('react*', 'Shared code has no UI.'),
          ],
        },
      ],
    },
  },
  {
    // Everything main-side: audit rows are written only by audited() (electron/main/ipc/audited.ts).
    files: ['electron/main/**', 'test/**'],
    ignores: ['electron/main/ipc/audited.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [AUDIT_ROW] }] },
  },
  {
    files: [
      'electron/main/ipc/**',
      'electron/main/handlers/**',
      'electron/main/security.ts',
      'electron/main/protocol.ts',
      'electron/main/paths.ts',
    ],
    ignores: ['electron/main/ipc/audited.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ELECTRON],
          patterns: [folder('**/renderer/**', 'Main-side code never imports the renderer.'), AUDIT_ROW],
        },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ELECTRON],
          patterns: [
            folder('**/renderer/**', 'Main-side code never imports the renderer.'),
            folder('**/electron/main/**', 'db/ is a leaf: the app composes it, never the other way round.'),
            folder('**/electron/preload/**', 'db/ is a leaf: the app composes it, never the other way round.'),
            {
              ...AUDIT_ROW,
              group: [...AUDIT_ROW.group, './audit'],
              message: 'Queries never write audit rows; the handler does, through audited().',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'db/migrations/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'test/support/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**', '**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    // expect.objectContaining() and friends are typed `any` by design.
    rules: { 'no-console': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['eslint.config.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  ...boundaries,
);
