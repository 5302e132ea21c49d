import { parseArgs } from 'node:util';
import { slugSchema } from '../contract/api';
import { KIOSK_ARG_OPTIONS, kioskOptionsFrom, type KioskOptions } from '../core/kiosk/args';
import { ROOM_ARG_OPTIONS, roomOptionsFrom, type RoomOptions } from '../core/room/room-args';
import { nativeMessages, type NativeStrings } from '../contract/i18n/native-messages';

/**
 * The Electron shell's security decisions as plain functions: which URLs may
 * load, which frame may call the HostApi, which window a page may ask for,
 * which command-line options count. No `electron` import here, so the rules
 * are tested without a binary (tests/electron/policy.spec.ts,
 * tests/unit/audience-placement.test.ts) and the glue in the other files
 * stays thin.
 */

export const APP_SCHEME = 'app';
/** Every page and asset lives under this one origin: `app://groundwork`. */
export const APP_HOST = 'groundwork';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const SHELL_URL = `${APP_ORIGIN}/index.html`;

/**
 * The app's origin as a CSP source. Chromium matches custom schemes only
 * when they are named: `'self'` and `*` cover network schemes, never `app:`.
 * The scheme-source `app:` matches exactly what this shell serves, because
 * the `app` scheme exists only inside Groundwork.
 */
export const APP_CSP_SOURCE = `${APP_SCHEME}:`;

const SHELL_PATHS = new Set(['/', '/index.html']);
const STAGE_PATH = '/stage.html';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isAppUrl(parsed: URL | null): parsed is URL {
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** The app shell page (library and presenting screens), the only frame allowed to call the HostApi. */
export function isShellUrl(url: string): boolean {
  const parsed = parse(url);
  return isAppUrl(parsed) && SHELL_PATHS.has(parsed.pathname);
}

/** The lesson stage page, which runs untrusted lesson code inside the shell's iframe. */
export function isStageUrl(url: string): boolean {
  const parsed = parse(url);
  return isAppUrl(parsed) && parsed.pathname === STAGE_PATH;
}

const AUDIENCE_HASH = /^#\/audience\/([^/]+)$/;
const PRESENTER_HASH = /^#\/presenter\/([^/]+)(?:\/[^/]*)?\/?$/;

/** A lesson slug from one route segment, or null when it does not decode or fails the contract's slugSchema. */
function slugFromSegment(segment: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return slugSchema.safeParse(slug).success ? slug : null;
}

/** The shell's audience route for a lesson: `#/audience/<slug>`, the slug encoded as the renderer does. */
export function audienceRoute(slug: string): `#/audience/${string}` {
  return `#/audience/${encodeURIComponent(slug)}`;
}

/**
 * The one `window.open` the app honours: the shell page itself
 * (`app://groundwork/index.html`, exactly, with no query) at the audience
 * route of a valid slug, spelled as `audienceRoute` spells it. Returns the
 * slug, or null for every other URL (other origins, paths and routes,
 * `javascript:`, `data:`, `file:`, a slug that is a path or does not decode).
 * Even then the page gets no window of its own making: the main process opens
 * the audience window itself (electron/audience-window.ts).
 */
export function audienceWindowRequest(url: string): { slug: string } | null {
  const hashAt = url.indexOf('#');
  if (hashAt < 0 || url.slice(0, hashAt) !== SHELL_URL) return null;
  const hash = url.slice(hashAt);
  const segment = AUDIENCE_HASH.exec(hash)?.[1];
  if (segment === undefined) return null;
  const slug = slugFromSegment(segment);
  if (slug === null || audienceRoute(slug) !== hash) return null;
  return { slug };
}

/**
 * The lesson the shell presents when its main frame is at a presenter route,
 * `app://groundwork/index.html#/presenter/<slug>/<n>`; null for any other
 * address (the library, the single-window `#/lesson/…` route, the audience).
 */
export function presenterRouteSlug(url: string): string | null {
  const hashAt = url.indexOf('#');
  if (hashAt < 0 || url.slice(0, hashAt) !== SHELL_URL) return null;
  const segment = PRESENTER_HASH.exec(url.slice(hashAt))?.[1];
  return segment === undefined ? null : slugFromSegment(segment);
}

export interface RequestPolicyOptions {
  /** Developer tools load their own pages over `devtools:`; allowed only in development. */
  allowDevTools: boolean;
}

/**
 * Whether a request may proceed. Only the app's own origin is served; `data:`
 * and `blob:` never leave the process (the compiler inlines lesson images as
 * `data:` URLs). Everything else, every network scheme and `file:` included,
 * is cancelled: the app works offline and nothing a person does is sent out.
 */
export function isAllowedRequestUrl(url: string, options: RequestPolicyOptions): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST;
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return options.allowDevTools;
    default:
      return false;
  }
}

/**
 * Whether a frame inside the shell may navigate to `url`. The only subframe
 * is the lesson stage; the main frame never navigates (it is loaded once by
 * the main process, which `will-navigate` does not see).
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return false;
  return url === 'about:blank' || isStageUrl(url);
}

/**
 * How WebRTC may reach the network: only through the session's proxy, and
 * never by UDP unless the proxy carries UDP (an HTTP proxy does not). With
 * `REFUSING_PROXY` that leaves it nowhere to go. Set on every web contents
 * (`webContents.setWebRTCIPHandlingPolicy`).
 */
export const WEBRTC_IP_HANDLING_POLICY = 'disable_non_proxied_udp';

/**
 * The session's proxy: every request the network service would make goes to
 * a loopback port where nothing should listen (9, the "discard" port, which
 * Fetch also counts as a bad port), so it fails on this machine. The app
 * itself never touches the network: `app://` is served in-process by
 * `protocol.handle`, and `data:`/`blob:` never leave the renderer.
 * `<-loopback>` removes Chromium's implicit bypass for localhost and
 * link-local addresses (net/docs/proxy.md), so nothing bypasses the proxy,
 * not even 127.0.0.1.
 */
export const REFUSING_PROXY = {
  mode: 'fixed_servers',
  proxyRules: 'http://127.0.0.1:9',
  proxyBypassRules: '<-loopback>',
} as const;

/**
 * Chromium switches set before the app is ready. `host-resolver-rules`
 * makes every host-name lookup in the network service fail at once, so a
 * `<link rel=dns-prefetch>` (which Electron's network-hints handler still
 * resolves) or any other hint sends no DNS query: the app has no host name
 * to resolve. No `EXCLUDE`: nothing is left out of the rule.
 */
export const NETWORK_SWITCHES: readonly (readonly [name: string, value: string])[] = [
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
];

/** Whether host-resolver rules make every lookup fail: one `MAP * ~NOTFOUND`, nothing excluded. */
export function resolverRulesResolveNothing(rules: string): boolean {
  const parts = rules
    .split(',')
    .map((rule) => rule.trim().replace(/\s+/g, ' '))
    .filter((rule) => rule !== '');
  return parts.length === 1 && parts[0] === 'MAP * ~NOTFOUND';
}

/** Whether a proxy bypass list lets anything past the proxy: only an empty list plus `<-loopback>` does not. */
export function proxyBypassesAnything(bypassRules: string): boolean {
  const rules = bypassRules
    .split(/[,;]/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '');
  return !(rules.length === 1 && rules[0] === '<-loopback>');
}

/** Whether proxy rules send every scheme to one loopback proxy, with no fallback to a direct connection. */
export function proxyIsLoopbackOnly(proxyRules: string): boolean {
  const proxies = proxyRules.split(/[,;]/).map((rule) => rule.trim());
  return (
    proxies.length === 1 &&
    /^(?:http:\/\/)?127\.0\.0\.1:\d+$/.test(proxies[0] ?? '') &&
    !proxyRules.includes('direct://') &&
    !proxyRules.includes('=')
  );
}

/** Chromium and Node switches that open a debugging port into the app. */
export const DEBUGGING_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
] as const;

/** Returns the debugging switches present in `argv` (`--name` or `--name=value`). */
export function debuggingSwitchesIn(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    const match = /^--?([a-z-]+)(?:=.*)?$/.exec(arg);
    const name = match?.[1];
    if (name && (DEBUGGING_SWITCHES as readonly string[]).includes(name)) found.add(name);
  }
  return [...found];
}

export interface CommandLine {
  /** The folder given with `--content DIR` or `--content=DIR`; null when absent. */
  contentDir: string | null;
}

/**
 * Reads Groundwork's own options from `process.argv`. Scans the whole list
 * because where the app's arguments start differs between `electron .`, a
 * packaged binary and test runners.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let contentDir: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--content') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) contentDir = next;
      i += 1;
    } else if (arg?.startsWith('--content=')) {
      contentDir = arg.slice('--content='.length) || null;
    }
  }
  return { contentDir };
}

/**
 * `--kiosk [--idle-seconds N] [--set-pin]` from `process.argv`, with the
 * core's rules (core/kiosk/args.ts). Not strict, because the same list holds
 * Electron's, Chromium's and the test runner's own switches and `--content`;
 * so a flag given a value it does not take (`--kiosk=yes`) or missing the
 * one it needs is refused here. Throws a sentence a person can act on.
 */
export function kioskFromCommandLine(argv: readonly string[]): KioskOptions {
  const { values } = parseArgs({
    args: argv.slice(1),
    options: KIOSK_ARG_OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  const { kiosk, 'set-pin': setPin, 'idle-seconds': idleSeconds, printer } = values;
  if (printer !== undefined && typeof printer !== 'boolean') {
    throw new Error('--printer takes no value.');
  }
  if (kiosk !== undefined && typeof kiosk !== 'boolean') {
    throw new Error('--kiosk takes no value.');
  }
  if (setPin !== undefined && typeof setPin !== 'boolean') {
    throw new Error('--set-pin takes no value.');
  }
  // `--idle-seconds --set-pin` takes the next flag as its value: say what is missing.
  if (
    idleSeconds !== undefined &&
    (typeof idleSeconds !== 'string' || idleSeconds.startsWith('--'))
  ) {
    throw new Error('--idle-seconds needs a number of seconds, as in --idle-seconds 120.');
  }
  return kioskOptionsFrom({ kiosk, 'set-pin': setPin, 'idle-seconds': idleSeconds, printer });
}

/**
 * The lesson process's arguments for the kiosk options (electron/lesson-process.ts
 * reads them back). `--set-pin` goes only to the first lesson process: one
 * restarted after a crash must not ask whoever stands at the screen to
 * choose the staff PIN.
 */
export function kioskProcessArgs(
  options: KioskOptions,
  { firstStart }: { firstStart: boolean },
): string[] {
  if (!options.kiosk) return [];
  return [
    '--kiosk',
    '--idle-seconds',
    String(options.idleSeconds),
    ...(options.setPin && firstStart ? ['--set-pin'] : []),
    ...(options.printer ? ['--printer'] : []),
  ];
}

/** The kiosk's home, where a kiosk window starts again after its page crashed or hung. */
export const KIOSK_HOME_URL = `${SHELL_URL}#/`;

/**
 * How often a kiosk window may start its page again: the first time at
 * once, then at least `minIntervalMs` after the last, doubling with every
 * further crash up to `maxIntervalMs`, so a page that crashes as it loads
 * cannot keep the machine busy. A `stableMs` without a crash starts over.
 */
export const KIOSK_RECOVERY = {
  minIntervalMs: 5_000,
  maxIntervalMs: 60_000,
  stableMs: 60_000,
} as const;

export interface RecoveryState {
  /** When the last reload was (or is to be) started; null before the first. */
  lastAt: number | null;
  /** Reloads in the current run of crashes. */
  streak: number;
}

export const NO_RECOVERY: RecoveryState = { lastAt: null, streak: 0 };

/** When to start the page again after a crash at `now`, and the state after it. */
export function planRecovery(
  state: RecoveryState,
  now: number,
): { delayMs: number; next: RecoveryState } {
  if (state.lastAt === null || now - state.lastAt >= KIOSK_RECOVERY.stableMs) {
    return { delayMs: 0, next: { lastAt: now, streak: 1 } };
  }
  const interval = Math.min(
    KIOSK_RECOVERY.maxIntervalMs,
    KIOSK_RECOVERY.minIntervalMs * 2 ** Math.max(0, state.streak - 1),
  );
  const delayMs = Math.max(0, state.lastAt + interval - now);
  return { delayMs, next: { lastAt: now + delayMs, streak: state.streak + 1 } };
}

const FALLBACK_FILE_NAME = 'groundwork-file';

/**
 * A file name that is safe to offer in the save dialog: no folders, no
 * characters that Windows, macOS or Linux reject, not empty, not too long.
 * The person can still change it in the dialog.
 */
export function safeFileName(suggested: string): string {
  const base = suggested.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned === '' ? FALLBACK_FILE_NAME : cleaned;
}

/** Save-dialog filter for the file's extension, so the dialog keeps it, named in the computer's language. */
export function fileFilterFor(
  fileName: string,
  words: Pick<NativeStrings, 'allFiles' | 'fileOfType'> = nativeMessages('en'),
): { name: string; extensions: string[] }[] {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  const extension = match?.[1]?.toLowerCase();
  const all = { name: words.allFiles, extensions: ['*'] };
  if (!extension) return [all];
  return [{ name: words.fileOfType(extension.toUpperCase()), extensions: [extension] }, all];
}

/**
 * `--room [--room-host ADDRESS] [--room-port N]` from `process.argv`, with
 * the core's rules (core/room/room-args.ts); not strict, for the same reason
 * as the kiosk's flags. Throws a sentence a person can act on.
 */
export function roomFromCommandLine(argv: readonly string[]): RoomOptions {
  const { values } = parseArgs({
    args: argv.slice(1),
    options: ROOM_ARG_OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  const { room, 'room-host': host, 'room-port': port } = values;
  if (room !== undefined && typeof room !== 'boolean') throw new Error('--room takes no value.');
  for (const [flag, value] of [
    ['--room-host', host],
    ['--room-port', port],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.startsWith('--'))) {
      throw new Error(
        `${flag} needs a value, as in ${flag === '--room-host' ? '--room-host 192.168.1.20' : '--room-port 4690'}.`,
      );
    }
  }
  return roomOptionsFrom({
    room,
    'room-host': typeof host === 'string' ? host : undefined,
    'room-port': typeof port === 'string' ? port : undefined,
  });
}
