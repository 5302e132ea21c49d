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
import { API_CHANNELS, type SaveFileResult } from '../contract/api';
import type { LessonService } from '../core/service-types';
import { parseOrRefuse, saveFileRequestSchema, slugSchema } from './ipc-schemas';
import { fileFilterFor, isShellUrl, safeFileName } from './policy';

export interface HostApiBinding {
  service: LessonService;
  /** The one app window, or null while none is open. */
  getWindow(): BrowserWindow | null;
}

/**
 * Binds the HostApi's request methods to IPC and forwards the core's change
 * events to the window. Each handler first checks who is asking: only the
 * shell page in the app window's top frame. The lesson stage (an iframe with
 * untrusted code) has no preload, and a message from it is refused anyway.
 * Returns a function that removes the bindings.
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

  ipcMain.handle(API_CHANNELS.listLessons, (event) => {
    assertShell(event);
    return service.listLessons();
  });

  ipcMain.handle(API_CHANNELS.crisisResources, (event) => {
    assertShell(event);
    return service.getCrisisResources();
  });

  ipcMain.handle(API_CHANNELS.loadLesson, (event, slug: unknown) => {
    assertShell(event);
    return service.loadLesson(parseOrRefuse(slugSchema, slug, 'lesson name'));
  });

  ipcMain.handle(
    API_CHANNELS.saveFile,
    async (event, request: unknown): Promise<SaveFileResult> => {
      assertShell(event);
      const { suggestedName, base64 } = parseOrRefuse(
        saveFileRequestSchema,
        request,
        'file to save',
      );
      const window = getWindow();
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
    },
  );

  const unsubscribe = service.onLessonsChanged((change) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) {
      window.webContents.send(API_CHANNELS.lessonsChanged, { slugs: [...change.slugs] });
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(API_CHANNELS.listLessons);
    ipcMain.removeHandler(API_CHANNELS.loadLesson);
    ipcMain.removeHandler(API_CHANNELS.crisisResources);
    ipcMain.removeHandler(API_CHANNELS.saveFile);
  };
}
