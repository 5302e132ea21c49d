/**
 * The end of a kiosk visit in the browser host: the page forgets whatever
 * it or the browser kept for this origin. The shell keeps nothing a person
 * typed (that lives only in the stage, a sandboxed frame with no storage of
 * its own), so this is a second lock on the door, not the only one.
 */
export async function clearPageStorage(win: Window & typeof globalThis = window): Promise<null> {
  for (const storage of [win.localStorage, win.sessionStorage]) {
    try {
      storage.clear();
    } catch {
      // Storage can be switched off; then there is nothing to clear.
    }
  }
  try {
    const databases = (await win.indexedDB?.databases?.()) ?? [];
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((done) => {
            if (!name) return done();
            const request = win.indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => done();
          }),
      ),
    );
  } catch {
    // No IndexedDB in this browser.
  }
  try {
    if (win.caches) {
      const names = await win.caches.keys();
      await Promise.all(names.map((name) => win.caches.delete(name)));
    }
  } catch {
    // Cache Storage needs a secure context; loopback is one, a LAN address is not.
  }
  // Cookies this page's script can see (the host's API token is not a cookie).
  for (const cookie of win.document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) win.document.cookie = `${name}=; Max-Age=0; path=/`;
  }
  return null;
}
