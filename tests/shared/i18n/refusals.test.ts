import { describe, expect, it } from 'vitest';
import { validateInput } from '../../../shared/api/validate-input';
import { inLanguage } from '../../../shared/i18n/refusals';
import { NodeTextSchema } from '../../../shared/model/map-node';
import { CountSchema } from '../../../shared/model/quantities';
import { WorkshopDetailsSchema } from '../../../shared/model/workshop';

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('the model’s refusals in the language of whoever asked', () => {
  it('says what is wrong with a field in German or in English, with the limit written the language’s way', () => {
    const long = 'x'.repeat(10_001);
    expect(inLanguage('de', () => firstMessage(NodeTextSchema.safeParse(long)))).toBe('darf höchstens 10.000 Zeichen lang sein');
    expect(inLanguage('en', () => firstMessage(NodeTextSchema.safeParse(long)))).toBe('must be at most 10,000 characters');
    expect(inLanguage('de', () => firstMessage(CountSchema.safeParse(-1)))).toBe('darf nicht negativ sein');
    expect(inLanguage('fr', () => firstMessage(CountSchema.safeParse('drei')))).toBe('doit être un nombre');
  });

  it('writes zod’s own messages, for a value of the wrong kind, in the same language', () => {
    const parsed = () => WorkshopDetailsSchema.safeParse({ title: 'Acme', date: '2026-12-05', facilitator: 7 });
    expect(inLanguage('de', () => firstMessage(parsed()))).toMatch(/^Ungültige Eingabe/);
    expect(inLanguage('en', () => firstMessage(parsed()))).toMatch(/^Invalid input/);
  });

  it('keeps the refusal machine-readable: a code and each field’s path, the sentence in the request’s language', () => {
    const input = { title: '', date: '5.12.2026', facilitator: 'Dana' };
    const german = validateInput('workshop.create', input, 'de');
    const english = validateInput('workshop.create', input, 'en');
    if (german.ok || english.ok) throw new Error('An empty title must be refused');
    expect(german.error.code).toBe('invalid-input');
    expect(german.error.issues?.map((issue) => issue.path)).toEqual(english.error.issues?.map((issue) => issue.path));
    expect(german.error.issues?.map((issue) => issue.path)).toEqual(['title', 'date']);
    expect(german.error.message).toBe('Ungültige Anfrage workshop.create: title darf nicht leer sein; date muss ein Datum der Form JJJJ-MM-TT sein');
    expect(english.error.message).toBe('Invalid workshop.create request: title must not be empty; date must be a date in the form YYYY-MM-DD');
  });

  it('returns to the language before once the parse is done, also when it throws', () => {
    expect(() =>
      inLanguage('de', () => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(firstMessage(CountSchema.safeParse(-1))).toBe('must not be negative');
  });
});
