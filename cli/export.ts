import { runExport } from '../core/export/runner/run';

// `npm run export -- <lesson...> --handout|--guide|--card …`: prints handouts
// to PDF without the app (core/export/, docs/handouts.md).
runExport(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  platform: process.platform,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `groundwork export failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
