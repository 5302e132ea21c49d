import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { lessonSource } from '../../bench/inputs';
import type { LoadedLesson } from '../../contract/lesson';
import { printFileName, type PrintDocument } from '../../contract/print';
import { createLessonService } from '../../core/service';
import type { DocumentReport } from '../../core/export/runner/run';
import { DEFAULT_RENDERER_DIR } from '../../server/host';
import { localizedText, type LocalizedText } from '../../contract/crisis';

// `npm run export` as a person runs it: the real CLI as a subprocess, with
// whatever engine this machine has (Debian's Chromium here), read back with
// poppler's pdftotext and pdfinfo. One run prints every bundled lesson's
// three documents; the others print one lesson without --region, a
// 400-slide lesson and one with a slide that throws, and ask for a lesson
// that does not exist. Run `npm run build` first (npm test does).

const root = resolve(import.meta.dirname, '../..');
const CONTENT = join(root, 'content');
const SCREENSHOTS = join(import.meta.dirname, 'screenshots', 'handouts');
const DOCUMENTS: PrintDocument[] = ['handout', 'guide', 'card'];
const TSX = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const run = promisify(execFile);

const poppler = ['pdftotext', 'pdfinfo', 'pdftoppm'].every((tool) =>
  ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'].some((dir) => existsSync(join(dir, tool))),
);

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  report: { exitCode: number; documents: DocumentReport[] } | null;
}

let work: string;
let env: NodeJS.ProcessEnv;

/** The CLI as `npm run export -- …` runs it (after its build step), from `cwd`. */
function exportCli(args: string[], cwd = root): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, join(root, 'cli/export.ts'), ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      let report: CliRun['report'] = null;
      if (args.includes('--json')) {
        try {
          report = JSON.parse(stdout) as CliRun['report'];
        } catch {
          report = null;
        }
      }
      done({ code, stdout, stderr, report });
    });
  });
}

async function pdfText(file: string, options: string[] = []): Promise<string> {
  return (await run('pdftotext', [...options, file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/**
 * Text as compared: no whitespace (lines wrap anywhere), no hyphens
 * (pdftotext joins a word hyphenated at a line's end), ligatures undone.
 */
function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad\u2010-]+/g, '');
}

const digits = (text: string): string => text.replace(/\D+/g, '');

let bundled: CliRun;
let noRegion: CliRun;
let fixtures: CliRun;
let unknown: CliRun;
let fixturesDir: string;
const lessons = new Map<string, LoadedLesson>();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.skip(!poppler, 'poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed');
  // Four exports at once beside another test worker: a 400-slide lesson needs the room.
  test.setTimeout(480_000);
  if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${DEFAULT_RENDERER_DIR}: run "npm run build" first.`);
  }
  work = mkdtempSync(join(tmpdir(), 'groundwork-export-e2e-'));
  // Its own compile cache, so the run neither reads nor fills the person's.
  // The CLI's own bound on each document (300 s): a loaded 2-core machine can take minutes.
  env = { ...process.env, XDG_CACHE_HOME: join(work, 'cache') };
  fixturesDir = join(work, 'fixtures');
  mkdirSync(join(fixturesDir, 'long'), { recursive: true });
  writeFileSync(join(fixturesDir, 'long', 'index.mdx'), lessonSource(400));
  copyFileSync(
    join(root, 'tests/fixtures/e2e/unsteady-slide.mdx'),
    join(fixturesDir, 'unsteady-slide.mdx'),
  );
  copyFileSync(join(CONTENT, 'resources.yml'), join(fixturesDir, 'resources.yml'));
  const cardDir = join(work, 'no-region');
  mkdirSync(cardDir);

  // Every run at once: each has its own host and browser, as a person's would.
  [bundled, noRegion, fixtures, unknown] = await Promise.all([
    exportCli([
      '--all',
      '--handout',
      '--guide',
      '--card',
      '--region',
      'us',
      '--paper',
      'a4',
      '--out-dir',
      join(work, 'bundled'),
      '--json',
    ]),
    // No --out or --out-dir: the file goes into the current folder under its usual name.
    exportCli(['quick-start', '--card', '--content', CONTENT, '--paper', 'letter'], cardDir),
    exportCli([
      '--all',
      '--handout',
      '--guide',
      '--out-dir',
      join(work, 'fixtures-out'),
      '--json',
      '--content',
      fixturesDir,
    ]),
    exportCli(['no-such-lesson', '--handout', '--out-dir', join(work, 'unknown')]),
  ]);

  // What the core says each lesson holds, from the cache the runs just filled.
  const service = createLessonService({
    contentDir: CONTENT,
    cacheDir: join(work, 'cache', 'groundwork'),
    watch: false,
  });
  try {
    for (const summary of await service.listCompiledLessons()) {
      lessons.set(summary.slug, await service.loadLesson(summary.slug));
    }
  } finally {
    await service.close();
  }
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('every bundled lesson prints all three documents, each reported with its engine and pages', () => {
  expect(bundled.stderr, 'no document failed').not.toMatch(/Could not print/);
  expect(bundled.code, bundled.stderr).toBe(0);
  expect(bundled.report?.exitCode).toBe(0);
  const documents = bundled.report?.documents ?? [];
  expect(lessons.size).toBeGreaterThanOrEqual(9);
  expect(documents.map((d) => `${d.slug} ${d.document}`).sort()).toEqual(
    [...lessons.keys()].flatMap((slug) => DOCUMENTS.map((d) => `${slug} ${d}`)).sort(),
  );
  for (const d of documents) {
    expect(d.written, `${d.slug} ${d.document}`).toBe(true);
    expect(d.file).toBe(join(work, 'bundled', printFileName(d.slug, d.document)));
    expect(d.engine).toMatch(/^(Electron|Chromium|Google Chrome|Microsoft Edge)/);
    expect(d.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    // With --json the human lines go to stderr.
    expect(bundled.stderr).toContain(
      `Printed with ${d.engine}: ${d.slug} ${d.document}, ${d.pages} ${d.pages === 1 ? 'page' : 'pages'} → ${d.file}`,
    );
  }
  expect(bundled.stderr).toMatch(
    new RegExp(`^${lessons.size * DOCUMENTS.length} documents written\\.$`, 'm'),
  );
});

test('the PDFs have exactly the pages the layout made, and no page is blank', async () => {
  const all = [...(bundled.report?.documents ?? []), ...(fixtures.report?.documents ?? [])];
  // A document that was not written is the CLI's failure, said in its own words.
  expect(
    all.filter((d) => !d.written).map((d) => `${d.slug} ${d.document}`),
    `${bundled.stderr}\n${fixtures.stderr}`,
  ).toEqual([]);
  for (const d of all) {
    const pages = await pdfPages(d.file);
    expect.soft(pages, `${d.slug} ${d.document}`).toBe(d.pages);
    // A stylesheet that hides the page in print (it happened once) leaves pages with no text.
    const texts = (await pdfText(d.file)).split('\f').slice(0, pages);
    const blank = texts.flatMap((page, i) => (page.trim() === '' ? [i + 1] : []));
    expect.soft(blank, `${d.slug} ${d.document}: pages without text`).toEqual([]);
  }
});

test('the handout has every slide title and none of the speaker notes', async () => {
  for (const [slug, lesson] of lessons) {
    const text = squash(await pdfText(join(work, 'bundled', printFileName(slug, 'handout'))));
    for (const slide of lesson.slides) {
      if (slide.title)
        expect
          .soft(text, `${slug}: title of slide ${slide.index + 1}`)
          .toContain(squash(slide.title));
      if (slide.notes) {
        expect
          .soft(
            text.includes(squash(slide.notes)),
            `${slug}: notes of slide ${slide.index + 1} on the handout`,
          )
          .toBe(false);
      }
    }
  }
});

test('the guide has every note, and its timing total is the lesson’s duration', async () => {
  for (const [slug, lesson] of lessons) {
    const file = join(work, 'bundled', printFileName(slug, 'guide'));
    const text = squash(await pdfText(file));
    for (const slide of lesson.slides) {
      if (slide.notes) {
        expect
          .soft(text, `${slug}: notes of slide ${slide.index + 1}`)
          .toContain(squash(slide.notes));
      }
    }
    const layout = await pdfText(file, ['-layout']);
    const total = Number(/^\s*Total\s+(\d+)\s+min\b/m.exec(layout)?.[1]);
    // The table adds up the planned minutes of every slide…
    const planned = lesson.slides.reduce((sum, slide) => sum + (slide.minutes ?? 0), 0);
    expect.soft(total, `${slug}: the timing table's total line`).toBe(planned);
    // … which is the lesson's duration: every bundled lesson plans its minutes exactly.
    expect.soft(total, `${slug}: total = duration`).toBe(lesson.meta?.duration);
  }
});

test('the help card has the us region’s numbers', async () => {
  const resources = parseYaml(readFileSync(join(CONTENT, 'resources.yml'), 'utf8')) as {
    regions: { id: string; name: LocalizedText; resources: { call?: string; text?: string }[] }[];
  };
  const us = resources.regions.find((region) => region.id === 'us');
  const numbers = (us?.resources ?? [])
    .flatMap((r) => [r.call, r.text])
    .filter((n) => n !== undefined);
  expect(numbers.length).toBeGreaterThan(0);
  for (const slug of lessons.keys()) {
    const text = await pdfText(join(work, 'bundled', printFileName(slug, 'card')));
    // In the lesson's language: the card of a Spanish lesson names the region in Spanish.
    const names = ['en', 'es'].map((language) => squash(localizedText(us!.name, language)));
    expect
      .soft(
        names.some((name) => squash(text).includes(name)),
        `${slug}: region name`,
      )
      .toBe(true);
    // A number may wrap at its dashes; its digits stay in order.
    for (const number of numbers)
      expect.soft(digits(text), `${slug}: ${number}`).toContain(digits(number!));
  }

  // Without --region, the configured region; the bundled file sets none, so every region.
  expect(noRegion.code, noRegion.stderr).toBe(0);
  const card = join(work, 'no-region', printFileName('quick-start', 'card'));
  expect(noRegion.stdout).toMatch(
    /^Printed with .+: quick-start card, \d+ pages? → quick-start-card\.pdf$/m,
  );
  const text = squash(await pdfText(card));
  for (const region of resources.regions)
    expect.soft(text, region.id).toContain(squash(localizedText(region.name, 'en')));
});

test('a 400-slide lesson prints, with text on every page', async () => {
  const long = (fixtures.report?.documents ?? []).filter((d) => d.slug === 'long');
  expect(
    long.map((d) => [d.document, d.written]),
    fixtures.stderr,
  ).toEqual([
    ['handout', true],
    ['guide', true],
  ]);
  for (const d of long) {
    const pages = await pdfPages(d.file);
    expect(pages).toBeGreaterThan(100);
    // pdftotext ends each page with a form feed: one run reads them all.
    const texts = (await pdfText(d.file)).split('\f').slice(0, pages);
    expect(texts).toHaveLength(pages);
    const empty = texts.flatMap((page, i) => (page.trim() === '' ? [i + 1] : []));
    expect(empty, `${d.document}: pages without text`).toEqual([]);
    for (const i of [1, Math.ceil(pages / 2), pages]) {
      expect((await pdfText(d.file, ['-f', String(i), '-l', String(i)])).trim()).not.toBe('');
    }
  }
  const handout = squash(await pdfText(long[0]!.file));
  expect(handout).toContain(squash('Slide 400: noticing early warning signs'));
  expect(handout).not.toContain(squash('Ask the group what they notice first.'));
});

test('a slide that throws is named by file and line, and its documents are still written', async () => {
  expect(fixtures.code).toBe(1);
  expect(fixtures.report?.exitCode).toBe(1);
  const broken = (fixtures.report?.documents ?? []).filter((d) => d.slug === 'unsteady-slide');
  expect(broken).toHaveLength(2);
  const source = readFileSync(join(fixturesDir, 'unsteady-slide.mdx'), 'utf8').split('\n');
  const line = source.findIndex((text) => text.includes('<BrokenWidget />')) + 1;
  // Outside the working folder, the content folder is named in full.
  const file = join(fixturesDir, 'unsteady-slide.mdx');
  for (const d of broken) {
    expect(d.written).toBe(true);
    const diagnostic = d.diagnostics.find((x) => x.severity === 'error');
    expect(diagnostic?.file).toBe(file);
    // The slide's first line, at most the line of the component that threw.
    expect(diagnostic?.line).toBeGreaterThan(10);
    expect(diagnostic?.line).toBeLessThanOrEqual(line);
    expect(fixtures.stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${diagnostic?.line}:\\d+: error: .*This widget broke while drawing`,
        'm',
      ),
    );
    const pages = await pdfPages(d.file);
    const texts = (await pdfText(d.file)).split('\f').slice(0, pages);
    expect(texts.filter((page) => page.trim() === '')).toEqual([]);
    const text = squash(texts.join(''));
    expect(text).toContain(squash('Breathe out slowly'));
    // The problem is shown where the slide would have been.
    expect(text).toContain(squash('This widget broke while drawing'));
    expect(text).toContain(squash('Before we start'));
  }
  expect(fixtures.stderr).toMatch(/^4 documents written, 2 with errors\.$/m);
});

test('an unknown lesson is exit 2 with the list of lessons', () => {
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(
    /There is no lesson named "no-such-lesson" in .*content\. The lessons there are:/,
  );
  for (const slug of lessons.keys()) expect(unknown.stderr).toContain(`\n  ${slug}`);
  expect(existsSync(join(work, 'unknown', 'no-such-lesson-handout.pdf'))).toBe(false);
});

test('page 1 of each document, for a person to look at (English and Spanish)', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const slug of ['words-matter', 'las-palabras-importan']) {
    expect(lessons.has(slug), slug).toBe(true);
    for (const document of DOCUMENTS) {
      const base = join(SCREENSHOTS, `${slug}-${document}`);
      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        join(work, 'bundled', printFileName(slug, document)),
        base,
      ]);
      expect(readFileSync(`${base}.png`).subarray(1, 4).toString()).toBe('PNG');
    }
  }
  const spanish = squash(
    await pdfText(join(work, 'bundled', printFileName('las-palabras-importan', 'card'))),
  );
  expect(spanish).toContain(squash('Hay ayuda disponible'));
});
