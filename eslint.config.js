import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'net',
  'crypto',
  'url',
  'worker_threads',
];
const noNode = nodeBuiltins.flatMap((name) => [
  name,
  `node:${name}`,
  `${name}/*`,
  `node:${name}/*`,
]);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', '.cache', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // The boundaries of the architecture, enforced rather than remembered.
  {
    files: ['contract/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./[^/]+$)',
              message: 'contract/ is shared by every runtime: it imports nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/**', 'cli/**', 'server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'The core and the browser host never import electron; put window glue in electron/.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'The core does not reach into the renderer or the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches the host only through the HostApi.',
            },
            ...noNode.map((name) => ({
              name,
              message: 'The renderer runs in a browser sandbox: no Node modules.',
            })),
          ],
          patterns: [
            {
              group: ['**/core/**', '**/server/**', '**/cli/**', '**/electron/**'],
              message: 'The renderer talks to the core only through contract/ (HostApi).',
            },
          ],
        },
      ],
    },
  },
);
