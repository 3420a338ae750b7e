import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Type-aware linting of every TypeScript file (`npm run lint`, part of `npm test`).
 *
 * typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 no longer ships: the
 * `typescript` package is TypeScript 6 (`@typescript/typescript6`) for the linter, and `tsc`
 * comes from TypeScript 7 (`@typescript/native`), as Microsoft recommends for running both.
 *
 * Choices beyond the recommended sets, each for a reason:
 * - `_`-prefixed names are how this code base drops a field while copying the rest of an object.
 * - `require-await` is off: an `async` function that implements a promise-returning interface
 *   without awaiting anything (a test double, a host that answers at once) is fine.
 * - A promise-returning handler in a JSX attribute (`onSubmit={async …}`) is allowed: React
 *   ignores the result, and each such handler reports its own failure.
 * - react-hooks: the rules of hooks and exhaustive dependencies. Its React Compiler rules
 *   (`refs`, `immutability`, `set-state-in-effect`) are off: the app is not built with the React
 *   Compiler, and the canvas reads refs during render on purpose (live drag and zoom state).
 * - i18next's no-literal-string, in the folders whose words all come from the message catalogues
 *   (TRANSLATED_FOLDERS): text in JSX and the attributes a person reads or hears (USER_FACING).
 *   Every screen of renderer/ is converted, so the rule covers all of it: a new screen's words
 *   must come from a catalogue too.
 */
export const TRANSLATED_FOLDERS = ['renderer'];

/** Attributes whose text reaches the user (full-match patterns); every other attribute is code. */
const USER_FACING = [
  '.*[lL]abel',
  '.*[tT]itle',
  '.*[mM]essage',
  '.*[hH]int',
  'placeholder',
  'alt',
  'description',
  'caption',
  'heading',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
];

export const literalStringRule = [
  'error',
  {
    mode: 'jsx-only',
    'jsx-attributes': { include: USER_FACING, exclude: ['.*'] },
    // A mark with no letter in any script (✕, ▲, ✸, 12:30) says nothing to translate; the plugin's own defaults, plus that.
    words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', /^[^\p{L}]+$/u] },
    message: 'Text shown to the user comes from a message catalogue (docs/i18n.md)',
  },
];

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // vitest's asymmetric matchers (`expect.any(String)`, `expect.objectContaining(…)`) are typed `any`.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: TRANSLATED_FOLDERS.map((folder) => `${folder}/**/*.tsx`),
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': literalStringRule },
  },
);
