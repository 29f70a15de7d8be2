/** Session storage key holding the browser-mode access token for this tab. */
export const TOKEN_STORAGE_KEY = 'pavilion.token';

/**
 * Takes the access token from `?token=` (the address `npm run serve` prints), keeps it for the
 * tab in sessionStorage and removes it from the address bar, so it does not end up in
 * bookmarks, history or screenshots. Later reloads find it in sessionStorage.
 */
export function takeAccessToken(loc: Location = window.location, storage: Storage = window.sessionStorage, history: History = window.history): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
