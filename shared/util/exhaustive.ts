/**
 * Used in the default branch of every switch over a union: when a member is added to the union,
 * the call stops compiling until the new member is handled.
 */
export function exhaustiveSwitchError(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
