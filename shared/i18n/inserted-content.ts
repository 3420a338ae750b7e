import type { CatalogueShape } from './catalogue-shape';
import { CATALOGUES } from './catalogues';
import type { content } from './catalogues/en/content';
import type { Language } from './languages';

/**
 * The words the app writes into a workshop (agenda template, default vote question, worked
 * examples) in one language, as plain tables: a caller copies them into the room's data when it
 * inserts them, in the workshop's language, and never looks them up again.
 */
export type InsertedContent = CatalogueShape<Omit<typeof content, 'measured'>, Language>;

export function insertedContent(language: Language): InsertedContent {
  return CATALOGUES[language].content;
}
