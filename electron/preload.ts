import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_CHANNELS, API_GLOBAL, type HostApi, type LessonsChanged } from '../contract/api';

/**
 * Runs sandboxed, before the shell page, in an isolated world. Exposes the
 * HostApi and nothing else: never `ipcRenderer`, never the IPC event (its
 * `sender` is ipcRenderer), never a generic "invoke any channel" function.
 * Bundled to one CommonJS file that requires only 'electron'
 * (scripts/build-node.mjs checks this).
 */
const api: HostApi = {
  listLessons: () => ipcRenderer.invoke(API_CHANNELS.listLessons),
  loadLesson: (slug) => ipcRenderer.invoke(API_CHANNELS.loadLesson, slug),
  getCrisisResources: () => ipcRenderer.invoke(API_CHANNELS.crisisResources),
  saveFile: ({ suggestedName, mimeType, base64 }) =>
    ipcRenderer.invoke(API_CHANNELS.saveFile, { suggestedName, mimeType, base64 }),
  onLessonsChanged: (listener) => {
    const forward = (_event: IpcRendererEvent, change: LessonsChanged): void => {
      listener({ slugs: [...change.slugs] });
    };
    ipcRenderer.on(API_CHANNELS.lessonsChanged, forward);
    return () => {
      ipcRenderer.removeListener(API_CHANNELS.lessonsChanged, forward);
    };
  },
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
