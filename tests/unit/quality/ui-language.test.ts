import { describe, expect, it } from 'vitest';
import { qualityDiagnostics } from './parse-lesson';

async function uiLanguage(front: string): Promise<{ at: string; message: string }[]> {
  const source = `---\ntitle: Test\nduration: 10\nobjectives: [a]\nsources: [b]\n${front}---\n\nHello.\n\n<Notes minutes={10}>Hi.</Notes>\n`;
  return (await qualityDiagnostics(source))
    .filter((d) => d.code === 'ui-language')
    .map((d) => ({ at: `${d.line}:${d.column}`, message: d.message }));
}

describe('ui-language: a lesson in a language the exercises do not speak', () => {
  it('warns at the language value, saying the buttons and hints would be English', async () => {
    const found = await uiLanguage('language: fr-CA\n');
    expect(found.map((d) => d.at)).toEqual(['6:11']);
    expect(found[0]?.message).toContain('"fr-CA"');
    expect(found[0]?.message).toContain('buttons and hints');
    expect(found[0]?.message).toContain('would show in English');
    expect(found[0]?.message).toContain('English (en) and Spanish (es)');
  });

  it('warns for a right-to-left language too', async () => {
    expect((await uiLanguage('language: ar\n')).map((d) => d.at)).toEqual(['6:11']);
  });

  it('is quiet for English, Spanish, their regional tags, and no language at all', async () => {
    for (const front of [
      'language: en\n',
      'language: es\n',
      'language: es-MX\n',
      'language: EN-gb\n',
      '',
    ]) {
      expect(await uiLanguage(front), front).toEqual([]);
    }
  });

  it('is silenced by a YAML comment in the frontmatter', async () => {
    expect(await uiLanguage('# groundwork-ignore ui-language\nlanguage: fr\n')).toEqual([]);
  });
});
