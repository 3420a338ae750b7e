import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileNameSchema } from '../../../shared/api/export-contract';
import { validateInput } from '../../../shared/api/validate-input';
import { PlannedMinutesSchema } from '../../../shared/facilitation/agenda';
import { TimerDurationSchema } from '../../../shared/facilitation/timer';
import { VotingSetupSchema } from '../../../shared/facilitation/voting';
import { AS_DRAWN, WhatIfSchema } from '../../../shared/flow/simulation/what-if';
import { inLanguage } from '../../../shared/i18n/refusals';
import { NodeTextSchema } from '../../../shared/model/map-node';
import { CountSchema } from '../../../shared/model/quantities';
import { WorkshopDetailsSchema } from '../../../shared/model/workshop';
import { readWorkshopFile } from '../../../shared/workshop-file/read-workshop-file';
import { WorkshopFileSchema } from '../../../shared/workshop-file/workshop-file-schema';
import { arbitraryWorkshopFile } from '../workshop-file/arbitrary-workshop-file';

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

  it('writes the limits a facilitator meets in a form or an import in German inside inLanguage and in English outside', () => {
    const votes = {
      title: 'Wo anfangen?',
      targetKinds: ['process'],
      votesPerParticipant: 3,
      maxVotesPerItem: 4,
      visibility: 'open',
      mode: 'open-clicking',
    };
    const file = fc.sample(arbitraryWorkshopFile, { numRuns: 1, seed: 7 })[0]!;
    const twoAlike = { ...file, maps: [...file.maps, { ...file.maps[0]! }] };
    const samples: [() => string | undefined, string, string][] = [
      [() => firstMessage(PlannedMinutesSchema.safeParse(0)), 'muss mindestens 1 Minute betragen', 'must be at least 1 minute'],
      [() => firstMessage(PlannedMinutesSchema.safeParse(2.5)), 'muss eine ganze Zahl von Minuten sein', 'must be a whole number of minutes'],
      [() => firstMessage(TimerDurationSchema.safeParse(25 * 3_600_000)), 'darf höchstens 24 Stunden betragen', 'must be at most 24 hours'],
      [
        () => firstMessage(VotingSetupSchema.safeParse(votes)),
        'darf die Stimmen pro Person nicht übersteigen',
        'must not be more than the votes per participant',
      ],
      [
        () => firstMessage(WhatIfSchema.safeParse({ ...AS_DRAWN, changeoverFactor: 11 })),
        'darf höchstens 1.000 % betragen',
        'must be at most 1,000 %',
      ],
      [
        () => firstMessage(WhatIfSchema.safeParse({ ...AS_DRAWN, uptimeFloor: 0 })),
        'muss ein Prozentsatz von 1 bis 100 sein',
        'must be a percentage from 1 to 100',
      ],
      [() => firstMessage(FileNameSchema.safeParse('maps/acme.png')), 'muss ein Dateiname sein, kein Pfad', 'must be a file name, not a path'],
      [
        () => WorkshopFileSchema.safeParse(twoAlike).error?.issues.find((issue) => issue.path.join('.') === `maps.${file.maps.length}.id`)?.message,
        `wiederholt die ID einer anderen Karte (${file.maps[0]!.id})`,
        `repeats the id of another map (${file.maps[0]!.id})`,
      ],
    ];
    for (const [message, german, english] of samples) {
      expect(inLanguage('de', message)).toBe(german);
      expect(message()).toBe(english);
    }
    const newer = () => readWorkshopFile(JSON.stringify({ ...file, formatVersion: 99 }));
    expect(inLanguage('de', newer)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Diese Workshop-Datei wurde von einer neueren Version/),
    });
    expect(newer()).toMatchObject({ ok: false, message: expect.stringMatching(/^This workshop file was written by a newer version/) });
  });
});
