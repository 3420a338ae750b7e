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
 * A host restarted with a new token prints a new address; pasted into a tab that is already open
 * on the same origin it changes only the hash, so the page does not reload. The new token is
 * taken at once and the tab stays on the screen it showed (its unsent edits are still queued and
 * go out with the next try). Registered before the app's router, so the router never sees it.
 * A tab that had no token at all (it showed how to connect) starts afresh with the one given.
 */
export function followNewTokens({ reloadWhenFirst }: { reloadWhenFirst: boolean }): void {
  window.addEventListener('hashchange', (event) => {
    const match = TOKEN_HASH.exec(window.location.hash);
    if (!match?.[1]) return;
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    if (reloadWhenFirst) {
      history.replaceState(null, '', `${window.location.pathname}#/`);
      window.location.reload();
      return;
    }
    const previous = new URL(event.oldURL).hash;
    history.replaceState(null, '', `${window.location.pathname}${TOKEN_HASH.test(previous) || previous === '' ? '#/' : previous}`);
  });
}
