import {
  SAVE_LIMITS,
  SAVEABLE_FILE_TYPES,
  type SaveableFileType,
  type SaveRefusal,
} from '../../contract/stage-protocol';

/**
 * What the shell does with a lesson's request to save a file. The request
 * comes from lesson code, so it may be forged: the shell offers only the
 * file types the exercises produce, under a name it has cleaned itself, and
 * never more than one question at a time or a few a minute. Saving happens
 * only when the person clicks Save in the shell's own dialog.
 */

export interface SaveOffer {
  /** The cleaned name the dialog shows and the file is saved under. */
  name: string;
  type: SaveableFileType;
  base64: string;
  bytes: number;
}

export type SaveJudgement = { ok: true; offer: SaveOffer } | { ok: false; reason: SaveRefusal };

// Characters that change how a name reads without being visible: bidi
// overrides and isolates ("notes\u202Etxt.exe" shows as "notesexe.txt"),
// zero-width characters and the byte-order mark.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
// C0 and C1 control characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const FORBIDDEN = /[/\\:*?"<>|]/gu;
// Names Windows reserves for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/iu;
const FALLBACK_STEM = 'groundwork-file';

/** The file type a MIME type names, if it is on the allow-list. */
export function saveableType(mimeType: string): SaveableFileType | null {
  const normal = mimeType.toLowerCase().replace(/\s+/gu, '');
  return SAVEABLE_FILE_TYPES.find((type) => type.acceptedMimeTypes.includes(normal)) ?? null;
}

/**
 * A plain name with the type's own extension, or null when the suggested
 * name ends in anything else (a ".txt" that is really ".exe").
 */
export function cleanFileName(suggested: string, type: SaveableFileType): string | null {
  const plain = suggested
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  const dot = plain.lastIndexOf('.');
  if (dot < 0 || plain.slice(dot + 1).toLowerCase() !== type.extension) return null;
  // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
  let stem = plain.slice(0, dot).replace(/^[.\s]+|[.\s]+$/gu, '');
  if (stem === '' || RESERVED.test(stem)) stem = stem === '' ? FALLBACK_STEM : `${stem}-file`;
  const room = SAVE_LIMITS.maxNameLength - type.extension.length - 1;
  return `${[...stem].slice(0, room).join('')}.${type.extension}`;
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

function decode(base64: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The bytes really are what the type says: a PDF starts with %PDF-, a text file is UTF-8. */
function contentMatches(type: SaveableFileType, bytes: Uint8Array): boolean {
  if (type.extension === 'pdf') {
    return new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !text.includes('\u0000');
  } catch {
    return false;
  }
}

/** Type, name and size; the rate limits are `SaveRateLimiter`'s. */
export function judgeSaveRequest(request: {
  suggestedName: string;
  mimeType: string;
  base64: string;
}): SaveJudgement {
  const type = saveableType(request.mimeType);
  if (!type) return { ok: false, reason: 'type-not-allowed' };
  const name = cleanFileName(request.suggestedName, type);
  if (!name) return { ok: false, reason: 'type-not-allowed' };
  if (request.base64.length % 4 !== 0) return { ok: false, reason: 'type-not-allowed' };
  const bytes = decodedLength(request.base64);
  if (bytes > SAVE_LIMITS.maxBytes) return { ok: false, reason: 'too-large' };
  const decoded = decode(request.base64);
  if (!decoded || !contentMatches(type, decoded)) return { ok: false, reason: 'type-not-allowed' };
  return { ok: true, offer: { name, type, base64: request.base64, bytes } };
}

const MINUTE_MS = 60_000;

/** One question at a time, and at most `SAVE_LIMITS.maxPerMinute` questions in any minute. */
export class SaveRateLimiter {
  private shown: number[] = [];
  private pending = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Takes a place for a new question, or says why not. */
  admit(): SaveRefusal | null {
    if (this.pending >= SAVE_LIMITS.maxPending) return 'busy';
    const now = this.now();
    this.shown = this.shown.filter((at) => now - at < MINUTE_MS);
    if (this.shown.length >= SAVE_LIMITS.maxPerMinute) return 'too-many';
    this.shown.push(now);
    this.pending += 1;
    return null;
  }

  /** The question on screen was answered (saved, cancelled or failed). */
  settle(): void {
    this.pending = Math.max(0, this.pending - 1);
  }
}

/** "less than 1 KB", "12 KB", "1.2 MB", with the language's decimal mark. */
export function formatFileSize(bytes: number, language: string, underOneKilobyte: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return underOneKilobyte;
  if (bytes < 1024 * 1024) return `${number(Math.ceil(bytes / 1024), 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
