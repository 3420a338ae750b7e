import { ESLint } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import config, { literalStringRule, TRANSLATED_FOLDERS } from '../../../eslint.config.js';

/**
 * `npm run lint` fails when a translated folder shows a string that is not from a catalogue.
 * Here the project's own rule runs on made-up components, to prove it bites on what a person
 * reads (JSX text, labels, titles, placeholders) and lets code through (class names, ids, keys).
 */
async function problems(source: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { i18next },
        rules: { 'i18next/no-literal-string': literalStringRule },
      },
    ],
  });
  const [result] = await eslint.lintText(source, { filePath: 'Probe.tsx' });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the rule that keeps UI text in the catalogues', () => {
  it.each([
    ['JSX text', '<p>Lead time</p>'],
    ['a string in a JSX expression', "<p>{open ? 'Hide' : ''}</p>"],
    ['an aria-label', '<button aria-label="Close" />'],
    ['a title', '<span title="Working days" />'],
    ['a placeholder', '<input placeholder="Name" />'],
    ["a component's label", '<Field label="Demand" />'],
    ['an alt text', '<img alt="Map" src={src} />'],
  ])('refuses %s', async (_what, jsx) => {
    expect(await problems(`export function Probe({ open, src }: { open: boolean; src: string }) { return ${jsx}; }`)).toHaveLength(1);
  });

  it('lets code through: class names, ids, keys, types, roles and messages from t()', async () => {
    const source = `export function Probe({ t }: { t: (key: string) => string }) {
      return (
      <section className="sheet" id="report" role="region" data-testid="sheet" aria-labelledby="report-title">
        <h2 id="report-title">{t('report.title')}</h2>
        <input type="number" aria-label={t('report.demand')} />
      </section>
      );
    }`;
    expect(await problems(source)).toEqual([]);
  });

  it('is on for every translated folder in the lint configuration', () => {
    const translated = config.find((entry) => entry.rules?.['i18next/no-literal-string'] !== undefined);
    expect(translated?.files).toEqual(TRANSLATED_FOLDERS.map((folder) => `${folder}/**/*.tsx`));
  });
});
