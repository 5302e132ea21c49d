/**
 * A contact sheet of every bundled lesson (issue 20's "Done when"): every
 * slide at 1920×1080 as people first see it (and once more after a content
 * note's Continue), laid out as a grid of numbered thumbnails, one PNG per
 * lesson. For looking at the curriculum as a whole, before and after a
 * change; not part of `npm test`.
 *
 *   npx tsx scripts/contact-sheet.ts [--out DIR] [--root DIR] [--url URL] [--columns N] [--each] [slug…]
 *
 * --root  a Groundwork checkout (this one by default) whose browser host is
 *         started on its own `content/` and built renderer (`npm run build`
 *         there first): another worktree gives a "before" set.
 * --url   a running host's address with its token (as `npm run serve` prints
 *         it) instead of starting one.
 * --out   where the sheets go (contact-sheets/ by default).
 * --each  also keep every slide's full-size picture, as <slug>/<label>.png.
 * slug…   only these lessons (every lesson in the library by default).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../core/export/chromium-flags';

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string', default: 'contact-sheets' },
    root: { type: 'string', default: resolve(import.meta.dirname, '..') },
    url: { type: 'string' },
    columns: { type: 'string', default: '4' },
    each: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const WIDTH = 1920;
const HEIGHT = 1080;
const THUMB_WIDTH = 480;
const COLUMNS = Math.max(1, Number(values.columns) || 4);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

interface Host {
  url: string;
  endSession(): Promise<void>;
  close(): Promise<void>;
}

/** Calls a host's HostApi method over HTTP, as its pages do. */
async function call(url: string, channel: string, token: string): Promise<void> {
  const response = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': token },
    body: JSON.stringify({ args: [] }),
  });
  if (!response.ok) throw new Error(`${channel} failed: ${response.status}`);
}

async function openHost(root: string, url: string | undefined): Promise<Host> {
  // The checkout's own contract names the channel, so an older checkout works too.
  const contract = (await import(pathToFileURL(join(root, 'contract/host-api.ts')).href)) as {
    channelOf(name: string): string;
  };
  const endChannel = contract.channelOf('endSession');
  if (url !== undefined) {
    const token = new URL(url).searchParams.get('token') ?? '';
    return { url, endSession: () => call(url, endChannel, token), close: async () => {} };
  }
  if (!existsSync(join(root, 'dist/renderer/index.html')))
    throw new Error(`No built renderer in ${root}: run "npm run build" there first.`);
  const server = (await import(pathToFileURL(join(root, 'server/host.ts')).href)) as {
    startServer(options: Record<string, unknown>): Promise<{
      url: string;
      token: string;
      close(): Promise<void>;
    }>;
  };
  const running = await server.startServer({
    contentDir: join(root, 'content'),
    port: 0,
    cacheDir: null,
    watch: false,
    stateDir: null,
    announce: () => {},
  });
  return {
    url: running.url,
    endSession: () => call(running.url, endChannel, running.token),
    close: () => running.close(),
  };
}

const at = (host: Host, hash: string): string => `${host.url.split('#')[0]}${hash}`;

async function lessonSlugs(page: Page, host: Host): Promise<string[]> {
  await page.goto(at(host, '#/'));
  await page.locator('.card[data-slug]').first().waitFor({ timeout: 60_000 });
  // Page code as text: this file is type-checked for Node, without the DOM's types.
  return page.evaluate<string[]>(
    "[...document.querySelectorAll('.card[data-slug]')].map((card) => card.getAttribute('data-slug'))",
  );
}

interface Shot {
  label: string;
  png: Buffer;
}

async function shootLesson(page: Page, host: Host, slug: string): Promise<Shot[]> {
  await page.goto(at(host, `#/lesson/${slug}/1`));
  const counter = page.locator('.counter');
  await counter.filter({ hasText: /^1 \/ \d+$/ }).waitFor({ timeout: 60_000 });
  const count = Number(((await counter.textContent()) ?? '').split('/')[1]);
  const stage = page.frameLocator('.stage-frame iframe');
  const frame = page.locator('.stage-frame iframe');
  const shots: Shot[] = [];
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await counter.filter({ hasText: new RegExp(`^${n} / ${count}$`) }).waitFor();
    const slide = stage.locator(`.gw-slide[data-current][data-slide-index="${n - 1}"]`);
    await slide.waitFor();
    await stage.locator('html').evaluate('document.fonts.ready.then(() => undefined)');
    // The pointer on the slide counter, off the slide: no hover state (an edge's shade) in the picture.
    await counter.hover();
    shots.push({ label: String(n), png: await frame.screenshot({ animations: 'disabled' }) });
    const note = slide.locator('.gw-content-note-pending');
    if ((await note.count()) > 0) {
      // A content note's first button goes on to the slide it covers.
      await note.getByRole('button').first().click();
      await note.waitFor({ state: 'detached' });
      await counter.hover();
      shots.push({
        label: `${n}, after the note`,
        png: await frame.screenshot({ animations: 'disabled' }),
      });
      // The keys belong to the shell again.
      await counter.click();
    }
  }
  return shots;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

/** One lesson's thumbnails in a grid, drawn by the browser and saved as a PNG. */
async function sheet(page: Page, title: string, shots: Shot[]): Promise<Buffer> {
  const cells = shots
    .map(
      (shot) =>
        `<figure><img src="data:image/png;base64,${shot.png.toString('base64')}" alt=""><figcaption>${escapeHtml(shot.label)}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><style>
      body { margin: 0; padding: 24px; background: #3a3f47; color: #fff; font: 20px system-ui, sans-serif; width: max-content; }
      h1 { margin: 0 0 16px; font-size: 28px; }
      main { display: grid; grid-template-columns: repeat(${COLUMNS}, ${THUMB_WIDTH}px); gap: 20px 16px; }
      figure { margin: 0; }
      img { display: block; width: ${THUMB_WIDTH}px; height: auto; outline: 1px solid #000; background: #fff; }
      figcaption { margin-top: 4px; }
    </style><h1>${escapeHtml(title)}</h1><main>${cells}</main>`,
  );
  await page.evaluate('Promise.all([...document.images].map((img) => img.decode()))');
  return page.screenshot({ fullPage: true });
}

async function main(): Promise<void> {
  const root = resolve(values.root);
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  const host = await openHost(root, values.url);
  const browser = await chromium.launch({
    ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
    args: CHROMIUM_FLAGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
    const page = await context.newPage();
    const slugs = positionals.length > 0 ? positionals : await lessonSlugs(page, host);
    for (const slug of slugs) {
      const shots = await shootLesson(page, host, slug);
      await host.endSession();
      const png = await sheet(await context.newPage(), `${slug} (${root})`, shots);
      const file = join(out, `${slug}.png`);
      await writeFile(file, png);
      if (values.each) {
        await mkdir(join(out, slug), { recursive: true });
        for (const shot of shots)
          await writeFile(join(out, slug, `${shot.label.replace(/\W+/g, '-')}.png`), shot.png);
      }
      console.log(`${file}: ${shots.length} pictures`);
    }
  } finally {
    await browser.close();
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
