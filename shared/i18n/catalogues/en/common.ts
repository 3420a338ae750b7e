/** Words many screens share: buttons such as Cancel and Close, generic messages. English is the reference every other language must match. */
export const common = {} as const;
