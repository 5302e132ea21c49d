import { describe, expect, it } from 'vitest';
import { SAVE_LIMITS, SAVEABLE_FILE_TYPES } from '../../contract/stage-protocol';
import {
  cleanFileName,
  formatFileSize,
  judgeSaveRequest,
  SaveRateLimiter,
  saveableType,
} from '../../renderer/shell/save-policy';

const text = (s: string) => btoa(s);
const txt = SAVEABLE_FILE_TYPES.find((t) => t.extension === 'txt')!;
const pdf = SAVEABLE_FILE_TYPES.find((t) => t.extension === 'pdf')!;

describe('which files a lesson may offer to save', () => {
  it('allows exactly what the exercises produce: PDF and plain text', () => {
    expect(SAVEABLE_FILE_TYPES.map((t) => t.extension).sort()).toEqual(['pdf', 'txt']);
    expect(saveableType('application/pdf')).toBe(pdf);
    expect(saveableType('text/plain;charset=utf-8')).toBe(txt);
    expect(saveableType('Text/Plain; charset=UTF-8')).toBe(txt);
    for (const refused of [
      'application/octet-stream',
      'application/x-msdownload',
      'application/javascript',
      'text/html',
      'image/svg+xml',
      'application/x-sh',
      'text/plain;charset=utf-16',
    ]) {
      expect(saveableType(refused), refused).toBeNull();
    }
  });

  it('refuses a name whose real extension is not the type’s', () => {
    expect(cleanFileName('setup.exe', txt)).toBeNull();
    expect(cleanFileName('plan.txt.exe', txt)).toBeNull();
    expect(cleanFileName('plan', txt)).toBeNull();
    // "notes\u202Etxt.exe" reads as "notesexe.txt" on screen; it really ends in .exe.
    expect(cleanFileName('notes\u202Etxt.exe', txt)).toBeNull();
    expect(cleanFileName('plan.pdf', txt)).toBeNull();
  });

  it('cleans what it keeps: no invisible characters, separators or hidden files', () => {
    expect(cleanFileName('my-plan-2026-11-03.pdf', pdf)).toBe('my-plan-2026-11-03.pdf');
    expect(cleanFileName('My Plan.PDF', pdf)).toBe('My Plan.pdf');
    expect(cleanFileName('a\u200bb\u2066c.txt', txt)).toBe('abc.txt');
    expect(cleanFileName('a:b*c?.txt', txt)).toBe('a-b-c-.txt');
    expect(cleanFileName('  ..hidden .txt', txt)).toBe('hidden.txt');
    expect(cleanFileName('.txt', txt)).toBe('groundwork-file.txt');
    expect(cleanFileName('CON.txt', txt)).toBe('CON-file.txt');
    expect(cleanFileName('tab\there\nnow.txt', txt)).toBe('tabherenow.txt');
    const long = cleanFileName(`${'x'.repeat(300)}.txt`, txt)!;
    expect(long.length).toBe(SAVE_LIMITS.maxNameLength);
    expect(long.endsWith('.txt')).toBe(true);
  });

  it('checks that the bytes are what the type says', () => {
    const request = (suggestedName: string, mimeType: string, base64: string) =>
      judgeSaveRequest({ suggestedName, mimeType, base64 });
    expect(request('a.txt', 'text/plain', text('hello'))).toMatchObject({
      ok: true,
      offer: { name: 'a.txt', bytes: 5, type: txt },
    });
    expect(request('a.pdf', 'application/pdf', text('%PDF-1.7 rest'))).toMatchObject({ ok: true });
    expect(request('a.pdf', 'application/pdf', text('MZ\u0090\u0000'))).toEqual({
      ok: false,
      reason: 'type-not-allowed',
    });
    expect(request('a.txt', 'text/plain', btoa('MZ\u0090\u0000\u0003'))).toEqual({
      ok: false,
      reason: 'type-not-allowed',
    });
    expect(request('a.exe', 'application/octet-stream', text('MZ'))).toEqual({
      ok: false,
      reason: 'type-not-allowed',
    });
  });

  it('refuses files larger than the limit', () => {
    const big = 'A'.repeat(Math.ceil((SAVE_LIMITS.maxBytes + 3) / 3) * 4);
    expect(
      judgeSaveRequest({ suggestedName: 'a.txt', mimeType: 'text/plain', base64: big }),
    ).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('how often a lesson may ask', () => {
  it('allows one question at a time', () => {
    const limiter = new SaveRateLimiter(() => 0);
    expect(limiter.admit()).toBeNull();
    expect(limiter.admit()).toBe('busy');
    limiter.settle();
    expect(limiter.admit()).toBeNull();
  });

  it('allows only a few questions in any minute', () => {
    let now = 0;
    const limiter = new SaveRateLimiter(() => now);
    for (let i = 0; i < SAVE_LIMITS.maxPerMinute; i++) {
      expect(limiter.admit()).toBeNull();
      limiter.settle();
      now += 1_000;
    }
    expect(limiter.admit()).toBe('too-many');
    now = 60_000;
    expect(limiter.admit()).toBeNull();
  });
});

describe('file sizes in the question', () => {
  it('reads plainly in the lesson’s language', () => {
    expect(formatFileSize(5, 'en', 'less than 1 KB')).toBe('less than 1 KB');
    expect(formatFileSize(12_000, 'en', '')).toBe('12 KB');
    expect(formatFileSize(1_300_000, 'en', '')).toBe('1.2 MB');
    expect(formatFileSize(1_300_000, 'es', '')).toBe('1,2 MB');
  });
});
