/**
 * `npm run dist`: installers with electron-builder. A Linux package names
 * who maintains it and where to find them; those are the organisation's
 * own details, so they come from the environment instead of being invented
 * here:
 *
 *   GROUNDWORK_MAINTAINER="Name <email>"   who answers for this build
 *   GROUNDWORK_HOMEPAGE="https://…"        where people read about it
 *
 * Usage: node scripts/dist.mjs [electron-builder options, e.g. --linux]
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

/** Which of the organisation's settings a build for `platform` still needs. */
function missingSettings(env, platform, builderArgs) {
  const buildsLinux =
    builderArgs.includes('--linux') ||
    builderArgs.includes('-l') ||
    (platform === 'linux' && !builderArgs.some((a) => ['--mac', '-m', '--win', '-w'].includes(a)));
  if (!buildsLinux) return [];
  const missing = [];
  if (!/^[^<>]+<[^<>@\s]+@[^<>\s]+>$/.test(env.GROUNDWORK_MAINTAINER ?? '')) {
    missing.push('GROUNDWORK_MAINTAINER="Name <email>" (who maintains this build)');
  }
  if (!/^https?:\/\/\S+$/.test(env.GROUNDWORK_HOMEPAGE ?? '')) {
    missing.push('GROUNDWORK_HOMEPAGE="https://…" (where people can read about it)');
  }
  return missing;
}

const missing = missingSettings(process.env, process.platform, args);
if (missing.length > 0) {
  process.stderr.write(
    [
      'A Linux package must name its maintainer and homepage, and those are your',
      "organisation's details. Set them, then run npm run dist again:",
      ...missing.map((m) => `  ${m}`),
      'See "Building installers" in README.md.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const settings = [];
if (process.env.GROUNDWORK_MAINTAINER)
  settings.push(`-c.linux.maintainer=${process.env.GROUNDWORK_MAINTAINER}`);
if (process.env.GROUNDWORK_HOMEPAGE)
  settings.push(`-c.extraMetadata.homepage=${process.env.GROUNDWORK_HOMEPAGE}`);
const child = spawn(
  process.execPath,
  [resolve(root, 'node_modules/electron-builder/cli.js'), ...settings, ...args],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
child.on('exit', (code) => process.exit(code ?? 1));
