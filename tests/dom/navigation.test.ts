import { describe, expect, it } from 'vitest';
import { applyNavAction, keyToNavAction, type KeyLike } from '../../renderer/shared/navigation';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods };
}

describe('presenter keys', () => {
  it('maps the clicker and keyboard keys', () => {
    expect(keyToNavAction(key('ArrowRight'))).toBe('next');
    expect(keyToNavAction(key('PageDown'))).toBe('next');
    expect(keyToNavAction(key(' '))).toBe('next');
    expect(keyToNavAction(key(' ', { shiftKey: true }))).toBe('prev');
    expect(keyToNavAction(key('ArrowLeft'))).toBe('prev');
    expect(keyToNavAction(key('PageUp'))).toBe('prev');
    expect(keyToNavAction(key('Home'))).toBe('first');
    expect(keyToNavAction(key('End'))).toBe('last');
    expect(keyToNavAction(key('Escape'))).toBe('exit');
  });

  it("maps the facilitator keys, including a clicker's blackout and F5", () => {
    const map = Object.fromEntries(
      ['g', 'O', 'b', '.', 'w', 'P', 'f', '?', 'a', 'F5', 'n', 'h'].map((k) => [
        k,
        keyToNavAction(key(k)),
      ]),
    );
    expect(map).toEqual({
      g: 'goto-prompt',
      O: 'overview',
      b: 'black',
      '.': 'black',
      w: 'white',
      P: 'pause',
      f: 'fullscreen',
      '?': 'help',
      a: 'swap-view',
      F5: 'present',
      n: 'notes',
      h: 'crisis',
    });
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(keyToNavAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(keyToNavAction(key('End', { ctrlKey: true }))).toBeNull();
    expect(keyToNavAction(key('ArrowRight', { metaKey: true }))).toBeNull();
    expect(keyToNavAction(key('q'))).toBeNull();
    expect(keyToNavAction(key('Enter'))).toBeNull();
  });
});

describe('applyNavAction', () => {
  it('moves within the lesson and stops at both ends', () => {
    expect(applyNavAction('next', 0, 3)).toEqual({ kind: 'goto', index: 1 });
    expect(applyNavAction('next', 2, 3)).toEqual({ kind: 'none' });
    expect(applyNavAction('prev', 0, 3)).toEqual({ kind: 'none' });
    expect(applyNavAction('prev', 2, 3)).toEqual({ kind: 'goto', index: 1 });
    expect(applyNavAction('first', 2, 3)).toEqual({ kind: 'goto', index: 0 });
    expect(applyNavAction('last', 0, 3)).toEqual({ kind: 'goto', index: 2 });
    expect(applyNavAction('last', 2, 3)).toEqual({ kind: 'none' });
    expect(applyNavAction('exit', 1, 3)).toEqual({ kind: 'exit' });
  });

  it('copes with an empty lesson', () => {
    expect(applyNavAction('next', 0, 0)).toEqual({ kind: 'none' });
    expect(applyNavAction('last', 0, 0)).toEqual({ kind: 'none' });
  });
});
