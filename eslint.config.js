import js from '@eslint/js';
import drizzle from 'eslint-plugin-drizzle';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.wrangler/**',
      '.test-results/**',
      'packages/api/public/**',
      'packages/api/worker-configuration.d.ts',
      'packages/sdk/docs/api/**',
      '.bench-build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/parameter-properties': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' },
      ],
      eqeqeq: 'error',
    },
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    files: [
      'packages/core/src/**',
      'packages/sdk/src/**',
      'packages/widget/src/**',
      'packages/console/src/**',
    ],
    ignores: ['**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['packages/widget/src/**/*.ts', 'packages/console/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widget/src/**/*.ts', 'packages/console/src/**/*.ts'],
    ...litA11y.configs.recommended,
    plugins: { 'lit-a11y': litA11y },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db'] }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '**/*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
