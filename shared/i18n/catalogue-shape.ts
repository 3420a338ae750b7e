import type { Language } from './languages';

/**
 * What a catalogue must hold, derived from the English one: the same keys, no others, every
 * leaf a string. Plural keys end in a CLDR category (`pieces_one`, `pieces_other`), and each
 * language carries the categories its own plural rules use, as i18next picks them through
 * `Intl.PluralRules`: French and Spanish also have `_many` ("1 000 000 de pièces").
 * Keys are camelCase: an underscore is only ever the start of a plural suffix.
 */
export const PLURAL_CATEGORIES = {
  en: ['one', 'other'],
  de: ['one', 'other'],
  fr: ['one', 'many', 'other'],
  es: ['one', 'many', 'other'],
} as const satisfies Record<Language, readonly Intl.LDMLPluralRule[]>;

type PluralSuffix = `_${Intl.LDMLPluralRule}`;

type PluralBase<Key> = Key extends `${infer Base}${PluralSuffix}` ? Base : never;

type CategoryOf<L extends Language> = (typeof PLURAL_CATEGORIES)[L][number];

export type CatalogueShape<Reference, L extends Language> = {
  [Key in keyof Reference as Key extends `${string}${PluralSuffix}` ? never : Key]: Reference[Key] extends string
    ? string
    : CatalogueShape<Reference[Key], L>;
} & {
  [Base in PluralBase<keyof Reference> as `${Base}_${CategoryOf<L>}`]: string;
};
