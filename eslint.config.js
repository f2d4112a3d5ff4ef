// Lint rules that keep the code's shape: strict TypeScript, hooks used correctly, and imports
// that flow one way (flows → engine → record/i18n/export → components → app).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbids importing the named layers from the files of one layer. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  layer(['flows/**'], ['**/src/*/**', '!**/src/engine/**', 'react', 'react-dom', 'docx', 'i18next'], 'Flows are data: they may use the engine’s types only.'),
  layer(['src/engine/**'], ['**/flows/**', '**/export/**', '**/record/**', '**/i18n/**', '**/components/**', '**/app/**', 'react', 'react-dom', 'docx', 'i18next'], 'The engine depends on nothing above it.'),
  layer(['src/record/**'], ['**/export/**', '**/i18n/**', '**/components/**', '**/app/**', 'react', 'react-dom', 'docx'], 'Storage knows the record, not the interface or the document.'),
  layer(['src/i18n/**'], ['**/export/**', '**/record/**', '**/components/**', '**/app/**', 'react', 'react-dom', 'docx'], 'Translations do not depend on screens or the document.'),
  layer(['src/export/**'], ['**/record/storage*', '**/components/**', '**/app/**', 'react', 'react-dom'], 'The export is pure: no React, no storage.'),
  layer(['src/components/**'], ['**/app/**'], 'Nothing imports the app shell.'),
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
