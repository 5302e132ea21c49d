import type { SaveOutcome, SaveRefusal } from '../../../../contract/stage-protocol';
import { postToShell } from '../../bridge';
import { isKiosk } from '../../kiosk-policy';

/**
 * The stage is a sandboxed iframe without allow-downloads, so it cannot save
 * anything itself: it hands the bytes to the shell, which asks the person
 * in its own dialog and then saves through the host (the system's save
 * dialog in Electron, a download in the browser). The shell answers every
 * request, so an exercise can tell the person what really happened.
 */
export interface SaveAnswer {
  outcome: SaveOutcome;
  reason?: SaveRefusal;
}

let nextId = 1;
const waiting = new Map<number, (answer: SaveAnswer) => void>();

export function saveFile(
  suggestedName: string,
  mimeType: string,
  bytes: Uint8Array,
): Promise<SaveAnswer> {
  // A kiosk offers no file (the next person at the screen could open it); no
  // exercise asks there, and a request that comes anyway never reaches the shell.
  if (isKiosk()) return Promise.resolve({ outcome: 'refused', reason: 'type-not-allowed' });
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    postToShell({ type: 'save-file', id, suggestedName, mimeType, base64: bytesToBase64(bytes) });
  });
}

export function saveTextFile(suggestedName: string, text: string): Promise<SaveAnswer> {
  return saveFile(suggestedName, 'text/plain;charset=utf-8', new TextEncoder().encode(text));
}

/** The shell's `save-result`; an id this stage never used is ignored. */
export function settleSave(id: number, answer: SaveAnswer): void {
  const resolve = waiting.get(id);
  if (!resolve) return;
  waiting.delete(id);
  resolve(answer);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a whole PDF as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** "reflection-2026-11-03.txt": a date helps people find the file later. */
export function datedName(stem: string, extension: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${stem}-${day}.${extension}`;
}
