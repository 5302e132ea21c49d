// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { elementOwnsKey } from '../../renderer/shared/key-ownership';

function make(html: string, selector: string): Element {
  document.body.innerHTML = html;
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('elementOwnsKey', () => {
  it('never keeps F1, the crisis shortcut, even in a text field', () => {
    for (const html of [
      '<textarea></textarea>',
      '<input>',
      '<div role="dialog"><button>x</button></div>',
    ]) {
      expect(elementOwnsKey(make(html, 'textarea, input, button'), 'F1'), html).toBe(false);
    }
  });

  it('lets a picked card, an open menu or a dialog take Esc', () => {
    const card = make('<button data-takes-escape>Water</button>', 'button');
    expect(elementOwnsKey(card, 'Escape')).toBe(true);
    const menu = make('<button aria-expanded="true">Menu</button>', 'button');
    expect(elementOwnsKey(menu, 'Escape')).toBe(true);
    expect(elementOwnsKey(make('<button>Plain</button>', 'button'), 'Escape')).toBe(false);
  });

  it('keeps every key for text entry', () => {
    for (const html of [
      '<textarea></textarea>',
      '<input type="text">',
      '<input>',
      '<div contenteditable="true"><p>x</p></div>',
    ]) {
      const el = make(html, 'textarea, input, p');
      for (const k of [' ', 'ArrowLeft', 'Home', 'End']) {
        expect(elementOwnsKey(el, k), `${html} ${k}`).toBe(true);
      }
    }
  });

  it('lets buttons have Enter but not Space or the arrows', () => {
    const button = make('<button>Pick</button>', 'button');
    // Space is a clicker's "next" (tests/dom/key-ownership-clicker.test.ts).
    expect(elementOwnsKey(button, ' ')).toBe(false);
    expect(elementOwnsKey(button, 'Enter')).toBe(true);
    expect(elementOwnsKey(button, 'ArrowRight')).toBe(false);
    expect(elementOwnsKey(button, 'PageDown')).toBe(false);
  });

  it('lets radio groups and sliders have their arrows', () => {
    const radio = make(
      '<div role="radiogroup"><span role="radio" tabindex="0">1</span></div>',
      '[role=radio]',
    );
    expect(elementOwnsKey(radio, 'ArrowRight')).toBe(true);
    expect(elementOwnsKey(radio, ' ')).toBe(true);
    const range = make('<input type="range">', 'input');
    expect(elementOwnsKey(range, 'ArrowLeft')).toBe(true);
    const slider = make('<div role="slider" tabindex="0"></div>', 'div');
    expect(elementOwnsKey(slider, 'Home')).toBe(true);
  });

  it('lets a component claim all keys for its subtree', () => {
    const inner = make('<div data-owns-keys><span tabindex="0">x</span></div>', 'span');
    expect(elementOwnsKey(inner, 'ArrowRight')).toBe(true);
  });

  it('gives navigation to plain content', () => {
    const p = make('<section><p>Text</p></section>', 'p');
    for (const k of [' ', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageUp', 'Escape']) {
      expect(elementOwnsKey(p, k), k).toBe(false);
    }
    expect(elementOwnsKey(null, 'ArrowRight')).toBe(false);
    expect(elementOwnsKey(document.body, ' ')).toBe(false);
  });

  it('lets an open menu close on Escape first', () => {
    const opener = make('<button aria-expanded="true">Menu</button>', 'button');
    expect(elementOwnsKey(opener, 'Escape')).toBe(true);
  });
});
