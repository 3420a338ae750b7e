/**
 * What this phone remembers of the room between visits, in localStorage (per room address, as
 * the browser keeps it): the device's token, so a reload, a sleep or a dropped Wi-Fi comes back
 * as the same person with the same dots, and the writes not yet acknowledged.
 */
const TOKEN_KEY = 'vsw-room-token';

export function rememberedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function rememberToken(token: string | null): void {
  try {
    if (token === null) localStorage.removeItem(TOKEN_KEY);
    else localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Private browsing may refuse storage: the page still works until it is reloaded.
  }
}

export function readStored<T>(key: string, parse: (value: unknown) => T | null): T | null {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : parse(JSON.parse(text));
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // As above: without storage the writes still go out while the page stays open.
  }
}

/** The room code from the QR code's address (`#code=K7Q2XM` or `?code=K7Q2XM`), or ''. */
export function codeFromAddress(location: Pick<Location, 'hash' | 'search'>): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('code');
  return fromHash ?? new URLSearchParams(location.search).get('code') ?? '';
}
