// The house's lint: typescript-eslint's type-checked rules, Vue's recommended rules, the Nx project boundaries and
// the ground-floor rule for the API's platform/. Prettier owns formatting, so eslint-config-prettier comes last.
// Every rule switched off or relaxed from the presets says why on the line above it.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The API's domain folders, and the migrations and seed the app composes: `platform/` imports none of them. */
const API_DOMAINS = [
  'accounts',
  'audit',
  'ideas',
  'interests',
  'moderation',
  'notifications',
  'organisations',
  'recommendations',
  'reports',
  'reviews',
  'themes',
  'votes',
  'migrations',
  'seed',
];

/** Server-only packages: in the browser bundle they would be dead weight at best, and leak server code at worst. */
const SERVER_PACKAGES = ['@nestjs/*', '@apollo/*', 'typeorm', 'typeorm/*', 'pg', 'argon2', 'ioredis', 'pino', 'nestjs-pino'];
/** Browser-only packages: the API renders no page. */
const BROWSER_PACKAGES = ['vue', 'vue-router', 'pinia', 'nhsuk-frontend', '@vue/*'];

/** Code that runs under Jest, Vitest or by hand: tests, their support files, the fault suites, the journeys, the bench. */
const TESTS = ['**/*.spec.ts', 'apps/api/test/**', 'apps/api/faults/**', 'apps/web/src/test/**', 'apps/e2e/**'];

export default defineConfig(
  globalIgnores(['**/dist/', '**/coverage/', '**/.nx/', '**/.data/', 'tmp/', 'apps/web/src/graphql/generated/', 'apps/e2e/screenshots/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  vue.configs['flat/recommended'],
  {
    name: 'ideas-hub/type-information',
    languageOptions: {
      parserOptions: {
        projectService: {
          // The web's build configs are type-checked by tsconfig.node.json, which the project service cannot find by name.
          allowDefaultProject: ['apps/web/*.mts', 'apps/web/codegen.ts'],
          defaultProject: 'apps/web/tsconfig.node.json',
        },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
  },
  {
    // Plain TypeScript cannot read a .vue file, so without a declaration every imported component is an error type and
    // the no-unsafe-* rules flag each use. The declaration lives in tsconfig.eslint.json only: in the app's own tsconfig
    // it would also hide a mistyped component path from vue-tsc, which reads the real files.
    name: 'ideas-hub/web-type-information',
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.vue', 'apps/web/eslint-vue-shim.d.ts'],
    languageOptions: { parserOptions: { projectService: false, project: 'apps/web/tsconfig.eslint.json' } },
  },
  {
    name: 'ideas-hub/vue',
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser }, globals: globals.browser },
    rules: {
      // TypeScript resolves names in <script lang="ts">, as typescript-eslint's own override says for .ts files.
      'no-undef': 'off',
      // Props are declared by type (`defineProps<{ hint?: string }>()`): an optional prop is undefined, a default would restate it.
      'vue/require-default-prop': 'off',
      // A list page's filter forms bind to the fields of one reactive object their page owns (useListPage); replacing
      // a prop is still refused, which is the fault this rule is for.
      'vue/no-mutating-props': ['error', { shallowOnly: true }],
    },
  },
  {
    name: 'ideas-hub/rules',
    rules: {
      // Faults the type-checker misses: a promise nobody awaits loses its rejection, an async callback where void is
      // expected runs unawaited, `await` on a non-promise hides a missing call; all three are in the preset, kept as errors.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `return promise` inside try skips the catch and the finally's ordering; await it there.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // A switch over an enum or union that forgets a member falls through silently.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-deprecated': 'error',
      // `_` marks a parameter an interface requires and this implementation ignores.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Static factories (`rows.map(AccountModel.from)`) use no `this`; instance methods passed unbound are still refused.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
      // An async method with no await usually implements a promise-returning interface (Apollo plugin hooks, counter
      // stores); the faults around promises are what no-floating-promises and no-misused-promises catch.
      '@typescript-eslint/require-await': 'off',
      // TypeScript already refuses an enum compared with a value it can never equal (TS2367); what this rule adds is
      // narrowing a form's string to the enum (`next.find((s) => s === form.status)`), which is the point of that code.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Errors in the app (relaxed for tests below). Most of today's hits in apps/api are raw `.query()` results, which
      // TypeORM types as `any`: each domain's repository is being rewritten to return typed rows (`rows<Row>()` from
      // platform/database/database.ts), and these rules are what keep an untyped row from leaking past a repository.
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The API logs through pino, which redacts secrets; console.* would write past the redaction.
    name: 'ideas-hub/api-logging',
    files: ['apps/api/src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The browser has no logger: an unexpected failure goes to the console (error, warn), nothing else.
    name: 'ideas-hub/web-logging',
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.vue'],
    rules: { 'no-console': ['error', { allow: ['error', 'warn'] }] },
  },
  {
    name: 'ideas-hub/tests',
    files: TESTS,
    rules: {
      // `expect(service.method).toHaveBeenCalled()` passes a method unbound by design.
      '@typescript-eslint/unbound-method': 'off',
      // Tests read untyped JSON (`res.body.data.idea.id` from supertest, fetch in the journeys) and their expect()
      // checks its shape; typing every response would restate the schema the assertion already checks.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // The same JSON, declared: the test clients' `Record<string, any>` answers are read by field, as decoded JSON is.
      '@typescript-eslint/no-explicit-any': 'off',
      // Their output is for the developer running them: timings, the bench's table, a journey's server log.
      'no-console': 'off',
    },
  },
  {
    name: 'ideas-hub/commonjs',
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: {
      // Jest and the Chromium check load these with require(): CommonJS is what they must be.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    name: 'ideas-hub/this-config',
    files: ['eslint.config.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Nx reads each project's tags from its project.json. The apps are never imported (Nx refuses an app import
    // whatever its tags); the tags decide what a project may take from the libraries and from npm. The rule reads the
    // project graph Nx caches in .nx/, so run it through `npm run lint` (or after any nx command): without a graph it
    // is skipped with a warning.
    name: 'ideas-hub/module-boundaries',
    files: ['**/*.ts', '**/*.mts', '**/*.vue', '**/*.js'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: BROWSER_PACKAGES },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: SERVER_PACKAGES },
            // Read by the API, the browser and the journeys alike, the shared library takes no package at all.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], allowedExternalImports: [] },
            // The journeys drive the built apps over HTTP and a browser: they may share the domain's names, no app code.
            {
              sourceTag: 'scope:e2e',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...SERVER_PACKAGES, ...BROWSER_PACKAGES],
            },
          ],
        },
      ],
    },
  },
  {
    name: 'ideas-hub/platform-ground-floor',
    files: ['apps/api/src/platform/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${API_DOMAINS.join('|')})(/|$)`,
              message:
                'platform/ is the ground floor and imports no domain: have the app hand it what it needs, or define an interface here.',
            },
          ],
        },
      ],
    },
  },

  prettier,
);
