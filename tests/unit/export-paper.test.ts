import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../core/export/paper';

describe('the default paper', () => {
  it('follows LC_ALL, then LC_PAPER, then LANG, as POSIX orders them', () => {
    const env = { LC_ALL: 'en_US.UTF-8', LC_PAPER: 'de_DE.UTF-8', LANG: 'en_GB.UTF-8' };
    expect(defaultPaper(env, 'en-GB')).toEqual({ paper: 'letter', from: 'LC_ALL=en_US.UTF-8' });
    expect(defaultPaper({ ...env, LC_ALL: '' }, 'en-US')).toEqual({
      paper: 'a4',
      from: 'LC_PAPER=de_DE.UTF-8',
    });
    expect(defaultPaper({ LANG: 'es_MX.UTF-8' }, 'en-GB')).toEqual({
      paper: 'letter',
      from: 'LANG=es_MX.UTF-8',
    });
  });

  it('passes over locales that name no country (C, POSIX, C.UTF-8) to the system’s', () => {
    expect(defaultPaper({ LC_ALL: 'C.UTF-8', LANG: 'C' }, 'en-CA')).toEqual({
      paper: 'letter',
      from: 'the system locale (en-CA)',
    });
    expect(defaultPaper({ LANG: 'POSIX' }, 'fr-FR').paper).toBe('a4');
  });

  it('is A4 when nothing names a country', () => {
    expect(defaultPaper({}, undefined)).toEqual({
      paper: 'a4',
      from: 'no locale with a country, so A4',
    });
    expect(defaultPaper({}, 'en').paper).toBe('a4');
  });

  it.each([
    ['en_US.UTF-8', 'letter'],
    ['es_CO', 'letter'],
    ['en_PH.utf8', 'letter'],
    ['en_GB.UTF-8', 'a4'],
    ['es_ES.UTF-8', 'a4'],
    ['pt_BR.UTF-8', 'a4'],
    ['ja_JP.UTF-8', 'a4'],
  ])('LANG=%s prints on %s', (lang, paper) => {
    expect(defaultPaper({ LANG: lang }, undefined).paper).toBe(paper);
  });
});
