import { describe, expect, it } from 'vitest';
import {
  discoverEngines,
  engineLabel,
  noEngineMessage,
  type DiscoveryInput,
} from '../../core/export/engines';
import { electronArgs } from '../../core/export/electron';
import { EXPORT_FLAG, exportJobFileIn } from '../../core/export/electron-job';

const APP = '/app';
const ELECTRON_DIR = '/app/node_modules/electron';

/** A machine with exactly these files (and these small text files). */
function machine(
  files: string[],
  texts: Record<string, string> = {},
  overrides: Partial<DiscoveryInput> = {},
): DiscoveryInput {
  const present = new Set([...files, ...Object.keys(texts)]);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    platform: 'linux',
    exists: (path) => present.has(path),
    readText: (path) => texts[path] ?? null,
    electronPackageDir: ELECTRON_DIR,
    appRoot: APP,
    ...overrides,
  };
}

const ELECTRON_INSTALLED = {
  [`${ELECTRON_DIR}/path.txt`]: 'electron',
  [`${ELECTRON_DIR}/dist/version`]: '41.7.1',
};

describe('engine discovery', () => {
  it('puts Electron first when its binary and the built app exist, then a Chromium', () => {
    const found = discoverEngines(
      machine(
        [`${ELECTRON_DIR}/dist/electron`, `${APP}/dist/electron/main.cjs`, '/usr/bin/chromium'],
        ELECTRON_INSTALLED,
      ),
    );
    expect(found.engines).toEqual([
      {
        kind: 'electron',
        name: 'Electron 41.7.1',
        executable: `${ELECTRON_DIR}/dist/electron`,
        appRoot: APP,
      },
      { kind: 'chromium', name: 'Chromium', executable: '/usr/bin/chromium' },
    ]);
    expect(engineLabel(found.engines[1]!)).toBe('Chromium (/usr/bin/chromium)');
  });

  it('skips Electron when its download never ran (no path.txt), saying so', () => {
    const found = discoverEngines(machine(['/usr/bin/chromium']));
    expect(found.engines.map((e) => e.kind)).toEqual(['chromium']);
    expect(found.looked[0]).toMatch(/Electron: no binary .*path\.txt is missing/);
  });

  it('skips an Electron whose binary is gone, or whose app is not built', () => {
    expect(discoverEngines(machine(['/usr/bin/chromium'], ELECTRON_INSTALLED)).looked[0]).toBe(
      `Electron: ${ELECTRON_DIR}/dist/electron does not exist.`,
    );
    const unbuilt = discoverEngines(machine([`${ELECTRON_DIR}/dist/electron`], ELECTRON_INSTALLED));
    expect(unbuilt.engines).toEqual([]);
    expect(unbuilt.looked[0]).toMatch(/the app is not built .*main\.cjs.*npm run build/);
  });

  it('finds the binary where ELECTRON_OVERRIDE_DIST_PATH says, as the electron package does', () => {
    const found = discoverEngines(
      machine(['/opt/electron/electron', `${APP}/dist/electron/main.cjs`], ELECTRON_INSTALLED, {
        env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' },
      }),
    );
    expect(found.engines[0]).toMatchObject({
      kind: 'electron',
      executable: '/opt/electron/electron',
    });
  });

  it('prefers GROUNDWORK_CHROMIUM, and says when it points nowhere', () => {
    const chosen = discoverEngines(
      machine(
        ['/opt/chrome/chrome', '/usr/bin/chromium'],
        {},
        {
          env: { GROUNDWORK_CHROMIUM: '/opt/chrome/chrome' },
          electronPackageDir: null,
        },
      ),
    );
    expect(chosen.engines).toEqual([
      { kind: 'chromium', name: 'Chromium', executable: '/opt/chrome/chrome' },
    ]);
    const wrong = discoverEngines(
      machine(['/usr/bin/chromium'], {}, { env: { GROUNDWORK_CHROMIUM: '/nowhere' } }),
    );
    expect(wrong.looked).toContain('GROUNDWORK_CHROMIUM: /nowhere does not exist.');
    expect(wrong.engines[0]?.executable).toBe('/usr/bin/chromium');
  });

  it('looks in /usr/bin, then along PATH, then in snap on Linux', () => {
    const inPath = discoverEngines(machine(['/usr/local/bin/google-chrome-stable']));
    expect(inPath.engines).toEqual([
      {
        kind: 'chromium',
        name: 'Google Chrome',
        executable: '/usr/local/bin/google-chrome-stable',
      },
    ]);
    const viaSnap = discoverEngines(machine(['/snap/bin/chromium']));
    expect(viaSnap.engines[0]?.executable).toBe('/snap/bin/chromium');
    expect(discoverEngines(machine(['/usr/bin/chromium-browser'])).engines[0]?.executable).toBe(
      '/usr/bin/chromium-browser',
    );
  });

  it('knows the standard macOS applications', () => {
    const found = discoverEngines(
      machine(
        ['/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium'],
        {},
        {
          platform: 'darwin',
          env: { HOME: '/Users/ana' },
        },
      ),
    );
    expect(found.engines).toEqual([
      {
        kind: 'chromium',
        name: 'Chromium',
        executable: '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
      },
    ]);
  });

  it('knows Windows’ install folders, with Edge as the last resort', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
    };
    const chrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const both = discoverEngines(
      machine([chrome, edge], {}, { platform: 'win32', env, electronPackageDir: null }),
    );
    expect(both.engines).toEqual([{ kind: 'chromium', name: 'Google Chrome', executable: chrome }]);
    const edgeOnly = discoverEngines(
      machine([edge], {}, { platform: 'win32', env, electronPackageDir: null }),
    );
    expect(edgeOnly.engines).toEqual([
      { kind: 'chromium', name: 'Microsoft Edge', executable: edge },
    ]);
  });

  it('with nothing found, says where it looked and how to fix it', () => {
    const none = discoverEngines(machine([], {}, { electronPackageDir: null }));
    expect(none.engines).toEqual([]);
    const message = noEngineMessage(none, 'linux');
    expect(message).toMatch(/^No program to print with was found\. Looked for:/);
    expect(message).toMatch(/Electron: the electron package is not installed/);
    expect(message).toMatch(/\/usr\/bin\/chromium, \/usr\/bin\/chromium-browser/);
    expect(message).toMatch(/\/usr\/local\/bin\/google-chrome/);
    expect(message).toMatch(/sudo apt-get install chromium/);
    expect(message).toMatch(/GROUNDWORK_CHROMIUM/);
    expect(message).toMatch(/npm install.*Electron downloads/);
    expect(noEngineMessage(none, 'win32')).toMatch(/Google Chrome or Microsoft Edge/);
  });
});

describe('the Electron export flag', () => {
  it('is read in both spellings, and not from a following option', () => {
    expect(exportJobFileIn(['electron', '.', EXPORT_FLAG, '/tmp/jobs.json'])).toBe(
      '/tmp/jobs.json',
    );
    expect(exportJobFileIn([`${EXPORT_FLAG}=/tmp/j.json`])).toBe('/tmp/j.json');
    expect(exportJobFileIn([EXPORT_FLAG, '--content', 'x'])).toBeNull();
    expect(exportJobFileIn(['electron', '.'])).toBeNull();
  });

  it('starts the app on Ozone’s headless platform only on a Linux without a display', () => {
    const engine = {
      kind: 'electron' as const,
      name: 'Electron',
      executable: '/e/electron',
      appRoot: '/app',
    };
    const base = { contentDir: '/lessons' };
    expect(electronArgs(engine, '/tmp/j.json', { ...base, env: {}, platform: 'linux' })).toEqual([
      '--ozone-platform=headless',
      '--disable-gpu',
      '/app',
      EXPORT_FLAG,
      '/tmp/j.json',
      '--content',
      '/lessons',
    ]);
    expect(
      electronArgs(engine, '/tmp/j.json', { ...base, env: { DISPLAY: ':0' }, platform: 'linux' }),
    ).toEqual(['/app', EXPORT_FLAG, '/tmp/j.json', '--content', '/lessons']);
    expect(electronArgs(engine, '/tmp/j.json', { ...base, env: {}, platform: 'darwin' })[0]).toBe(
      '/app',
    );
  });
});
