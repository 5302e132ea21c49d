import type { Diagnostic } from '../../contract/diagnostics';
import { diagnostic } from './diagnostic';

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a lesson file's bytes into text, or says plainly why it cannot be a
 * lesson (empty, not UTF-8, binary). A UTF-8 BOM is dropped: editors do not
 * count it as a column.
 */
export function readSourceText(bytes: Uint8Array, file: string): SourceText {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(
      diagnostic(
        file,
        1,
        1,
        'error',
        'not-utf8',
        'This file is not UTF-8 text. Save it from your editor as "UTF-8" (plain text), not as a Word document or another encoding.',
      ),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const before = text.slice(0, nul).split(/\r\n|\r|\n/);
    return fail(
      diagnostic(
        file,
        before.length,
        (before.at(-1)?.length ?? 0) + 1,
        'error',
        'not-utf8',
        'This file contains binary data (a NUL byte), so it is not a text lesson. Lessons are plain-text .mdx files.',
      ),
    );
  }
  if (text.trim() === '') {
    return fail(
      diagnostic(
        file,
        1,
        1,
        'error',
        'empty-file',
        'This lesson file is empty. Add frontmatter (title, duration) and at least one slide.',
      ),
    );
  }
  return { ok: true, text };
}

function fail(d: Diagnostic): SourceText {
  return { ok: false, diagnostic: d };
}
