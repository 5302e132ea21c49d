import { describe, expect, it } from 'vitest';
import { shellStringsFor } from '../../renderer/shell/strings';

describe('the words around a slide follow the lesson language', () => {
  it('picks Spanish for any Spanish tag and English for anything else', () => {
    expect(shellStringsFor('es').next).toBe('Siguiente');
    expect(shellStringsFor('es-MX').getHelp).toBe('Pedir ayuda ahora');
    expect(shellStringsFor('fr').next).toBe('Next');
    expect(shellStringsFor(undefined).next).toBe('Next');
    expect(shellStringsFor('constructor').next).toBe('Next');
  });

  it('has every Spanish string filled in and translated', () => {
    const en = shellStringsFor('en');
    const es = shellStringsFor('es');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      // Every template takes numbers or short words; 2 and 5 stand in for either.
      const [a, b] = [en[key], es[key]].map((v) =>
        JSON.stringify(typeof v === 'function' ? (v as (...args: number[]) => string)(2, 5) : v),
      );
      expect(b, key).not.toBe('""');
      expect(b, key).not.toBe(a);
    }
  });
});
