import { describe, expect, it } from 'vitest';
import { channelOf, TOKEN_HEADER } from '../../contract/host-api';
import { runExport, type ExportIo } from '../../core/export/runner/run';
import { startServer } from '../../server/host';
import { lesson, makeContent } from './support/compile';

// What `npm run export` decides before any browser starts: usage errors,
// unknown lessons and regions, and no engine, all exit 2 with a sentence.
// Printing itself is tested end to end (tests/e2e/export-cli.spec.ts).

const RESOURCES = `region:
regions:
  - id: us
    name: United States
    resources:
      - name: Lifeline
        call: '988'
  - id: uk
    name: United Kingdom
    resources:
      - name: Samaritans
        call: '116 123'
`;

async function exportWith(argv: string[], io: Partial<ExportIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runExport(argv, {
    cwd: '/tmp',
    env: {},
    platform: 'linux',
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    discover: () => ({ engines: [], looked: ['Chromium: /usr/bin/chromium does not exist.'] }),
    ...io,
  });
  return { code, stdout, stderr };
}

describe('npm run export, before printing', () => {
  const content = makeContent({
    'alpha/index.mdx': lesson('# A\n'),
    'beta.mdx': lesson('# B\n'),
    'resources.yml': RESOURCES,
  });

  it('prints the usage on stdout for --help and exits 0', async () => {
    const run = await exportWith(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run export -- /);
  });

  it('a bad argument is exit 2 with the reason and the usage', async () => {
    const run = await exportWith(['alpha', '--content', content]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Choose what to print: .*\n\nUsage: npm run export/);
  });

  it('an unknown lesson is exit 2 with the list of known ones', async () => {
    const run = await exportWith(['alpha', 'gamma', '--handout', '--content', content]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`There is no lesson named "gamma" in ${content}.`);
    expect(run.stderr).toMatch(/The lessons there are:\n {2}alpha\n {2}beta\n/);
  });

  it('an unknown region is exit 2 with the regions resources.yml has', async () => {
    const run = await exportWith(['alpha', '--card', '--region', 'fr', '--content', content]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /There is no region "fr" in .*resources\.yml\. Its regions are: us, uk\./,
    );
  });

  it('a missing content folder, or one without lessons, is exit 2', async () => {
    expect((await exportWith(['--all', '--guide', '--content', '/no/such/dir'])).stderr).toMatch(
      /The content folder \/no\/such\/dir does not exist/,
    );
    const empty = makeContent({ 'README.md': '# nothing' });
    expect(await exportWith(['--all', '--guide', '--content', empty])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/There are no lessons in /),
    });
  });

  it('no engine is exit 2, saying where it looked and how to fix it', async () => {
    const out = makeContent({});
    const run = await exportWith(['--all', '--handout', '--content', content, '--out-dir', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No program to print with was found\. Looked for:\n {2}Chromium: /);
    expect(run.stderr).toMatch(/apt-get install chromium/);
  });
});

describe('the browser host and printDocument', () => {
  it('refuses printDocument (and saveFile) over HTTP: the page answers them itself', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n') });
    const server = await startServer({
      contentDir: dir,
      cacheDir: null,
      watch: false,
      stateDir: null,
    });
    try {
      const call = (method: 'printDocument' | 'saveFile' | 'listLessons', args: unknown[]) =>
        fetch(`${server.origin}/api/${channelOf(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
          body: JSON.stringify({ args }),
        });
      const print = await call('printDocument', [
        { slug: 'a', document: 'handout', paper: 'a4', region: null },
      ]);
      expect(print.status).toBe(404);
      expect(await print.json()).toEqual({
        error: `There is no API call named "${channelOf('printDocument')}".`,
      });
      const save = await call('saveFile', [
        { suggestedName: 'a.pdf', mimeType: 'application/pdf', base64: 'AAAA' },
      ]);
      expect(save.status).toBe(404);
      // The core's methods still answer on the same host.
      expect((await call('listLessons', [])).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
