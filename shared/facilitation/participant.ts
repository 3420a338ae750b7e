import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { IdSchema } from '../model/ids';

/**
 * The people in the room. Each has a colour that their voting dots are drawn in; the palette is
 * dark enough for white initials on a dot and distinct on a washed-out projector.
 */
export const PARTICIPANT_COLORS = [
  '#c62828',
  '#1565c0',
  '#2e7d32',
  '#6a1b9a',
  '#d84315',
  '#00838f',
  '#ad1457',
  '#4e342e',
  '#283593',
  '#558b2f',
  '#37474f',
  '#8e24aa',
] as const;

export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, refusal('colour'));

export const ParticipantNameSchema = z.string().trim().min(1, refusal('empty')).max(80, refusalAtMost('tooLong', 80));

export const InitialsSchema = z.string().trim().min(1, refusal('empty')).max(3, refusalAtMost('tooLong', 3));

export const ParticipantDetailsSchema = z.object({
  name: ParticipantNameSchema,
  initials: InitialsSchema,
  color: ColorSchema,
});

export type ParticipantDetails = z.infer<typeof ParticipantDetailsSchema>;

export const ParticipantSchema = ParticipantDetailsSchema.extend({
  id: IdSchema,
  workshopId: IdSchema,
});

export type Participant = z.infer<typeof ParticipantSchema>;

/** "Ana, Ben\nCy Ng" → ["Ana", "Ben", "Cy Ng"]: a list pasted from the invitation, one name per line or separated by commas. */
export function splitParticipantNames(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Whether two names are one person's, as a roster typed twice spells them: case and surrounding spaces aside. */
export function sameParticipantName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** "Ana María López" → "AL": the first letters of the first and last names. */
export function initialsFor(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word]);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return '?';
  const letters = words.length === 1 ? first.slice(0, 2) : [first[0], last[0]];
  return letters.join('').toLocaleUpperCase();
}

/** The first palette colour nobody uses yet; when all are taken, they repeat in order. */
export function nextParticipantColor(used: readonly string[]): string {
  const taken = new Set(used.map((color) => color.toLowerCase()));
  const free = PARTICIPANT_COLORS.find((color) => !taken.has(color));
  return free ?? PARTICIPANT_COLORS[used.length % PARTICIPANT_COLORS.length]!;
}
