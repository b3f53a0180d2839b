// @ts-check
/**
 * `npm run lint`: type-aware ESLint for the TypeScript (typescript-eslint with type information) and
 * the Astro components (eslint-plugin-astro, its accessibility rules included). Formatting is
 * Prettier's job (`npm run format`), so no rule here is about layout. See README, "Habits".
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', 'reports/', '.bench/', '**/.*.dang-dung/', 'content/', 'data/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always'],
      // A caught failure's warning (a chart not drawn, search unavailable, a build warning) is the point;
      // a console.log left from debugging is not.
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Async listeners (addEventListener, http.createServer, process.on) are the idiom here; a promise
      // dropped anywhere else is still caught by no-floating-promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // `String(value ?? '')` on data read as unknown (front matter, CMS fields) has type {}: treat {} like
      // unknown, which the rule leaves alone by default.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', '{}'] },
      ],
      // `let x; const stop = () => x?.close(); x = await start()`: the early reference is the point.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },

  // Astro components: the recommended rules and the accessibility rules (jsx-a11y through the plugin).
  // Their frontmatter is parsed as TypeScript but not type-checked here: typescript-eslint's project
  // service cannot open .astro files, and `astro check` (first step of `npm test`) type-checks them.
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      // The project service is off for these files, so the type-aware import rule cannot run either.
      '@typescript-eslint/consistent-type-exports': 'off',
    },
  },

  // Code that runs in the browser: the widget script the portal embeds and the components' scripts.
  {
    files: ['public/**/*.js', 'src/components/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The embed script is ES5 for old portal browsers (no `catch {}` without a name), and its bytes are
    // pinned by the SRI hash portals paste: it is linted, never rewritten for an unused catch name.
    files: ['public/**/*.js'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },

  // Command-line tools, tests, configs and the build integrations report on the console by design.
  {
    files: ['scripts/**', 'tests/**', '**/*.test.ts', 'src/integrations/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },

  // Tests read JSON.parse output and use Vitest's asymmetric matchers, both typed any, on purpose: a
  // wrong shape fails the assertion itself.
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Plain JavaScript files outside the TypeScript project.
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
