import { postToShell } from '../../bridge';

/**
 * The stage is a sandboxed iframe without allow-downloads, so it cannot save
 * anything itself: it hands the bytes to the shell, which asks the person
 * where to save (Electron) or starts a download (browser).
 */
export function saveFile(suggestedName: string, mimeType: string, bytes: Uint8Array): void {
  postToShell({ type: 'save-file', suggestedName, mimeType, base64: bytesToBase64(bytes) });
}

export function saveTextFile(suggestedName: string, text: string): void {
  saveFile(suggestedName, 'text/plain;charset=utf-8', new TextEncoder().encode(text));
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
