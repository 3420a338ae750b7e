/**
 * A number and its unit are one word on screen and on paper: "80 %", "23.6 d", "7,000 pcs" are
 * joined by a no-break space, so a narrow cell or a wrapped line never leaves the unit alone at
 * the start of the next line. Every formatter that puts a unit after a number goes through here.
 */
export const UNIT_SPACE = '\u00a0';

export function withUnit(value: string | number, unit: string): string {
  return `${value}${UNIT_SPACE}${unit}`;
}
