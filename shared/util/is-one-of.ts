/** Whether `value` is one of `options`: the type guard for the `as const` lists the domain types are built from. */
export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return options.some((option) => option === value);
}
