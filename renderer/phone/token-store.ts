/**
 * Where the phone keeps the token the room gave it: sessionStorage, so a
 * reload in this tab keeps its answers and closing the tab forgets them.
 * Nothing else is ever stored, and never in localStorage or a cookie.
 * A browser that refuses storage (some private modes throw) keeps the
 * token in memory for this page only.
 */

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

const KEY = 'groundwork-room-token';

export function sessionTokenStore(storage: Storage | null): TokenStore {
  let memory: string | null = null;
  return {
    get() {
      try {
        return storage?.getItem(KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(token) {
      memory = token;
      try {
        storage?.setItem(KEY, token);
      } catch {
        // Memory only: this page still works, a reload joins again.
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(KEY);
      } catch {
        // Nothing was stored.
      }
    },
  };
}
