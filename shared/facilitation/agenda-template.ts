import { insertedContent } from '../i18n/inserted-content';
import type { Language } from '../i18n/languages';
import type { AgendaItemDetails } from './agenda';

/**
 * A typical one-day value stream mapping workshop (after Rother & Shook and Martin & Osterling):
 * about seven hours of activities with lunch, which a facilitator trims to the room. Its words
 * are the workshop's language's, written into the agenda once; from then on they are the room's.
 */
const PLANNED_MINUTES = {
  kickOff: 30,
  gemba: 60,
  currentState: 90,
  lunch: 45,
  waste: 45,
  futureState: 90,
  actions: 45,
  close: 15,
} as const;

type TemplateStep = keyof typeof PLANNED_MINUTES;

const STEPS = Object.keys(PLANNED_MINUTES) as TemplateStep[];

export function vsmDayTemplate(language: Language): AgendaItemDetails[] {
  const words: Readonly<Record<TemplateStep, { title: string; notes?: string }>> = insertedContent(language).agenda;
  return STEPS.map((step) => ({ title: words[step].title, plannedMinutes: PLANNED_MINUTES[step], notes: words[step].notes ?? '' }));
}
