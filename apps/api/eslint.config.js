import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'typeorm', message: 'Only repositories, entities and database set-up talk to TypeORM.' }] },
      ],
    },
  },
  {
    files: [
      'src/**/*.repository.ts',
      'src/**/*.entity.ts',
      'src/database/**',
      'src/runtime.ts',
      'src/app.ts',
      'src/services.ts',
      'test/**',
      'src/cli/**',
      // Database set-up: the national data set opens the services on a data source and counts rows.
      'src/demo/national/seed-national.ts',
      'src/demo/national/summary.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
