import type { Language } from '../languages';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export const CATALOGUES = { en, de, fr, es } satisfies Record<Language, object>;

/** A namespace: one area of the app, one file per language. */
export type Namespace = keyof typeof en;
