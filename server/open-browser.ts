import { spawn } from 'node:child_process';

/**
 * Opens `url` in the system's browser, where there is one. Returns false
 * when nothing could be opened (a server without a desktop, say), so the
 * caller prints the address instead. `BROWSER=none` opens nothing, as in
 * other development tools.
 */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.BROWSER === 'none') return Promise.resolve(false);
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
