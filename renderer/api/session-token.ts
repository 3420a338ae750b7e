const STORAGE_KEY = 'vsw.token';
const TOKEN_HASH = /^#token=([\w-]+)$/;

/**
 * The browser host prints an address ending in `#token=…`. The token is kept for this tab only
 * (windows opened from it inherit a copy) and taken out of the address bar at once.
 */
export function takeTokenFromAddress(): string | null {
  const match = TOKEN_HASH.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

export function currentToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

/**
 * An address pasted into a tab already open on the same origin changes only the hash, so the page
 * does not reload by itself. With the token the tab already has, the user is simply opening the
 * app again (the host may have restarted and found a problem to show): the page starts afresh on
 * the workshop list. With a new token (a host restarted without its kept token), the tab takes it
 * at once and stays on the screen it showed, so its unsent edits go out with the next try; a tab
 * that had no token at all starts afresh. Registered before the app's router, so the router never
 * sees the token.
 */
export function followNewTokens(): void {
  window.addEventListener('hashchange', (event) => {
    const match = TOKEN_HASH.exec(window.location.hash);
    if (!match?.[1]) return;
    const previousToken = sessionStorage.getItem(STORAGE_KEY);
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    if (previousToken === null || previousToken === match[1]) {
      history.replaceState(null, '', `${window.location.pathname}#/`);
      window.location.reload();
      return;
    }
    const previous = new URL(event.oldURL).hash;
    history.replaceState(null, '', `${window.location.pathname}${TOKEN_HASH.test(previous) || previous === '' ? '#/' : previous}`);
  });
}
