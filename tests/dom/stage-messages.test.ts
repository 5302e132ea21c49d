import { describe, expect, it } from 'vitest';
import { parseShellMessage, parseStageMessage } from '../../renderer/shared/stage-messages';

describe('messages from the stage (untrusted)', () => {
  it('accepts each well-formed message', () => {
    expect(parseStageMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseStageMessage({ type: 'rendered', index: 3 })).toEqual({
      type: 'rendered',
      index: 3,
    });
    expect(parseStageMessage({ type: 'nav', action: 'next' })).toEqual({
      type: 'nav',
      action: 'next',
    });
    expect(parseStageMessage({ type: 'slide-error', index: 1, message: 'x' })).toEqual({
      type: 'slide-error',
      index: 1,
      message: 'x',
    });
    expect(parseStageMessage({ type: 'load-error', message: 'bad' })).toEqual({
      type: 'load-error',
      message: 'bad',
    });
    expect(
      parseStageMessage({
        type: 'save-file',
        suggestedName: 'my-plan.txt',
        mimeType: 'text/plain;charset=utf-8',
        base64: 'aGVsbG8=',
      }),
    ).toEqual({
      type: 'save-file',
      suggestedName: 'my-plan.txt',
      mimeType: 'text/plain;charset=utf-8',
      base64: 'aGVsbG8=',
    });
  });

  it('drops extra fields instead of passing them on', () => {
    expect(parseStageMessage({ type: 'ready', evil: true })).toEqual({ type: 'ready' });
  });

  it('refuses anything malformed', () => {
    const bad: unknown[] = [
      null,
      'next',
      [],
      { type: 'nav', action: 'teleport' },
      { type: 'rendered', index: -1 },
      { type: 'rendered', index: 1.5 },
      { type: 'rendered', index: '2' },
      { type: 'slide-error', index: 0, message: 'x'.repeat(10_000) },
      { type: 'save-file', suggestedName: '../../etc/passwd', mimeType: 'text/plain', base64: '' },
      { type: 'save-file', suggestedName: 'a.txt', mimeType: 'text/html<script>', base64: '' },
      { type: 'save-file', suggestedName: 'a.txt', mimeType: 'text/plain', base64: 'not base64!' },
      { type: 'load', code: 'x' },
    ];
    for (const data of bad) expect(parseStageMessage(data), JSON.stringify(data)).toBeNull();
  });
});

describe('messages from the shell', () => {
  const slide = { index: 0, line: 5, title: 'Hi', notes: null };

  it('accepts load, goto and reset-session', () => {
    const load = {
      type: 'load',
      lessonKey: 'a@1',
      code: 'return {}',
      slides: [slide],
      index: 0,
      language: 'en',
    };
    expect(parseShellMessage(load)).toEqual(load);
    expect(parseShellMessage({ type: 'goto', index: 2 })).toEqual({ type: 'goto', index: 2 });
    expect(parseShellMessage({ type: 'reset-session' })).toEqual({ type: 'reset-session' });
  });

  it('refuses malformed ones', () => {
    expect(
      parseShellMessage({
        type: 'load',
        lessonKey: 'a',
        code: 1,
        slides: [],
        index: 0,
        language: 'en',
      }),
    ).toBeNull();
    expect(
      parseShellMessage({
        type: 'load',
        lessonKey: 'a',
        code: '',
        slides: [{ index: 'x' }],
        index: 0,
        language: 'en',
      }),
    ).toBeNull();
    expect(parseShellMessage({ type: 'goto', index: -1 })).toBeNull();
    expect(parseShellMessage({ type: 'nav', action: 'next' })).toBeNull();
  });
});
