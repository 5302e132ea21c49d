import type { SaveFileRequest, SaveFileResult } from '../../../contract/api';

/** In a plain browser "save" is a download; the browser asks where, or uses Downloads. */
export function downloadFile(request: SaveFileRequest, doc: Document = document): SaveFileResult {
  const bytes = Uint8Array.from(atob(request.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: request.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true };
}
