import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERM_SOURCES, termLanguages, termsFor } from '../../../core/quality/terms';
import { fixtureDiagnostics, qualityDiagnostics } from './parse-lesson';

const fixtures = resolve(import.meta.dirname, '../../fixtures/quality');
const run = (name: string) => fixtureDiagnostics(`${fixtures}/${name}`, name);
const brief = async (name: string) =>
  (await run(name)).map((d) => `${d.line}:${d.column} ${d.code}`);

describe('language check', () => {
  it('flags each stigmatising term at the exact line and column of its first letter', async () => {
    const found = await run('language.mdx');
    expect(found.every((d) => d.severity === 'warning' && d.file === 'language.mdx')).toBe(true);
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.split('"')[1]}`)).toEqual([
      '10:6 addict',
      '12:4 committed suicide', // split by emphasis markup, still one phrase
      '12:49 Alcoholic',
      '15:8 substance abuse', // speaker notes are read aloud, so they are checked too
      '20:49 stayed clean', // "keep the kitchen clean" on the same line is not about drug use
      '32:22 junkie', // a JSX string attribute
      '32:62 lunatic', // a string inside an array attribute
      '40:1 Substance abusers',
      '40:20 schizophrenics',
      '40:46 suffering from', // across a line break
    ]);
  });

  it('suggests person-first wording', async () => {
    const addict = (await run('language.mdx')).find((d) => d.line === 10);
    expect(addict?.message).toContain('person with a substance use disorder');
  });

  it('leaves code, URLs, frontmatter sources and longer words alone', async () => {
    const lines = (await run('language.mdx')).map((d) => d.line);
    expect(lines).not.toContain(7); // sources: "Drug abuse and the addict"
    expect(lines).not.toContain(22); // inline code and a URL
    expect(lines).not.toContain(25); // fenced code
    expect(lines).not.toContain(28); // "addiction" is not "addict"
  });

  it('is silenced per line, per code, inside attributes and over a multi-line tag', async () => {
    // Only the warnings whose directive names another code, or a misspelt one, remain.
    // The fixture's second slide is also too tall for the projected slide, which is reported too.
    expect(await brief('language-silenced.mdx')).toEqual([
      '19:21 language',
      '25:1 slide-overflow',
      '34:33 language',
    ]);
  });

  it('uses the list for the lesson language', async () => {
    const found = await run('spanish.mdx');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.split('"')[1]}`)).toEqual([
      '15:17 adicto',
      '15:37 sufre de',
    ]);
    expect(found[0]?.message).toContain('persona con un trastorno por consumo de sustancias');
  });

  it('handles CRLF line endings with the same positions', async () => {
    const lf =
      '---\ntitle: x\nduration: 1\nobjectives: [a]\nsources: [b]\n---\n\nShe is an addict.\n\n<Notes minutes={1}>Hi.</Notes>\n';
    const found = await qualityDiagnostics(lf.replace(/\n/g, '\r\n'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['8:11 language']);
  });
});

describe('reading-level check', () => {
  it('warns at the first line of a slide above grade 8 and names the score', async () => {
    const found = await run('reading-level.mdx');
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '10:1 reading-level',
      '45:1 reading-level',
    ]);
    expect(found[0]?.message).toMatch(/grade \d+\.\d/);
  });

  it('does not score speaker notes, short slides or silenced slides', async () => {
    const lines = (await run('reading-level.mdx')).map((d) => d.line);
    expect(lines).not.toContain(18); // easy prose; hard words only in the notes
    expect(lines).not.toContain(28); // one hard sentence: too little text to score
    expect(lines).not.toContain(36); // silenced
  });

  it('is skipped for lessons that are not in English', async () => {
    expect((await run('spanish.mdx')).some((d) => d.code === 'reading-level')).toBe(false);
  });

  const card = (summary: string, extra = '') =>
    qualityDiagnostics(
      `---\ntitle: Medicines for substance use disorders\nduration: 5\n${extra}summary: ${summary}\nobjectives: [Know the options]\nsources: [NIDA]\n---\n\n# Hello\n\n<Notes>Say hello. (5 min)</Notes>\n`,
    ).then((found) => found.filter((d) => d.code === 'reading-level'));

  it('scores the card the library and the kiosk show: title and summary, at the summary', async () => {
    const hard = await card(
      'Pharmacological interventions administered alongside psychosocial treatment considerably improve outcomes in opioid use disorders.',
    );
    expect(hard.map((d) => `${d.line}:${d.column}`)).toEqual(['4:10']);
    expect(hard[0]?.message).toMatch(/card \(title and summary\) reads at about grade \d+\.\d/);
    const plain = await card(
      'Some medicines help people with opioid or alcohol use. Learn how they work and how to ask for them.',
    );
    expect(plain).toEqual([]);
  });

  it('leaves a card of a few words alone, and a card can be silenced in the frontmatter', async () => {
    expect(await card('Pharmacological interventions.')).toEqual([]);
    const silenced = await card(
      'Pharmacological interventions administered alongside psychosocial treatment considerably improve outcomes.',
      '# groundwork-ignore reading-level\n',
    );
    expect(silenced).toEqual([]);
  });
});

describe('completeness checks', () => {
  it('reports missing sources and objectives at line 1 and a slide without notes at its first line', async () => {
    expect(await brief('completeness.mdx')).toEqual([
      '1:1 missing-objectives',
      '1:1 missing-sources',
      '12:1 missing-notes',
    ]);
  });

  it('does not compare the duration when a slide has no timed notes', async () => {
    expect((await run('completeness.mdx')).some((d) => d.code === 'duration-mismatch')).toBe(false);
  });

  it('reports a duration that differs from the notes by more than 10%, at the duration value', async () => {
    const found = await run('duration.mdx');
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:11 duration-mismatch']);
    expect(found[0]?.message).toContain('20 minutes');
    expect(found[0]?.message).toContain('30 minutes');
  });

  it('accepts a sum within 10% of the duration', async () => {
    const source = (duration: number) =>
      `---\ntitle: x\nduration: ${duration}\nobjectives: [a]\nsources: [b]\n---\n\n# One\n\n<Notes minutes={10}>Hi.</Notes>\n\n---\n\n# Two\n\n<Notes minutes={8}>Bye.</Notes>\n`;
    expect(await qualityDiagnostics(source(20))).toEqual([]);
    expect((await qualityDiagnostics(source(21))).map((d) => d.code)).toEqual([
      'duration-mismatch',
    ]);
  });

  it('is silenced by a YAML comment in the frontmatter and an MDX comment on the slide', async () => {
    expect(await brief('duration-silenced.mdx')).toEqual([]);
  });

  it('skips frontmatter checks when the frontmatter could not be read', async () => {
    // No frontmatter at all: that is an error of its own, and no quality check runs on fields.
    expect(await qualityDiagnostics('# Title\n\n<Notes>Hi.</Notes>\n')).toEqual([]);
  });
});

describe('terms data', () => {
  it('names a known source for every entry and suggests wording that passes its own check', async () => {
    for (const language of termLanguages()) {
      for (const entry of termsFor(language)) {
        expect(entry.match.length).toBeGreaterThan(0);
        for (const id of entry.sources) expect(Object.keys(TERM_SOURCES)).toContain(id);
        const lesson = `---\ntitle: x\nduration: 1\nlanguage: ${language}\nobjectives: [a]\nsources: [b]\n---\n\nSay: ${entry.suggestion}.\n\n<Notes minutes={1}>Hi.</Notes>\n`;
        expect(await qualityDiagnostics(lesson), entry.suggestion).toEqual([]);
      }
    }
  });
});

describe('many slides without notes', () => {
  it('gives one warning that lists the slides, not one per slide', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `# Slide ${i + 1}`).join('\n\n---\n\n');
    const found = (
      await qualityDiagnostics(
        `---\ntitle: x\nduration: 1\nobjectives: [a]\nsources: [b]\n---\n\n${body}\n`,
      )
    ).filter((d) => d.code === 'missing-notes');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(8);
    expect(found[0]?.message).toMatch(/^400 slides have no speaker notes: slides 1–400\./);
  });

  it('still names up to three slides one by one', async () => {
    const found = await qualityDiagnostics(
      '---\ntitle: x\nduration: 1\nobjectives: [a]\nsources: [b]\n---\n\n# One\n\n---\n\n# Two\n\n<Notes minutes={1}>Hi.</Notes>\n\n---\n\n# Three\n',
    );
    expect(found.filter((d) => d.code === 'missing-notes').map((d) => d.message)).toEqual([
      expect.stringMatching(/^Slide 1 has no speaker notes/),
      expect.stringMatching(/^Slide 3 has no speaker notes/),
    ]);
  });
});
