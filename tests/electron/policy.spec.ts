import { expect, test } from '@playwright/test';
import { nativeMessages } from '../../contract/i18n/native-messages';
import { appMenuTemplate } from '../../electron/app-menu';
import {
  MAX_SAVE_BASE64_LENGTH,
  parseOrRefuse,
  saveFileRequestSchema,
  slugSchema,
} from '../../electron/ipc-schemas';
import {
  debuggingSwitchesIn,
  fileFilterFor,
  isAllowedFrameNavigation,
  isAllowedRequestUrl,
  isShellUrl,
  isStageUrl,
  NETWORK_SWITCHES,
  parseCommandLine,
  proxyBypassesAnything,
  proxyIsLoopbackOnly,
  REFUSING_PROXY,
  resolverRulesResolveNothing,
  safeFileName,
  WEBRTC_IP_HANDLING_POLICY,
} from '../../electron/policy';

// The shell's security rules as plain functions. These run everywhere, with
// or without an Electron binary; shell.spec.ts checks they are wired in.

const release = { allowDevTools: false };
const development = { allowDevTools: true };

test.describe('request policy (session.webRequest)', () => {
  test('lets the app load its own pages and assets', () => {
    expect(isAllowedRequestUrl('app://groundwork/index.html', release)).toBe(true);
    expect(isAllowedRequestUrl('app://groundwork/assets/index-abc.js', release)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', release)).toBe(true);
    expect(isAllowedRequestUrl('blob:app://groundwork/1234', release)).toBe(true);
  });

  test('cancels every request that would leave the app', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/api',
      'wss://example.com/socket',
      'ws://localhost/',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'app://somewhere-else/index.html',
      'chrome://settings',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url, release), url).toBe(false);
    }
  });

  test('allows developer tools pages only in development', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', development)).toBe(
      true,
    );
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', release)).toBe(false);
  });
});

test.describe('network the request filter does not see (WebRTC, hints, pre-connects)', () => {
  test('WebRTC may not use UDP outside the proxy', () => {
    expect(WEBRTC_IP_HANDLING_POLICY).toBe('disable_non_proxied_udp');
  });

  test('the session proxy is one loopback port, with no direct fallback and no bypass', () => {
    expect(REFUSING_PROXY.mode).toBe('fixed_servers');
    expect(proxyIsLoopbackOnly(REFUSING_PROXY.proxyRules)).toBe(true);
    expect(proxyBypassesAnything(REFUSING_PROXY.proxyBypassRules)).toBe(false);
  });

  test('recognises proxy settings that would let traffic out', () => {
    for (const rules of [
      'http://127.0.0.1:9,direct://',
      'http=127.0.0.1:9',
      'proxy.example:8080',
      'socks5://10.0.0.1:1080',
      'http://127.0.0.1:9;https=proxy.example',
    ]) {
      expect(proxyIsLoopbackOnly(rules), rules).toBe(false);
    }
    for (const bypass of [
      '',
      '<local>',
      '<-loopback>,*.example.com',
      '127.0.0.1',
      '<-loopback>;*',
    ]) {
      expect(proxyBypassesAnything(bypass), bypass).toBe(true);
    }
  });

  test('no host name resolves, with nothing excluded', () => {
    const rules = NETWORK_SWITCHES.find(([name]) => name === 'host-resolver-rules')?.[1] ?? '';
    expect(resolverRulesResolveNothing(rules)).toBe(true);
    for (const leaky of ['MAP * ~NOTFOUND, EXCLUDE localhost', 'MAP *.example ~NOTFOUND', '']) {
      expect(resolverRulesResolveNothing(leaky), leaky).toBe(false);
    }
  });
});

test.describe('IPC sender policy', () => {
  test('recognises only the shell page of the app origin', () => {
    expect(isShellUrl('app://groundwork/')).toBe(true);
    expect(isShellUrl('app://groundwork/index.html')).toBe(true);
    expect(isShellUrl('app://groundwork/index.html#/present/intro')).toBe(true);
    expect(isShellUrl('app://groundwork/stage.html')).toBe(false);
    expect(isShellUrl('app://evil/index.html')).toBe(false);
    expect(isShellUrl('https://groundwork/index.html')).toBe(false);
    expect(isShellUrl('file:///index.html')).toBe(false);
    expect(isShellUrl('')).toBe(false);
  });

  test('tells the lesson stage apart from the shell', () => {
    expect(isStageUrl('app://groundwork/stage.html')).toBe(true);
    expect(isStageUrl('app://groundwork/index.html')).toBe(false);
  });
});

test.describe('navigation policy', () => {
  test('the main frame never navigates', () => {
    expect(isAllowedFrameNavigation('https://example.com/', true)).toBe(false);
    expect(isAllowedFrameNavigation('app://groundwork/index.html', true)).toBe(false);
  });

  test('a subframe may only show the lesson stage', () => {
    expect(isAllowedFrameNavigation('app://groundwork/stage.html', false)).toBe(true);
    expect(isAllowedFrameNavigation('about:blank', false)).toBe(true);
    expect(isAllowedFrameNavigation('app://groundwork/index.html', false)).toBe(false);
    expect(isAllowedFrameNavigation('https://example.com/', false)).toBe(false);
  });
});

test.describe('command line', () => {
  test('reads --content in both spellings, wherever it appears', () => {
    expect(parseCommandLine(['electron', '.', '--content', 'lessons']).contentDir).toBe('lessons');
    expect(
      parseCommandLine(['/opt/Groundwork/groundwork', '--content=/srv/lessons']).contentDir,
    ).toBe('/srv/lessons');
    expect(
      parseCommandLine([
        'electron',
        '--inspect=0',
        '--remote-debugging-port=0',
        '.',
        '--content',
        'x',
      ]).contentDir,
    ).toBe('x');
  });

  test('without --content (or without its value) falls back to the default', () => {
    expect(parseCommandLine(['electron', '.']).contentDir).toBeNull();
    expect(parseCommandLine(['electron', '.', '--content']).contentDir).toBeNull();
    expect(parseCommandLine(['electron', '.', '--content', '--other']).contentDir).toBeNull();
  });

  test('spots every switch that would open a debugging port', () => {
    expect(debuggingSwitchesIn(['app', '--remote-debugging-port=9222'])).toEqual([
      'remote-debugging-port',
    ]);
    expect(debuggingSwitchesIn(['app', '--inspect', '--inspect-brk=9229'])).toEqual([
      'inspect',
      'inspect-brk',
    ]);
    expect(debuggingSwitchesIn(['app', '--content', 'lessons'])).toEqual([]);
  });
});

test.describe('saving a file', () => {
  test('offers a plain file name, never a path', () => {
    expect(safeFileName('my-plan.pdf')).toBe('my-plan.pdf');
    expect(safeFileName('../../.bashrc')).toBe('bashrc');
    expect(safeFileName('C:\\Windows\\system32\\plan.txt')).toBe('plan.txt');
    expect(safeFileName('plan<1>:"?.txt')).toBe('plan1.txt');
    expect(safeFileName('   ')).toBe('groundwork-file');
    expect(safeFileName('x'.repeat(300)).length).toBe(120);
  });

  test('keeps the extension in the dialog filter', () => {
    expect(fileFilterFor('plan.PDF')[0]).toEqual({ name: 'PDF file', extensions: ['pdf'] });
    expect(fileFilterFor('notes')).toEqual([{ name: 'All files', extensions: ['*'] }]);
    // Named in the computer's language.
    expect(fileFilterFor('plan.pdf', nativeMessages('es-MX'))).toEqual([
      { name: 'Archivo PDF', extensions: ['pdf'] },
      { name: 'Todos los archivos', extensions: ['*'] },
    ]);
  });
});

test.describe('IPC argument validation', () => {
  test('a slug cannot reach outside the content folder', () => {
    expect(slugSchema.safeParse('coping-strategies').success).toBe(true);
    for (const bad of ['../secrets', 'a/b', 'a\\b', '..', '', 42, null]) {
      expect(slugSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  test('a save request must be the exact shape, in base64, within the size limit', () => {
    const ok = { suggestedName: 'plan.txt', mimeType: 'text/plain', base64: 'aGVsbG8=' };
    expect(saveFileRequestSchema.safeParse(ok).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ ...ok, path: '/etc/passwd' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...ok, base64: 'not base64!' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...ok, base64: 'abc' }).success).toBe(false);
    const tooBig = 'A'.repeat(MAX_SAVE_BASE64_LENGTH + 4);
    expect(saveFileRequestSchema.safeParse({ ...ok, base64: tooBig }).success).toBe(false);
  });
});

test('a refused IPC argument gives a short reason, not a dump', () => {
  expect(() => parseOrRefuse(slugSchema, '../x', 'lesson name')).toThrow(
    'Refused lesson name: must not contain a path separator',
  );
  expect(parseOrRefuse(slugSchema, 'intro', 'lesson name')).toBe('intro');
});

test.describe('the app menu outside kiosk mode', () => {
  const labels = (items: ReturnType<typeof appMenuTemplate>): string[] =>
    items.flatMap((item) => [
      item.label ?? '',
      ...(Array.isArray(item.submenu)
        ? item.submenu.map((sub) => sub.label ?? sub.type ?? '')
        : []),
    ]);

  test('speaks the computer’s language, and offers no reload', () => {
    const spanish = appMenuTemplate(nativeMessages('es-MX'), 'linux', false);
    expect(spanish.map((item) => item.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana']);
    expect(labels(spanish)).toContain('Pantalla completa');
    const roles = spanish.flatMap((item) =>
      Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.role) : [],
    );
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  test('keeps the developer tools for a debugging start only, and the app menu on macOS', () => {
    const debug = appMenuTemplate(nativeMessages('en'), 'linux', true);
    expect(labels(debug)).toContain('Developer Tools');
    const mac = appMenuTemplate(nativeMessages('en-GB'), 'darwin', false);
    expect(mac[0]?.label).toBe('Groundwork');
    expect(labels(mac)).toContain('Quit Groundwork');
  });
});
