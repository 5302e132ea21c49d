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
    expect(parseStageMessage({ type: 'slide-error', index: 1 })).toEqual({
      type: 'slide-error',
      index: 1,
    });
    expect(parseStageMessage({ type: 'load-error' })).toEqual({ type: 'load-error' });
    expect(
      parseStageMessage({
        type: 'save-file',
        id: 3,
        suggestedName: 'my-plan.txt',
        mimeType: 'text/plain;charset=utf-8',
        base64: 'aGVsbG8=',
      }),
    ).toEqual({
      type: 'save-file',
      id: 3,
      suggestedName: 'my-plan.txt',
      mimeType: 'text/plain;charset=utf-8',
      base64: 'aGVsbG8=',
    });
    expect(parseStageMessage({ type: 'pong', seq: 7 })).toEqual({ type: 'pong', seq: 7 });
    expect(parseStageMessage({ type: 'pointerdown' })).toEqual({ type: 'pointerdown' });
    expect(parseStageMessage({ type: 'release-keyboard' })).toEqual({ type: 'release-keyboard' });
    expect(parseStageMessage({ type: 'activity', at: 5 })).toEqual({ type: 'activity' });
    expect(parseStageMessage({ type: 'print-text', text: 'my words' })).toEqual({
      type: 'print-text',
      text: 'my words',
    });
    // Nothing to print, or more than a take-home page holds: refused.
    expect(parseStageMessage({ type: 'print-text', text: '' })).toBeNull();
    expect(parseStageMessage({ type: 'print-text', text: 'x'.repeat(20_001) })).toBeNull();
  });

  it('keeps none of the lesson’s words from an error: the shell uses its own', () => {
    expect(parseStageMessage({ type: 'load-error', message: 'Call 0800 555 0199' })).toEqual({
      type: 'load-error',
    });
    expect(parseStageMessage({ type: 'slide-error', index: 0, message: 'Call me' })).toEqual({
      type: 'slide-error',
      index: 0,
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
      { type: 'slide-error', index: -1 },
      {
        type: 'save-file',
        id: 1,
        suggestedName: '../../etc/passwd',
        mimeType: 'text/plain',
        base64: '',
      },
      {
        type: 'save-file',
        id: 1,
        suggestedName: 'a.txt',
        mimeType: 'text/html<script>',
        base64: '',
      },
      {
        type: 'save-file',
        id: 1,
        suggestedName: 'a.txt',
        mimeType: 'text/plain',
        base64: 'not base64!',
      },
      { type: 'save-file', suggestedName: 'a.txt', mimeType: 'text/plain', base64: '' },
      { type: 'save-file', id: -1, suggestedName: 'a.txt', mimeType: 'text/plain', base64: '' },
      { type: 'pong', seq: 'x' },
      { type: 'load', code: 'x' },
    ];
    for (const data of bad) expect(parseStageMessage(data), JSON.stringify(data)).toBeNull();
  });
});

describe('messages from the shell', () => {
  const slide = { index: 0, line: 5, title: 'Hi', notes: null };

  it('accepts load, goto, ping, save-result and focus-from-shell', () => {
    const load = {
      type: 'load',
      lessonKey: 'a@1',
      code: 'return {}',
      slides: [slide],
      index: 0,
      language: 'en',
      kiosk: false,
      printer: false,
      reading: false,
    };
    expect(parseShellMessage(load)).toEqual(load);
    expect(parseShellMessage({ ...load, kiosk: true })).toEqual({ ...load, kiosk: true });
    // A load that does not say whether it is a kiosk is refused: the stage must not guess.
    const { kiosk: _kiosk, ...unsaid } = load;
    expect(parseShellMessage(unsaid)).toBeNull();
    const { printer: _printer, ...noPrinter } = load;
    expect(parseShellMessage(noPrinter)).toBeNull();
    expect(parseShellMessage({ type: 'text-scale', scale: 1.5 })).toEqual({
      type: 'text-scale',
      scale: 1.5,
    });
    expect(parseShellMessage({ type: 'text-scale', scale: 9 })).toBeNull();
    expect(parseShellMessage({ type: 'goto', index: 2 })).toEqual({ type: 'goto', index: 2 });
    expect(parseShellMessage({ type: 'ping', seq: 4 })).toEqual({ type: 'ping', seq: 4 });
    expect(parseShellMessage({ type: 'save-result', id: 2, outcome: 'saved' })).toEqual({
      type: 'save-result',
      id: 2,
      outcome: 'saved',
    });
    expect(
      parseShellMessage({ type: 'save-result', id: 2, outcome: 'refused', reason: 'busy' }),
    ).toEqual({ type: 'save-result', id: 2, outcome: 'refused', reason: 'busy' });
    expect(parseShellMessage({ type: 'focus-from-shell' })).toEqual({ type: 'focus-from-shell' });
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
    expect(parseShellMessage({ type: 'reset-session' })).toBeNull();
    expect(parseShellMessage({ type: 'save-result', id: 1, outcome: 'maybe' })).toBeNull();
    expect(
      parseShellMessage({ type: 'save-result', id: 1, outcome: 'refused', reason: 'because' }),
    ).toBeNull();
    expect(parseShellMessage({ type: 'nav', action: 'next' })).toBeNull();
  });
});
