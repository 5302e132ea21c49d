import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../contract/diagnostics';
import { clearSlideCaches } from '../../../core/lessons/slide-parse-cache';
import { compileIn, lesson, makeContent } from '../support/compile';

const crowded =
  '## Six steps\n\n<Steps steps={["Signs", "Alone", "Places", "People", "Professionals and services", "Safety"]} />\n\n<Notes>Go slowly.</Notes>\n';
const tall = `## A long slide\n\n${Array.from({ length: 14 }, (_, i) => `- Point ${i + 1} of a list that is far too long for one slide`).join('\n')}\n\n<Notes>Too much.</Notes>\n`;

const words =
  '## Words\n\nHe is an addict, they said; her behavior changed the colour of the day.\n\n<Notes>Talk it through.</Notes>\n';

const deck = (first: string) =>
  lesson(`${first}\n\n<Notes>Hello.</Notes>\n\n---\n\n${crowded}\n---\n\n${tall}\n---\n\n${words}`);

const located = (list: Diagnostic[]) =>
  list
    .filter(
      (d) =>
        d.code === 'text-too-small' ||
        d.code === 'slide-overflow' ||
        d.code === 'reading-level' ||
        d.code === 'language' ||
        d.code === 'mixed-spelling',
    )
    .map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

describe('per-slide check results kept by the slide’s text', () => {
  it('put a slide’s warnings at its new lines after an edit above it moves the slide down', async () => {
    const dir = makeContent({ 'moved/index.mdx': deck('# Start') });
    clearSlideCaches();
    const before = await compileIn(dir, 'moved');
    expect(located(before.lesson.diagnostics)).toHaveLength(4);
    // Three lines more above the slides whose work was kept.
    const edited = deck('# Start\n\nOne more line.\n\nAnd another.');
    const kept = await compileIn(dir, 'moved', edited);
    clearSlideCaches();
    const fresh = await compileIn(dir, 'moved', edited);
    expect(located(kept.lesson.diagnostics)).toEqual(located(fresh.lesson.diagnostics));
    expect(located(kept.lesson.diagnostics)).not.toEqual(located(before.lesson.diagnostics));
  });
});
