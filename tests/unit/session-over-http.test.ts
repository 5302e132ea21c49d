import { afterEach, expect, it } from 'vitest';
import { channelOf, type HostMethodName } from '../../contract/api';
import { startServer, type RunningServer } from '../../server/host';
import { lesson, makeContent } from './support/compile';

// The session is state in the browser host: one view's command reaches
// every other view as an event, through the contract's routes.

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function call(method: HostMethodName, ...args: unknown[]): Promise<unknown> {
  const response = await fetch(`${server!.origin}/api/${channelOf(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': server!.token },
    body: JSON.stringify({ args }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

it('a command from one view reaches another view’s event stream, and a bad command is refused', async () => {
  const dir = makeContent({ 'a/index.mdx': lesson('# One\n\n---\n\n# Two\n\n---\n\n# Three\n') });
  server = await startServer({ contentDir: dir, cacheDir: null, watch: false });
  const started = (await call('startSession', 'a')) as {
    index: number;
    lesson: { slideCount: number };
  };
  expect(started).toMatchObject({ index: 0, lesson: { slideCount: 3 } });

  // The audience view's stream.
  const events = await fetch(`${server.origin}/api/events?token=${server.token}`);
  const reader = events.body!.getReader();
  let received = '';
  await call('sendSessionCommand', { type: 'step', by: 1 });
  await call('sendSessionCommand', { type: 'screen', mode: 'black' });
  while (!/"screen":"black"/.test(received)) {
    const { value, done } = await reader.read();
    if (done) break;
    received += new TextDecoder().decode(value);
  }
  expect(received).toMatch(/event: session:changed\ndata: .*"index":1/);
  await reader.cancel();

  const refused = await fetch(`${server.origin}/api/${channelOf('sendSessionCommand')}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': server.token },
    body: JSON.stringify({
      args: [{ type: 'exercises', exercises: { reflections: { r: 'typed' } } }],
    }),
  });
  expect(refused.status).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toMatch(
    /^Refused sendSessionCommand/,
  );
  expect(await call('getSession')).toMatchObject({ index: 1, screen: 'black' });
});

it('a lesson with errors cannot start a session', async () => {
  const dir = makeContent({ 'broken/index.mdx': lesson('# One\n\n<Callout>\n') });
  server = await startServer({ contentDir: dir, cacheDir: null, watch: false });
  expect(await call('startSession', 'broken')).toBeNull();
});
