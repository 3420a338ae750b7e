import type { Linter } from 'eslint';

/** The types of `eslint.config.js`, for the test that proves its i18n rule bites. */
export const TRANSLATED_FOLDERS: string[];
export const literalStringRule: Linter.RuleEntry;
declare const config: Linter.Config[];
export default config;
