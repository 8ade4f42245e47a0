import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Modules that would bring I/O, an ORM, a UI framework or the transport layer into the shared rules.
const forbiddenImports = ['node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'child_process', 'react', 'react/*', 'react-dom', 'react-dom/*'];
const forbiddenLayers = ['typeorm', 'pg', 'graphql', 'type-graphql', '@apollo/*'];

export default defineConfig(
  { ignores: ['dist/**'] },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      // `as const` stays allowed; any other assertion would bypass the schemas this package exists for.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...forbiddenImports, ...forbiddenLayers],
              message: 'error-reasons is a list shared by API and UI: no I/O, no ORM, no React, no GraphQL.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Tool configuration files are read by their tools, which expect a default export.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
