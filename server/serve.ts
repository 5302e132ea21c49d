import { pathToFileURL } from 'node:url';
import { parseServeArgs, SERVE_USAGE } from './args';
import { startServer } from './host';
import { openInBrowser } from './open-browser';

export { startServer } from './host';
export type { RunningServer, ServerOptions } from './host';

/** `npm run serve`, flags in SERVE_USAGE. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(SERVE_USAGE);
    process.exitCode = 2;
    return;
  }
  const running = await startServer({
    ...(args.contentDir !== null ? { contentDir: args.contentDir } : {}),
    ...(args.cacheDir !== null ? { cacheDir: args.cacheDir } : {}),
    port: args.port,
    kiosk: args.kiosk,
    room: args.room,
  });
  console.log(`Lessons from ${running.contentDir}`);
  console.log(`Groundwork is running at ${running.url}`);
  if (args.kiosk.kiosk) {
    console.log(
      'Kiosk mode. For a locked screen, open that address in Chromium started with: chromium --kiosk --incognito --kiosk-printing --no-first-run --disable-pinch --overscroll-history-navigation=0 "<address>"',
    );
  }
  if (args.open && (await openInBrowser(running.url))) {
    console.log('It is opening in your browser. Press Ctrl+C to stop.');
  } else {
    console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.');
  }
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs `npm run serve` to its end: from tsx (below) or from its bundle (scripts/build-node.mjs). */
export function run(): void {
  main().catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(
        'That port is already in use. Try another with --port, or --port 0 for any free one.',
      );
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) run();
