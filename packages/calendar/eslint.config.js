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
              message: 'calendar holds pure date rules shared by API and UI: no I/O, no ORM, no React, no GraphQL.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        // "Today" comes from the API's one clock (apps/api/src/common/clock.ts), never from the calendar.
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'The calendar never reads the clock: take the moment as an argument.',
        },
        {
          selector: 'MemberExpression[object.name="Date"][property.name="now"]',
          message: 'The calendar never reads the clock: take the moment as an argument.',
        },
        {
          selector: 'MemberExpression[object.name="Temporal"][property.name="Now"]',
          message: 'The calendar never reads the clock: take the moment as an argument.',
        },
      ],
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
