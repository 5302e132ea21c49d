import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ lessons: ['words-matter.mdx'], watch: false });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

interface RawResponse {
  status: number;
  body: string;
}

/** node:http rather than fetch: fetch will not send a forged Host header. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function listLessons(headers: Record<string, string>): Promise<RawResponse> {
  return send('/api/lessons:list', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });
}

test('the right token from the right origin gets the lessons', async () => {
  const res = await listLessons({ 'x-groundwork-token': host.token, origin: host.origin });
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toEqual([expect.objectContaining({ slug: 'words-matter' })]);
});

test('a request under another Host name is refused (DNS rebinding)', async () => {
  for (const name of [`localhost:${host.port}`, `evil.example:${host.port}`, '127.0.0.1']) {
    const page = await send('/', { headers: { host: name } });
    expect(page.status, name).toBe(421);
    const api = await listLessons({ host: name, 'x-groundwork-token': host.token });
    expect(api.status, name).toBe(421);
    expect(api.body).not.toContain('words-matter');
  }
});

test('API requests without the token, or with a wrong one, are refused', async () => {
  const missing = await listLessons({});
  expect(missing.status).toBe(403);
  expect(missing.body).not.toContain('words-matter');
  const wrong = await listLessons({ 'x-groundwork-token': `${host.token}x` });
  expect(wrong.status).toBe(403);
  const load = await send('/api/lesson:load', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-groundwork-token': 'nope' },
    body: '{"args":["words-matter"]}',
  });
  expect(load.status).toBe(403);
  expect(load.body).not.toContain('Words matter');
  expect((await send('/api/events')).status).toBe(403);
  expect((await send('/api/events?token=wrong')).status).toBe(403);
});

test('a call whose arguments break the contract is refused with a short reason', async () => {
  for (const [body, reason] of [
    ['{"args":["../content"]}', /Refused loadLesson: 0 must not contain a path separator/],
    ['{"args":[]}', /Refused loadLesson/],
    ['{"args":["words-matter","extra"]}', /Refused loadLesson/],
    ['{"slug":"words-matter"}', /Refused loadLesson/],
  ] as const) {
    const res = await send('/api/lesson:load', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-groundwork-token': host.token },
      body,
    });
    expect(res.status, body).toBe(400);
    expect(JSON.parse(res.body).error, body).toMatch(reason);
  }
  const good = await send('/api/lesson:load', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-groundwork-token': host.token },
    body: '{"args":["words-matter"]}',
  });
  expect(good.status).toBe(200);
  // A save is a download in the page: this host has no route for it.
  const save = await send('/api/file:save', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-groundwork-token': host.token },
    body: '{"args":[]}',
  });
  expect(save.status).toBe(404);
});

test('cross-origin API requests are refused even with the token', async () => {
  for (const origin of ['http://evil.example', 'null', `http://localhost:${host.port}`]) {
    const res = await listLessons({ 'x-groundwork-token': host.token, origin });
    expect(res.status, origin).toBe(403);
  }
  const fetchMeta = await listLessons({
    'x-groundwork-token': host.token,
    'sec-fetch-site': 'cross-site',
  });
  expect(fetchMeta.status).toBe(403);
});

test('a page on another origin cannot read the API from a browser', async ({ page }) => {
  // Same machine, other origin: what any web page the facilitator has open would try.
  await page.goto('about:blank');
  const outcome = await page.evaluate(
    async ({ url, token }) => {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-groundwork-token': token },
          body: '{}',
        });
        return `status ${res.status}`;
      } catch {
        return 'blocked';
      }
    },
    { url: `${host.origin}/api/lessons:list`, token: host.token },
  );
  expect(outcome).toBe('blocked');
});

test('static files are served only from the built renderer', async () => {
  expect((await send('/')).status).toBe(200);
  expect((await send('/../package.json')).status).toBe(404);
  expect((await send('/%2e%2e/package.json')).status).toBe(404);
  expect((await send('/stage.html')).status).toBe(200);
});
