import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '.data/**', 'console/dist/**', 'console/src/graphql/**', 'schema/**/*.graphql', '**/migrations/Migration*.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'No default exports: name what you export' }],
    },
  },
  {
    // tool configuration files are default-exported by convention of the tools that read them
    files: ['eslint.config.js', 'vitest.config.ts', 'test/global-setup.ts', 'test/summary-reporter.ts', 'console/vite.config.ts', 'console/codegen.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
