// ESLint: the recommended JavaScript and typescript-eslint rules and the lit plugin's template rules. Formatting is
// Prettier's job, so no style rules here.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-demo/**', 'node_modules/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `declare module 'react' { namespace JSX … }` is how a host types a custom element in JSX.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    files: ['**/*.mjs', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Chai's `expect(x).to.be.true` is an expression statement; hostile-input tests build malformed plans and look
    // for control characters.
    files: ['test/**'],
    rules: {
      'no-control-regex': 'off',
      'no-sparse-arrays': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
