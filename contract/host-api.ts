import { z } from 'zod';
import { crisisResourcesViewSchema } from './crisis';
import { kioskStatusSchema, pinCheckSchema, pinSchema } from './kiosk';
import { lessonSummarySchema, loadedLessonSchema } from './lesson';
import { printRequestSchema } from './print';
import { pendingAskSchema, roomAddressSchema, roomViewSchema } from './room';
import {
  resumableSchema,
  sessionCommandSchema,
  sessionStateSchema,
  viewReportSchema,
} from './session';
import { SAVE_LIMITS } from './stage-protocol';
import { themeViewSchema } from './theme';

/**
 * The one API between the renderer and the core, defined once. Every
 * binding derives from these tables: the Electron handlers and preload, the
 * browser host's routes and its HTTP client, and the `isHostApi` guard. A
 * method added here and not bound in a host is a type error there.
 */

/** A lesson slug names a file or folder directly inside the content folder. */
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (slug) => !slug.includes('/') && !slug.includes('\\') && !slug.includes('\0'),
    'must not contain a path separator',
  )
  .refine((slug) => slug !== '.' && slug !== '..', 'must name a lesson');

/** The shell's own limit on what a lesson may offer to save, defined once in the stage protocol. */
export const MAX_SAVE_BYTES = SAVE_LIMITS.maxBytes;
export const MAX_SAVE_BASE64_LENGTH = Math.ceil(MAX_SAVE_BYTES / 3) * 4;
// A single character class with no nested repetition: linear on large inputs.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  mimeType: z.string().max(255),
  /** File contents, base64, so text and PDFs travel the same way. */
  base64: z
    .string()
    .max(MAX_SAVE_BASE64_LENGTH, 'is larger than a saved file may be')
    .refine((value) => value.length % 4 === 0 && BASE64.test(value), 'must be base64'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.strictObject({ saved: z.boolean() });
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/**
 * How a "Print handouts…" request ended: Electron saved a PDF (or the person
 * cancelled its save dialog), the browser host opened the print page (its
 * print dialog saves the PDF), or it failed, with a plain sentence why.
 */
export const PRINT_RESULTS = ['saved', 'cancelled', 'opened', 'failed'] as const;
export const printResultSchema = z.strictObject({
  outcome: z.enum(PRINT_RESULTS),
  message: z.string().max(2_000).nullable(),
});
export type PrintResult = z.infer<typeof printResultSchema>;

/** What changed in the content folder; the renderer re-fetches what it shows. */
export const lessonsChangedSchema = z.strictObject({
  /** Slugs whose sources changed (added, edited, removed). */
  slugs: z.array(z.string()),
});
export type LessonsChanged = z.infer<typeof lessonsChangedSchema>;

interface MethodSpec {
  args: z.ZodTuple;
  result: z.ZodType;
}

/** Request/response methods: arguments in, one answer out. */
export const HOST_METHODS = {
  listLessons: { args: z.tuple([]), result: z.array(lessonSummarySchema) },
  loadLesson: { args: z.tuple([slugSchema]), result: loadedLessonSchema },
  /** Crisis lines for the crisis panel, from the content folder's resources.yml. */
  getCrisisResources: { args: z.tuple([]), result: crisisResourcesViewSchema },
  /**
   * Staff choose the region whose crisis lines are shown (null: none yet);
   * written to resources.yml. Refused on a locked kiosk.
   */
  setCrisisRegion: {
    args: z.tuple([z.string().max(64).nullable()]),
    result: crisisResourcesViewSchema,
  },
  /** The organisation's look from the content folder's theme.yml (contract/theme.ts), for every view. */
  getTheme: { args: z.tuple([]), result: themeViewSchema },
  /** Saves a file the participant chose to keep (system dialog or download). */
  saveFile: { args: z.tuple([saveFileRequestSchema]), result: saveFileResultSchema },
  /** Prints a handout, guide or help card of a lesson (contract/print.ts). */
  printDocument: { args: z.tuple([printRequestSchema]), result: printResultSchema },
  /**
   * Joins the running session of a lesson, or starts one at slide `atIndex`
   * (the view's address; clamped); null when the lesson cannot present.
   */
  startSession: {
    args: z.tuple([slugSchema, z.number().int().min(0).max(100_000).optional()]),
    result: sessionStateSchema.nullable(),
  },
  getSession: { args: z.tuple([]), result: sessionStateSchema.nullable() },
  /** From any view: the session after the command, null when there is none. */
  sendSessionCommand: {
    args: z.tuple([sessionCommandSchema]),
    result: sessionStateSchema.nullable(),
  },
  endSession: { args: z.tuple([]), result: z.null() },
  /** A view's heartbeat (VIEW_PRESENCE), so the presenter knows whether the audience view is open. */
  reportView: { args: z.tuple([viewReportSchema]), result: z.null() },
  /** A session an accidental close left behind, offered as "Resume". */
  getResumableSession: { args: z.tuple([]), result: resumableSchema.nullable() },
  resumeSession: { args: z.tuple([]), result: sessionStateSchema.nullable() },
  /** "Start fresh": forgets the session left behind. */
  discardResumableSession: { args: z.tuple([]), result: z.null() },
  /** Whether this host runs as a kiosk (contract/kiosk.ts), read as the renderer starts. */
  getKioskStatus: { args: z.tuple([]), result: kioskStatusSchema },
  /** Chooses the staff PIN; refused (false) unless the kiosk is waiting for one. */
  setKioskPin: { args: z.tuple([pinSchema]), result: z.boolean() },
  /** Leaves kiosk mode with the staff PIN; wrong tries are rate-limited by the host. */
  leaveKiosk: { args: z.tuple([z.string().max(64)]), result: pinCheckSchema },
  /** Staff who left the kiosk put it back; refused unless the host started as one. */
  enterKiosk: { args: z.tuple([]), result: kioskStatusSchema },
  /**
   * The end of a kiosk visit: the host forgets what the visit left in its
   * window (Electron: storage, cache and the clipboard; the browser host: the
   * page's own storage). The renderer has already dropped its state.
   */
  clearVisit: { args: z.tuple([]), result: z.null() },
  /**
   * Prints the take-home sheet the kiosk has put on its page, to the printer
   * staff set up, never through a dialog a visitor could leave by (Electron:
   * a silent print; the browser host: the browser's print, silent under
   * Chromium's --kiosk-printing). True when it went to the printer.
   */
  printTakeHome: { args: z.tuple([]), result: z.boolean() },
  /**
   * "Let phones join" (issue 16): opens the participant server on one of
   * this computer's addresses (null: the host's fixed `--room-host`, else its
   * first network). Never the app's own API: phones reach only the room.
   */
  openRoom: { args: z.tuple([z.string().max(64).nullable()]), result: roomViewSchema },
  /** Closes the room: every phone is disconnected and every answer forgotten. */
  closeRoom: { args: z.tuple([]), result: roomViewSchema },
  getRoom: { args: z.tuple([]), result: roomViewSchema },
  /** The addresses the presenter view offers to open the room on; `fixed` when `--room-host` chose. */
  getRoomAddresses: {
    args: z.tuple([]),
    result: z.strictObject({
      fixed: z.string().max(64).nullable(),
      addresses: z.array(roomAddressSchema).max(64),
    }),
  },
  /** Questions from phones waiting for the facilitator: only the presenter view asks for them. */
  getRoomAsks: { args: z.tuple([]), result: z.array(pendingAskSchema) },
  /** Shows a phone's question to the room. */
  approveRoomAsk: { args: z.tuple([z.string().max(64)]), result: roomViewSchema },
  /** Takes a phone's question away, waiting or shown. */
  dismissRoomAsk: { args: z.tuple([z.string().max(64)]), result: roomViewSchema },
} as const satisfies Record<string, MethodSpec>;

/** Events the host sends to every view; each is subscribed to as `on<Event>`. */
export const HOST_EVENTS = {
  /** Content changes (live reload). */
  lessonsChanged: { payload: lessonsChangedSchema },
  /** The session after every change, to every view; null when it ended. */
  sessionChanged: { payload: sessionStateSchema.nullable() },
  /** Kiosk mode was left or entered (every window follows). */
  kioskChanged: { payload: kioskStatusSchema },
  /** The room opened, closed, or its totals, phones or questions changed (never a question's words before approval). */
  roomChanged: { payload: roomViewSchema },
} as const satisfies Record<string, { payload: z.ZodType }>;

export type HostMethodName = keyof typeof HOST_METHODS;
export type HostEventName = keyof typeof HOST_EVENTS;
export type HostMethodArgs<M extends HostMethodName> = z.input<(typeof HOST_METHODS)[M]['args']>;
export type HostMethodResult<M extends HostMethodName> = z.output<
  (typeof HOST_METHODS)[M]['result']
>;
export type HostEventPayload<E extends HostEventName> = z.output<
  (typeof HOST_EVENTS)[E]['payload']
>;
export type SubscribeName<E extends HostEventName> = `on${Capitalize<E>}`;

export type HostMethods = {
  [M in HostMethodName]: (...args: HostMethodArgs<M>) => Promise<HostMethodResult<M>>;
};
export type HostSubscriptions = {
  [E in HostEventName as SubscribeName<E>]: (
    listener: (payload: HostEventPayload<E>) => void,
  ) => () => void;
};
export type HostApi = HostMethods & HostSubscriptions;

export const HOST_METHOD_NAMES = Object.keys(HOST_METHODS) as HostMethodName[];

/**
 * Methods each host answers with its own window rather than the core: a
 * save is the system's save dialog in Electron and a download in the
 * browser host's page; a print is Electron's printToPDF and a save dialog,
 * or the print page opened in a browser tab. Every other method is the core's.
 */
export const HOST_UI_METHODS = [
  'saveFile',
  'printDocument',
  'clearVisit',
  'printTakeHome',
] as const satisfies readonly HostMethodName[];
export type HostUiMethodName = (typeof HOST_UI_METHODS)[number];
export type CoreMethodName = Exclude<HostMethodName, HostUiMethodName>;
export const CORE_METHOD_NAMES = HOST_METHOD_NAMES.filter(
  (m): m is CoreMethodName => !(HOST_UI_METHODS as readonly string[]).includes(m),
);
/** What the core offers every host: its methods and events (core/service.ts implements it). */
export type CoreApi = Pick<HostMethods, CoreMethodName> & HostSubscriptions;
export const HOST_EVENT_NAMES = Object.keys(HOST_EVENTS) as HostEventName[];

export function subscribeName<E extends HostEventName>(event: E): SubscribeName<E> {
  return `on${event[0]!.toUpperCase()}${event.slice(1)}` as SubscribeName<E>;
}

/**
 * The IPC channel and HTTP path of a method or event, named by feature as
 * Signal does: `listLessons` → `lessons:list`, `getCrisisResources` →
 * `crisis-resources:get`, the event `lessonsChanged` → `lessons:changed`.
 */
export function channelOf(name: HostMethodName | HostEventName): string {
  const words = name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  if ((HOST_EVENT_NAMES as string[]).includes(name)) {
    const verb = words.pop()!;
    return `${words.join('-')}:${verb}`;
  }
  const [verb, ...noun] = words;
  return `${noun.join('-')}:${verb}`;
}

/** Method name by channel, for the hosts' dispatchers. */
export function methodForChannel(channel: string): HostMethodName | null {
  return HOST_METHOD_NAMES.find((m) => channelOf(m) === channel) ?? null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The one place a schema's output meets its table entry's type: TypeScript
 * cannot relate a generic index into the tables to the schema it names.
 */
function parsed<T>(schema: z.ZodType, value: unknown, what: string): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data as T };
  const reasons = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')} ` : ''}${issue.message}`)
    .join('; ');
  return { ok: false, reason: `Refused ${what}: ${reasons}` };
}

/** Checks a call's arguments; a refusal carries a short reason for the caller. */
export function parseArgs<M extends HostMethodName>(
  method: M,
  args: unknown,
): Parsed<HostMethodArgs<M>> {
  return parsed(HOST_METHODS[method].args, args, method);
}

/** Checks a host's answer before the renderer relies on it. */
export function parseResult<M extends HostMethodName>(
  method: M,
  value: unknown,
): Parsed<HostMethodResult<M>> {
  return parsed(HOST_METHODS[method].result, value, `the answer to ${method}`);
}

export function parsePayload<E extends HostEventName>(
  event: E,
  value: unknown,
): Parsed<HostEventPayload<E>> {
  return parsed(HOST_EVENTS[event].payload, value, `the ${event} event`);
}

/** Whether a value (the Electron preload's object, say) offers every method and subscription. */
export function isHostApi(value: unknown): value is HostApi {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return [...HOST_METHOD_NAMES, ...HOST_EVENT_NAMES.map(subscribeName)].every(
    (name) => typeof api[name] === 'function',
  );
}

/** The header the browser host checks on every API request. */
export const TOKEN_HEADER = 'X-Groundwork-Token';

/** Name under which the Electron preload exposes the API on `window`. */
export const API_GLOBAL = 'groundwork';
