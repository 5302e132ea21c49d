import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { DEFAULT_RENDERER_DIR } from '../../server/host';

// Layouts and diagrams on paper: `npm run export` prints the design gallery
// as a handout and a guide, read back with poppler's pdftotext. A diagram's
// words print in order, each part's detail on a line under its name; the
// gallery's picture prints; the organisation theme.yml names heads both
// documents. Run `npm run build` first.

const root = resolve(import.meta.dirname, '../..');
const GALLERY = join(root, 'tests/fixtures/design-gallery');
const TSX = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const run = promisify(execFile);
const poppler = ['pdftotext', 'pdfinfo'].every((tool) =>
  ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'].some((dir) => existsSync(join(dir, tool))),
);

let work: string;
let handout: string;
let guide: string;

test.beforeAll(async () => {
  test.skip(!poppler, 'poppler-utils (pdftotext, pdfinfo) is not installed');
  test.setTimeout(240_000);
  if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html')))
    throw new Error(`No built renderer in ${DEFAULT_RENDERER_DIR}: run "npm run build" first.`);
  work = mkdtempSync(join(tmpdir(), 'groundwork-design-print-'));
  const content = join(work, 'content');
  cpSync(GALLERY, join(content, 'design-gallery'), { recursive: true });
  cpSync(join(GALLERY, 'hills.svg'), join(content, 'brand/logo.svg'));
  writeFileSync(
    join(content, 'theme.yml'),
    'name: Riverside Community Clinic\nlogo: brand/logo.svg\n',
  );
  const out = join(work, 'out');
  await run(
    process.execPath,
    [
      '--import',
      TSX,
      join(root, 'cli/export.ts'),
      'design-gallery',
      '--handout',
      '--guide',
      '--paper',
      'a4',
      '--content',
      content,
      '--out-dir',
      out,
    ],
    { cwd: root, env: { ...process.env, XDG_CACHE_HOME: join(work, 'cache') } },
  );
  const text = async (file: string) =>
    (await run('pdftotext', ['-layout', join(out, file), '-'])).stdout;
  handout = await text('design-gallery-handout.pdf');
  guide = await text('design-gallery-guide.pdf');
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The lines of a document, trimmed, without empty ones. */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim().replace(/\s{2,}.*$/, ''))
    .filter((line) => line !== '');

test('each diagram prints its words in order, a detail on the line under its part', () => {
  const printed = lines(handout);
  const after = (first: string, next: string) => {
    const at = printed.findIndex((line) => line.endsWith(first));
    expect(at, `"${first}" is printed`).toBeGreaterThanOrEqual(0);
    expect(printed[at + 1], `under "${first}"`).toBe(next);
  };
  after('1. Emotional relapse', 'Feelings build up');
  after('3. Physical relapse', 'Using again');
  after('1. Outpatient', 'A few hours a week');
  after('5. Inpatient', 'Round-the-clock medical care');
  const flat = printed.join('\n');
  const inOrder = (words: string[]) => {
    const places = words.map((word) => flat.indexOf(word));
    expect(
      places.every((p) => p >= 0),
      words.join(', '),
    ).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  };
  inOrder(['Stress builds', 'A craving comes', 'A coping skill', 'Relief', 'Confidence grows']);
  inOrder(['You', 'Family and close friends', 'Friends, peers and groups', 'Professionals']);
  inOrder(['What helps', 'Sleep and meals', 'What gets in the way', 'Skipping meals']);
  inOrder(['Hard to hear', 'Everyone thinks I am failing.', 'Easier to hear']);
  // The gallery's SVG picture (inlined as text by the compiler) prints, it is not refused.
  expect(handout).not.toContain('Image not printed');
});

test("the organisation's name heads the handout and the guide", () => {
  for (const document of [handout, guide]) {
    const first = document.split('\f')[0] ?? '';
    expect(lines(first).slice(0, 3)).toContain('Riverside Community Clinic');
  }
  expect(readFileSync(join(GALLERY, 'index.mdx'), 'utf8')).not.toContain('Riverside');
});
