import { posix, win32 } from 'node:path';

/**
 * Which program prints the PDFs, found without starting anything: Electron
 * (the app's own shell, `webContents.printToPDF`) where its binary really
 * is on disk, else a Chromium-family browser installed on this computer
 * (driven by playwright-core against the browser host), else none, with
 * every place looked at so the person can fix it. Pure: the file system,
 * environment and platform are passed in, so tests need no binaries.
 */

export type Engine =
  | {
      kind: 'electron';
      /** How the report names it: `Electron 41.7.1`. */
      name: string;
      executable: string;
      /** The app folder `electron .` starts (package.json whose main is dist/electron/main.cjs). */
      appRoot: string;
    }
  | { kind: 'chromium'; name: string; executable: string };

export interface EngineDiscovery {
  /** Usable engines, best first. */
  engines: Engine[];
  /** One line per place looked at and what was found there, in order. */
  looked: string[];
}

export interface DiscoveryInput {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
  /** A small text file's contents, or null when it cannot be read. */
  readText(path: string): string | null;
  /** The electron npm package's folder (node_modules/electron), or null when it is not installed. */
  electronPackageDir: string | null;
  /** Groundwork's own folder (with package.json and dist/). */
  appRoot: string;
}

/** The built main process `electron .` runs. */
export const ELECTRON_MAIN = 'dist/electron/main.cjs';

interface Candidate {
  name: string;
  path: string;
}

function chromiumCandidates(input: DiscoveryInput): Candidate[] {
  const { env, platform } = input;
  const candidates: Candidate[] = [];
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    for (const dir of apps) {
      candidates.push(
        {
          name: 'Google Chrome',
          path: posix.join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
        },
        { name: 'Chromium', path: posix.join(dir, 'Chromium.app/Contents/MacOS/Chromium') },
        {
          name: 'Microsoft Edge',
          path: posix.join(dir, 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'),
        },
      );
    }
    return candidates;
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => root !== undefined && root !== '',
    );
    for (const root of roots) {
      candidates.push(
        {
          name: 'Google Chrome',
          path: win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        },
        { name: 'Chromium', path: win32.join(root, 'Chromium', 'Application', 'chrome.exe') },
      );
    }
    // Edge is Chromium and comes with Windows: the last resort there.
    for (const root of roots) {
      candidates.push({
        name: 'Microsoft Edge',
        path: win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      });
    }
    return candidates;
  }
  // Linux and the other Unixes: Debian's and Ubuntu's packages first, then PATH.
  const names: [string, string][] = [
    ['chromium', 'Chromium'],
    ['chromium-browser', 'Chromium'],
    ['google-chrome', 'Google Chrome'],
    ['google-chrome-stable', 'Google Chrome'],
  ];
  for (const [file, name] of names) candidates.push({ name, path: posix.join('/usr/bin', file) });
  const pathDirs = (env.PATH ?? '')
    .split(':')
    .filter((dir) => dir.startsWith('/') && dir !== '/usr/bin');
  for (const dir of [...new Set(pathDirs)]) {
    for (const [file, name] of names) candidates.push({ name, path: posix.join(dir, file) });
  }
  candidates.push({ name: 'Chromium', path: '/snap/bin/chromium' });
  // PATH may list /snap/bin already: each place once.
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.path) && seen.add(c.path));
}

function electronEngine(input: DiscoveryInput, looked: string[]): Engine | null {
  const { electronPackageDir: dir, env, platform, appRoot } = input;
  const path = platform === 'win32' ? win32 : posix;
  if (dir === null) {
    looked.push('Electron: the electron package is not installed (npm install).');
    return null;
  }
  // What the electron package's own index.js does to find its binary.
  const relative = input.readText(path.join(dir, 'path.txt'))?.trim();
  if (!relative) {
    looked.push(
      `Electron: no binary (${path.join(dir, 'path.txt')} is missing: its download did not run, e.g. offline or with ELECTRON_SKIP_BINARY_DOWNLOAD).`,
    );
    return null;
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
  if (!input.exists(executable)) {
    looked.push(`Electron: ${executable} does not exist.`);
    return null;
  }
  const main = path.join(appRoot, ELECTRON_MAIN);
  if (!input.exists(main)) {
    looked.push(
      `Electron: ${executable} is there, but the app is not built (${main}): run npm run build.`,
    );
    return null;
  }
  const version = input.readText(path.join(dir, 'dist', 'version'))?.trim();
  looked.push(`Electron: ${executable}`);
  return {
    kind: 'electron',
    name: version ? `Electron ${version.replace(/^v/, '')}` : 'Electron',
    executable,
    appRoot,
  };
}

export function discoverEngines(input: DiscoveryInput): EngineDiscovery {
  const looked: string[] = [];
  const engines: Engine[] = [];
  const electron = electronEngine(input, looked);
  if (electron) engines.push(electron);

  const chosen = input.env.GROUNDWORK_CHROMIUM?.trim();
  if (chosen) {
    if (input.exists(chosen)) {
      looked.push(`GROUNDWORK_CHROMIUM: ${chosen}`);
      engines.push({ kind: 'chromium', name: 'Chromium', executable: chosen });
      return { engines, looked };
    }
    looked.push(`GROUNDWORK_CHROMIUM: ${chosen} does not exist.`);
  } else {
    looked.push('GROUNDWORK_CHROMIUM: not set.');
  }
  const missing: string[] = [];
  for (const candidate of chromiumCandidates(input)) {
    if (input.exists(candidate.path)) {
      if (missing.length > 0) looked.push(`Not found: ${missing.join(', ')}`);
      looked.push(`${candidate.name}: ${candidate.path}`);
      engines.push({ kind: 'chromium', name: candidate.name, executable: candidate.path });
      return { engines, looked };
    }
    missing.push(candidate.path);
  }
  if (missing.length > 0) looked.push(`Not found: ${missing.join(', ')}`);
  return { engines, looked };
}

/** What to say when there is no engine at all: where it looked and how to fix it. */
export function noEngineMessage(discovery: EngineDiscovery, platform: NodeJS.Platform): string {
  const install =
    platform === 'darwin'
      ? 'install Google Chrome or Chromium in /Applications'
      : platform === 'win32'
        ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium (Debian and Ubuntu: sudo apt-get install chromium)';
  return [
    'No program to print with was found. Looked for:',
    ...discovery.looked.map((line) => `  ${line}`),
    `To fix it, ${install}, or set GROUNDWORK_CHROMIUM to a Chromium or Chrome program,`,
    'or run "npm install" with an internet connection so that Electron downloads.',
  ].join('\n');
}

/** How the report names the engine that printed a file: `Chromium (/usr/bin/chromium)`. */
export function engineLabel(engine: Engine): string {
  return `${engine.name} (${engine.executable})`;
}
