import { describe, expect, it } from 'vitest';
import { isBlockedKioskInput, type KioskKeyInput } from '../../core/kiosk/kiosk-keys';

type Modifier = 'control' | 'meta' | 'alt' | 'shift';

/** A keyDown as Electron reports it; `code` defaults to the US key for `key`. */
function press(key: string, modifiers: Modifier[] = [], code?: string): KioskKeyInput {
  return {
    type: 'keyDown',
    key,
    code: code ?? usCode(key),
    control: modifiers.includes('control'),
    meta: modifiers.includes('meta'),
    alt: modifiers.includes('alt'),
    shift: modifiers.includes('shift'),
  };
}

function usCode(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  const symbols: Record<string, string> = {
    '+': 'Equal',
    '=': 'Equal',
    '-': 'Minus',
    _: 'Minus',
    '[': 'BracketLeft',
    ']': 'BracketRight',
    ' ': 'Space',
  };
  return symbols[key] ?? key;
}

const ctrl: Modifier[] = ['control'];
const cmd: Modifier[] = ['meta'];

describe('isBlockedKioskInput', () => {
  it('blocks developer tools', () => {
    expect(isBlockedKioskInput(press('F12'))).toBe(true);
    for (const letter of ['I', 'J', 'C']) {
      expect(isBlockedKioskInput(press(letter, ['control', 'shift']))).toBe(true);
      expect(isBlockedKioskInput(press(letter, ['meta', 'shift']))).toBe(true);
    }
    // macOS Cmd+Option+I types a dead key; the physical key still counts.
    expect(isBlockedKioskInput(press('Dead', ['meta', 'alt'], 'KeyI'))).toBe(true);
    expect(isBlockedKioskInput(press('∆', ['meta', 'alt'], 'KeyJ'))).toBe(true);
  });

  it('blocks reload', () => {
    expect(isBlockedKioskInput(press('F5'))).toBe(true);
    expect(isBlockedKioskInput(press('F5', ctrl))).toBe(true);
    expect(isBlockedKioskInput(press('r', ctrl))).toBe(true);
    expect(isBlockedKioskInput(press('r', cmd))).toBe(true);
    expect(isBlockedKioskInput(press('R', ['control', 'shift']))).toBe(true);
    expect(isBlockedKioskInput(press('BrowserRefresh'))).toBe(true);
  });

  it('blocks zoom keys, main keyboard and keypad', () => {
    for (const key of ['+', '=', '-', '_', '0']) {
      expect(isBlockedKioskInput(press(key, ctrl))).toBe(true);
      expect(isBlockedKioskInput(press(key, cmd))).toBe(true);
    }
    expect(isBlockedKioskInput(press('+', ctrl, 'NumpadAdd'))).toBe(true);
    expect(isBlockedKioskInput(press('-', ctrl, 'NumpadSubtract'))).toBe(true);
    // AZERTY: Ctrl+0 is the à key without Shift.
    expect(isBlockedKioskInput(press('à', ctrl, 'Digit0'))).toBe(true);
  });

  it('blocks close, quit, new window, hide and minimise', () => {
    for (const letter of ['w', 'q', 'n']) {
      expect(isBlockedKioskInput(press(letter, ctrl))).toBe(true);
      expect(isBlockedKioskInput(press(letter, cmd))).toBe(true);
    }
    expect(isBlockedKioskInput(press('W', ['control', 'shift']))).toBe(true);
    expect(isBlockedKioskInput(press('F4', ['alt']))).toBe(true);
    expect(isBlockedKioskInput(press('F4', ctrl))).toBe(true);
    expect(isBlockedKioskInput(press('h', cmd))).toBe(true);
    expect(isBlockedKioskInput(press('m', cmd))).toBe(true);
  });

  it('blocks print, save, open, find, view source and the address bar', () => {
    for (const letter of ['p', 's', 'o', 'f', 'u', 'l']) {
      expect(isBlockedKioskInput(press(letter, ctrl))).toBe(true);
      expect(isBlockedKioskInput(press(letter, cmd))).toBe(true);
    }
  });

  it('blocks history navigation and full screen', () => {
    expect(isBlockedKioskInput(press('ArrowLeft', ['alt']))).toBe(true);
    expect(isBlockedKioskInput(press('ArrowRight', ['alt']))).toBe(true);
    expect(isBlockedKioskInput(press('BrowserBack'))).toBe(true);
    expect(isBlockedKioskInput(press('BrowserForward'))).toBe(true);
    expect(isBlockedKioskInput(press('[', cmd))).toBe(true);
    expect(isBlockedKioskInput(press(']', cmd))).toBe(true);
    expect(isBlockedKioskInput(press('F11'))).toBe(true);
    expect(isBlockedKioskInput(press('f', ['control', 'meta']))).toBe(true);
  });

  it('blocks the key release as well as the press', () => {
    expect(isBlockedKioskInput({ ...press('r', ctrl), type: 'keyUp' })).toBe(true);
  });

  it('finds shortcuts by the physical key on non-Latin layouts', () => {
    // Russian layout: Ctrl+R types "к", Ctrl+Shift+I types "Ш".
    expect(isBlockedKioskInput(press('к', ctrl, 'KeyR'))).toBe(true);
    expect(isBlockedKioskInput(press('Ш', ['control', 'shift'], 'KeyI'))).toBe(true);
  });

  it('leaves the keys the app and typing need', () => {
    for (const key of [
      'Escape',
      'Tab',
      'ArrowLeft',
      'ArrowRight',
      'ArrowUp',
      'ArrowDown',
      'Enter',
      ' ',
      'Backspace',
      'Delete',
      'Home',
      'End',
      'a',
      'r',
      'Q',
      '0',
      '+',
      'é',
    ]) {
      expect(isBlockedKioskInput(press(key)), key).toBe(false);
      expect(isBlockedKioskInput(press(key, ['shift'])), `Shift+${key}`).toBe(false);
    }
    expect(isBlockedKioskInput(press('Tab', ['shift']))).toBe(false);
  });

  it('leaves editing shortcuts: select all, undo, redo, copy, cut, paste', () => {
    for (const letter of ['a', 'z', 'y', 'c', 'v', 'x']) {
      expect(isBlockedKioskInput(press(letter, ctrl)), `Ctrl+${letter}`).toBe(false);
      expect(isBlockedKioskInput(press(letter, cmd)), `Cmd+${letter}`).toBe(false);
    }
    expect(isBlockedKioskInput(press('Z', ['meta', 'shift']))).toBe(false);
    expect(isBlockedKioskInput(press('Z', ['control', 'shift']))).toBe(false);
    // AZERTY: Ctrl+A is the key where QWERTY has Q; the typed letter decides.
    expect(isBlockedKioskInput(press('a', ctrl, 'KeyQ'))).toBe(false);
    expect(isBlockedKioskInput(press('z', ctrl, 'KeyW'))).toBe(false);
  });

  it('leaves word- and line-wise caret movement and deletion', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'Backspace', 'Delete']) {
      expect(isBlockedKioskInput(press(key, ctrl)), `Ctrl+${key}`).toBe(false);
      // macOS: Cmd+Left/Right go to the line's ends, Cmd+Backspace deletes to its start.
      expect(isBlockedKioskInput(press(key, cmd)), `Cmd+${key}`).toBe(false);
    }
  });

  it('leaves characters typed with AltGr (Windows reports it as Ctrl+Alt)', () => {
    expect(isBlockedKioskInput(press('@', ['control', 'alt'], 'KeyQ'))).toBe(false);
    expect(isBlockedKioskInput(press('ś', ['control', 'alt'], 'KeyS'))).toBe(false);
    expect(isBlockedKioskInput(press('€', ['control', 'alt'], 'KeyE'))).toBe(false);
  });

  it('leaves macOS Option characters', () => {
    expect(isBlockedKioskInput(press('ß', ['alt'], 'KeyS'))).toBe(false);
    expect(isBlockedKioskInput(press('ø', ['alt'], 'KeyO'))).toBe(false);
  });

  it('ignores anything that is not a key event', () => {
    expect(isBlockedKioskInput({ ...press('F5'), type: 'mouseDown' })).toBe(false);
  });
});
