import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_GLOBAL,
  channelOf,
  HOST_EVENT_NAMES,
  HOST_METHOD_NAMES,
  subscribeName,
  type HostApi,
} from '../contract/api';

/**
 * Runs sandboxed, before the shell page, in an isolated world. Exposes the
 * HostApi and nothing else, one function per method and event of the
 * contract's table: never `ipcRenderer`, never the IPC event (its `sender`
 * is ipcRenderer), never a generic "invoke any channel" function.
 * Bundled to one CommonJS file that requires only 'electron'
 * (scripts/build-node.mjs checks this).
 */
const methods = Object.fromEntries(
  HOST_METHOD_NAMES.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args),
  ]),
);
const subscriptions = Object.fromEntries(
  HOST_EVENT_NAMES.map((name) => [
    subscribeName(name),
    (listener: (payload: unknown) => void) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channelOf(name), forward);
      return () => {
        ipcRenderer.removeListener(channelOf(name), forward);
      };
    },
  ]),
);

// Built from the contract's lists, so its shape is HostApi by construction;
// the renderer checks every answer against the contract's schemas.
const api = { ...methods, ...subscriptions } as unknown as HostApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
