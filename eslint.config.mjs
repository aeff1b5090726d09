// ESLint (flat config): typescript-eslint's type-aware recommended rules over all
// TypeScript; `any` is refused everywhere, tests included (they send typed documents,
// see codegen.ts). `npm run lint` runs it; `npm test` runs lint first.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs', '*/typed/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // TypeORM's raw `query()` and JSON bodies are `any` by their libraries' types;
      // reading them is checked where it matters (rows are mapped to typed objects).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // type-graphql and TypeORM take classes and functions as values (`() => Type`).
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Resolvers are async by contract whether or not they await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Packages whose entry point loads far more than the code uses, in every process's start.
    // class-validator's loads every validator it has: shared/schema/class-validator.ts loads
    // the few the code uses from their own files.
    files: ['shared/**/*.ts', 'gateway/**/*.ts', 'subgraphs/**/*.ts'],
    ignores: ['shared/schema/class-validator.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'class-validator', message: 'Import from shared/schema/class-validator.ts.', allowTypeImports: true },
            // Its entry point loads every algorithm family (JWE too): 83 modules in each process.
            { name: 'jose', message: "Import from jose's subpaths (jose/jwt/verify, jose/errors, …).", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
