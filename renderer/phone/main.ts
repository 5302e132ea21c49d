import { createRoomApi } from './room-api';
import { startPhonePage } from './phone-page';
import { sessionTokenStore } from './token-store';

/** The participant page (issue 16): what a phone opens on the workshop's Wi-Fi. */

function sessionStorageOrNull(): Storage | null {
  try {
    // Reading the property itself throws where the browser blocks storage.
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById('page');
if (root !== null) {
  startPhonePage({
    root,
    api: createRoomApi((input, init) => fetch(input, init)),
    tokens: sessionTokenStore(sessionStorageOrNull()),
    browserLanguage: navigator.language,
  });
}
