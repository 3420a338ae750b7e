const STORAGE_KEY = 'vsw.token';

/**
 * The browser host prints an address ending in `#token=…`. The token is kept for this tab only
 * (windows opened from it inherit a copy) and taken out of the address bar at once.
 */
export function takeTokenFromAddress(): string | null {
  const match = /^#token=([\w-]+)$/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
