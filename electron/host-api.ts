import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  type BrowserWindow,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
} from 'electron';
import {
  channelOf,
  HOST_EVENT_NAMES,
  HOST_METHOD_NAMES,
  parseArgs,
  subscribeName,
  type HostEventName,
  type HostEventPayload,
  type HostMethodArgs,
  type HostMethodName,
  type HostMethods,
  type PrintRequest,
  type PrintResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../contract/api';
import { nativeMessages, type NativeStrings } from '../contract/i18n/native-messages';
import { printFileName } from '../contract/print';
import type { LessonService } from '../core/service-types';
import { clearVisitData, type KioskWindow } from './kiosk-window';
import { fileFilterFor, isShellUrl, safeFileName } from './policy';
import type { Printer } from './print-to-pdf';

export interface HostApiBinding {
  service: LessonService;
  /**
   * The app's windows (the presenter window and, while it is open, the
   * audience window), all showing the shell page: the only senders the
   * HostApi answers and the views its events go to.
   */
  getWindows(): readonly BrowserWindow[];
  /** Prints handouts in hidden windows (electron/print-to-pdf.ts), for `printDocument`. */
  printer: Pick<Printer, 'print' | 'isPrintWindow'>;
  /**
   * The kiosk window while the app runs with `--kiosk` (electron/kiosk-window.ts):
   * it follows every kiosk status the core answers, and while it is locked
   * there are no save or print dialogs (a system file dialog is a way out
   * of the kiosk into the file system).
   */
  kiosk?: Pick<KioskWindow, 'follow' | 'locked'> | null;
}

/**
 * Binds every HostApi method to IPC (channels and argument schemas from the
 * contract's table) and forwards the core's events to every app window. Each
 * handler first checks who is asking: only the shell page in the top frame
 * of an app window. The lesson stage (an iframe with untrusted code) has
 * no preload, and a message from it is refused anyway. Returns a function
 * that removes the bindings.
 */
export function bindHostApi({
  service,
  getWindows,
  printer,
  kiosk = null,
}: HostApiBinding): () => void {
  const liveWindows = (): BrowserWindow[] => getWindows().filter((w) => !w.isDestroyed());
  /** The app window that sent `event`; throws unless it is the shell page in its top frame. */
  const assertShell = (event: IpcMainInvokeEvent): BrowserWindow => {
    const window = liveWindows().find((w) => event.sender === w.webContents);
    const frame = event.senderFrame;
    const fromShellTopFrame = frame !== null && frame.parent === null && isShellUrl(frame.url);
    if (window === undefined || !fromShellTopFrame) {
      throw new Error('Refused: this request did not come from a Groundwork window.');
    }
    return window;
  };

  /**
   * The kiosk window follows the core's answers as well as its kioskChanged
   * events, so it is never left out of step with what the renderer was told.
   */
  const followed = <T>(status: T): T => {
    kiosk?.follow(status);
    return status;
  };
  const kioskLocked = (): boolean => kiosk?.locked() ?? false;

  // Every method, or this object does not type-check: the core's from the
  // service, the window's own here. A save dialog belongs to the window that asked.
  const handlersFor = (window: BrowserWindow): HostMethods => ({
    listLessons: () => service.listLessons(),
    loadLesson: (slug) => service.loadLesson(slug),
    getCrisisResources: () => service.getCrisisResources(),
    getTheme: () => service.getTheme(),
    setCrisisRegion: (region) => service.setCrisisRegion(region),
    saveFile: (request) =>
      kioskLocked() ? Promise.resolve({ saved: false }) : saveWithDialog(window, request),
    printDocument: (request) =>
      kioskLocked()
        ? Promise.resolve({ outcome: 'failed', message: nativeWords().kioskNoPrint })
        : printWithDialog(window, printer, request),
    startSession: (slug, atIndex) => service.startSession(slug, atIndex),
    getSession: () => service.getSession(),
    sendSessionCommand: (command) => service.sendSessionCommand(command),
    endSession: () => service.endSession(),
    reportView: (report) => service.reportView(report),
    getResumableSession: () => service.getResumableSession(),
    resumeSession: () => service.resumeSession(),
    discardResumableSession: () => service.discardResumableSession(),
    openRoom: (address) => service.openRoom(address),
    closeRoom: () => service.closeRoom(),
    getRoom: () => service.getRoom(),
    getRoomAddresses: () => service.getRoomAddresses(),
    getRoomAsks: () => service.getRoomAsks(),
    approveRoomAsk: (id) => service.approveRoomAsk(id),
    dismissRoomAsk: (id) => service.dismissRoomAsk(id),
    getKioskStatus: () => service.getKioskStatus().then(followed),
    setKioskPin: (pin) => service.setKioskPin(pin),
    leaveKiosk: async (pin) => {
      const check = await service.leaveKiosk(pin);
      // The PIN was right whether or not the status can be read now; kioskChanged follows anyway.
      if (check.ok && kiosk !== null) {
        await service.getKioskStatus().then(followed, () => undefined);
      }
      return check;
    },
    enterKiosk: () => service.enterKiosk().then(followed),
    clearVisit: () => clearVisitData(window.webContents).then(() => null),
    printTakeHome: async () => {
      // Only where staff said a printer is there for visitors; silent, so no dialog opens onto the files.
      const status = await service.getKioskStatus();
      if (!status.kiosk || !status.printer) return false;
      return new Promise<boolean>((resolve) =>
        window.webContents.print({ silent: true, printBackground: false }, (success) =>
          resolve(success),
        ),
      );
    },
  });

  for (const method of HOST_METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      const window = assertShell(event);
      return dispatch(handlersFor(window), method, args);
    });
  }

  // Every event of the contract, kioskChanged included, to every app window.
  const unsubscribes = HOST_EVENT_NAMES.map((name) =>
    service[subscribeName(name)]((payload) => sendEvent(liveWindows(), name, payload)),
  );

  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    for (const method of HOST_METHOD_NAMES) ipcMain.removeHandler(channelOf(method));
  };
}

/** Sends one of the contract's events to windows, as the core's events are sent. */
export function sendEvent<E extends HostEventName>(
  windows: readonly BrowserWindow[],
  name: E,
  payload: HostEventPayload<E>,
): void {
  for (const window of windows) {
    if (!window.isDestroyed()) window.webContents.send(channelOf(name), payload);
  }
}

function dispatch<M extends HostMethodName>(
  handlers: HostMethods,
  method: M,
  args: unknown,
): Promise<unknown> {
  const parsed = parseArgs(method, args);
  if (!parsed.ok) throw new Error(parsed.reason);
  const handler = handlers[method] as (...a: HostMethodArgs<M>) => Promise<unknown>;
  return handler(...parsed.value);
}

/** The computer's language, where Groundwork has words for it (English otherwise). */
function nativeWords(): NativeStrings {
  return nativeMessages(app.getLocale());
}

async function saveWithDialog(
  window: BrowserWindow,
  { suggestedName, base64 }: SaveFileRequest,
): Promise<SaveFileResult> {
  const fileName = safeFileName(suggestedName);
  const options: SaveDialogOptions = {
    title: nativeWords().saveCopyTitle,
    defaultPath: join(app.getPath('documents'), fileName),
    filters: fileFilterFor(fileName, nativeWords()),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = await dialog.showSaveDialog(window, options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, Buffer.from(base64, 'base64'));
  return { saved: true };
}

/** Longest message a print result may carry (contract/host-api.ts printResultSchema). */
const MAX_MESSAGE = 2_000;

/**
 * "Print handouts…": prints the document in a hidden window, then offers
 * the PDF in the system save dialog under its usual name. A print window
 * itself may not print (it would open window after window).
 */
async function printWithDialog(
  window: BrowserWindow,
  printer: HostApiBinding['printer'],
  request: PrintRequest,
): Promise<PrintResult> {
  const words = nativeWords();
  const failed = (message: string): PrintResult => ({
    outcome: 'failed',
    message: message.slice(0, MAX_MESSAGE),
  });
  if (printer.isPrintWindow(window)) return failed(words.printFromPrint);
  const printed = await printer.print(request);
  if (printed.pdf === null) return failed(printed.failure ?? words.notPrinted);
  const fileName = printFileName(request.slug, request.document);
  const choice = await dialog.showSaveDialog(window, {
    title: words.savePdfTitle,
    defaultPath: join(app.getPath('documents'), fileName),
    filters: fileFilterFor(fileName, words),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { outcome: 'cancelled', message: null };
  try {
    await writeFile(choice.filePath, printed.pdf);
  } catch (error) {
    return failed(words.notSaved((error as Error).message));
  }
  const errors = (printed.outcome?.diagnostics ?? []).filter((d) => d.severity === 'error');
  const saved = words.saved(basename(choice.filePath));
  const message =
    errors.length === 0
      ? saved
      : `${saved} ${words.partsFailed(errors.length, errors[0]!.message)}`;
  return { outcome: 'saved', message: message.slice(0, MAX_MESSAGE) };
}
