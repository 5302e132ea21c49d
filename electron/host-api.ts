import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  type HostMethodArgs,
  type HostMethodName,
  type HostMethods,
  type SaveFileRequest,
  type SaveFileResult,
} from '../contract/api';
import type { LessonService } from '../core/service-types';
import { fileFilterFor, isShellUrl, safeFileName } from './policy';

export interface HostApiBinding {
  service: LessonService;
  /** The one app window, or null while none is open. */
  getWindow(): BrowserWindow | null;
}

/**
 * Binds every HostApi method to IPC (channels and argument schemas from the
 * contract's table) and forwards the core's events to the window. Each
 * handler first checks who is asking: only the shell page in the app
 * window's top frame. The lesson stage (an iframe with untrusted code) has
 * no preload, and a message from it is refused anyway. Returns a function
 * that removes the bindings.
 */
export function bindHostApi({ service, getWindow }: HostApiBinding): () => void {
  const assertShell = (event: IpcMainInvokeEvent): void => {
    const window = getWindow();
    const frame = event.senderFrame;
    const fromAppWindow = window !== null && event.sender === window.webContents;
    const fromShellTopFrame = frame !== null && frame.parent === null && isShellUrl(frame.url);
    if (!fromAppWindow || !fromShellTopFrame) {
      throw new Error('Refused: this request did not come from the Groundwork window.');
    }
  };

  // Every method, or this object does not type-check: the core's from the
  // service, the window's own here.
  const handlers: HostMethods = {
    listLessons: () => service.listLessons(),
    loadLesson: (slug) => service.loadLesson(slug),
    getCrisisResources: () => service.getCrisisResources(),
    saveFile: (request) => saveWithDialog(getWindow(), request),
    startSession: (slug) => service.startSession(slug),
    getSession: () => service.getSession(),
    sendSessionCommand: (command) => service.sendSessionCommand(command),
    endSession: () => service.endSession(),
    reportView: (report) => service.reportView(report),
    getResumableSession: () => service.getResumableSession(),
    resumeSession: () => service.resumeSession(),
    discardResumableSession: () => service.discardResumableSession(),
  };

  for (const method of HOST_METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      assertShell(event);
      return dispatch(handlers, method, args);
    });
  }

  const unsubscribes = HOST_EVENT_NAMES.map((name) =>
    service[subscribeName(name)]((payload) => {
      const window = getWindow();
      if (window && !window.isDestroyed()) window.webContents.send(channelOf(name), payload);
    }),
  );

  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    for (const method of HOST_METHOD_NAMES) ipcMain.removeHandler(channelOf(method));
  };
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

async function saveWithDialog(
  window: BrowserWindow | null,
  { suggestedName, base64 }: SaveFileRequest,
): Promise<SaveFileResult> {
  const fileName = safeFileName(suggestedName);
  const options: SaveDialogOptions = {
    title: 'Save a copy',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: fileFilterFor(fileName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, Buffer.from(base64, 'base64'));
  return { saved: true };
}
