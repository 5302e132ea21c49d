import { describe, expect, it } from 'vitest';

/**
 * Node's file system, in a test typed for the browser (tests/dom has no
 * Node types), because a stylesheet imported under vitest is empty, even
 * with `?raw`.
 */
interface Files {
  readFileSync(path: URL, encoding: 'utf8'): string;
  readdirSync(path: URL, options: { recursive: true; encoding: 'utf8' }): string[];
}
const fs = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): Files } }
).process.getBuiltinModule('node:fs');

const STAGE = new URL('../../../renderer/stage/', import.meta.url);
const read = (path: string) => fs.readFileSync(new URL(path, STAGE), 'utf8');

/** Every stylesheet of the stage, by its path under renderer/stage/, as text. */
const STYLESHEETS: Record<string, string> = Object.fromEntries(
  fs
    .readdirSync(STAGE, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.css'))
    .map((path) => [path.split('\\').join('/'), read(path)]),
);

/** A declaration may stay physical only with this in a comment just before it, saying why. */
const EXCEPTION = 'physical on purpose';

interface Declaration {
  file: string;
  line: number;
  property: string;
  value: string;
  excused: boolean;
}

/**
 * The declarations of a stylesheet, line by line (the stage's CSS puts one
 * on each line). A comment that says EXCEPTION excuses the declarations on
 * the line where it ends and on the next line that has any.
 */
function declarations(file: string, text: string): Declaration[] {
  const out: Declaration[] = [];
  let inComment = false;
  let comment = '';
  let excuse = false;
  text.split('\n').forEach((raw, i) => {
    let code = '';
    let rest = raw;
    while (rest.length > 0) {
      const marker = rest.indexOf(inComment ? '*/' : '/*');
      const upTo = marker === -1 ? rest : rest.slice(0, marker);
      if (inComment) comment += upTo;
      else code += upTo;
      if (marker === -1) break;
      if (inComment && comment.includes(EXCEPTION)) excuse = true;
      if (!inComment) comment = '';
      inComment = !inComment;
      rest = rest.slice(marker + 2);
    }
    const found = [...code.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)];
    for (const match of found) {
      out.push({
        file,
        line: i + 1,
        property: match[1]!,
        value: match[2]!.trim(),
        excused: excuse,
      });
    }
    if (found.length > 0) excuse = false;
  });
  return out;
}

function declarationsOf(file: string): Declaration[] {
  return declarations(file, STYLESHEETS[file]!);
}

/** Four lengths whose left and right (second and fourth) differ: margin: 0 0 0 24px. */
function asymmetricBox(value: string): boolean {
  const parts = value.split(/\s+/);
  return parts.length === 4 && parts[1] !== parts[3];
}

/** Corners that differ from left to right: border-radius: 0 14px 14px 0. */
function asymmetricCorners(value: string): boolean {
  const [horizontal] = value.split('/');
  const c = horizontal!.trim().split(/\s+/);
  if (c.length === 2) return c[0] !== c[1];
  if (c.length === 3) return c[0] !== c[1] || c[1] !== c[2];
  if (c.length === 4) return c[0] !== c[1] || c[2] !== c[3];
  return false;
}

function physical({ property, value }: Declaration): boolean {
  if (/^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(-|$)/.test(property)) {
    return true;
  }
  if (/^border-(top|bottom)-(left|right)-radius$/.test(property)) return true;
  if (property === 'left' || property === 'right') return true;
  if (/^(text-align|float|clear|text-align-last)$/.test(property)) {
    return /\b(left|right)\b/.test(value);
  }
  if (
    /^(margin|padding|inset|scroll-margin|scroll-padding|border-width|border-color|border-style)$/.test(
      property,
    )
  ) {
    return asymmetricBox(value);
  }
  if (property === 'border-radius') return asymmetricCorners(value);
  return false;
}

const files = Object.keys(STYLESHEETS);

describe('the check for physical sides', () => {
  it('finds them, and lets a comment excuse only the declaration after it', () => {
    const sample = [
      '.a {',
      '  margin-left: 1px;',
      '  padding: 0 0 0 24px;',
      '  border-radius: 0 14px 14px 0;',
      '  text-align: right;',
      '  /* physical on purpose: centred */',
      '  left: 50%;',
      '  right: 0;',
      '  margin-inline-start: 1px;',
      '  padding: 12px 18px 18px;',
      '  border-radius: 50%;',
      '  text-align: start;',
      '}',
    ].join('\n');
    const all = declarations('sample.css', sample).filter(physical);
    expect(all.map((d) => [d.property, d.excused])).toEqual([
      ['margin-left', false],
      ['padding', false],
      ['border-radius', false],
      ['text-align', false],
      ['left', true],
      ['right', false],
    ]);
  });
});

describe('the stage’s CSS', () => {
  it('is all there', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'exercises/exercises.css',
        'preferences.css',
        'reading.css',
        'stage.css',
      ]),
    );
  });

  it('uses logical sides only, so a right-to-left lesson mirrors', () => {
    const found = files
      .flatMap(declarationsOf)
      .filter((d) => physical(d) && !d.excused)
      .map((d) => `${d.file}:${d.line} ${d.property}: ${d.value}`);
    expect(found).toEqual([]);
  });

  it('says why where a side stays physical', () => {
    const excused = files.flatMap(declarationsOf).filter((d) => physical(d) && d.excused);
    // The canvas is centred with translate(-50%, -50%), the same in either direction.
    expect(excused.map((d) => `${d.property}: ${d.value}`)).toEqual(['left: 50%']);
  });

  it('draws no emoji in generated content', () => {
    const pictographs = files
      .flatMap(declarationsOf)
      .filter((d) => d.property === 'content' && /\p{Extended_Pictographic}/u.test(d.value));
    expect(pictographs).toEqual([]);
  });

  it('stops every animation and transition under reduced motion, whatever the order of the rules', () => {
    const css = STYLESHEETS['preferences.css']!;
    const block = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(block).toMatch(/animation:\s*none\s*!important/);
    expect(block).toMatch(/transition:\s*none\s*!important/);
    // Loaded after every other stylesheet of the stage.
    const imports = [...read('main.tsx').matchAll(/^import '\.\/(.+\.css)';$/gm)].map((m) => m[1]);
    expect(imports.at(-1)).toBe('preferences.css');
  });

  it('keeps every bar and chosen state in forced colours, in system colours', () => {
    const css = STYLESHEETS['preferences.css']!;
    const block = css.slice(css.indexOf('@media (forced-colors: active)'));
    for (const selector of [
      '.gw-bar',
      '.gw-timer-fill',
      '.gw-histogram-fill',
      "[aria-pressed='true']",
      '.gw-choice input:checked',
    ]) {
      expect(block, selector).toContain(selector);
    }
    expect(block).toContain('background: Highlight');
  });
});
