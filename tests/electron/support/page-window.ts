import type { HostApi } from '../../../contract/api';

/**
 * The browser globals these tests touch inside `page.evaluate`. The Node
 * tsconfig has no DOM library (on purpose: the core must not use it), so the
 * callbacks cast `globalThis` to this shape instead.
 */
export interface PageWindow {
  groundwork?: HostApi;
  ipcRenderer?: unknown;
  require?: unknown;
  process?: unknown;
  electron?: unknown;
  /** Change events collected by the live-reload test. */
  changes?: string[][];
  location: { href: string; hash: string };
  /** Null in the audience window: the main process opens it, not the page. */
  opener: unknown;
  open(url: string, target?: string, features?: string): unknown;
  btoa(text: string): string;
  document: {
    createElement(tag: 'iframe'): { src: string; sandbox: { add(token: string): void } };
    body: { append(node: unknown): void };
  };
  Notification: { requestPermission(): Promise<string> };
  navigator: { permissions: { query(descriptor: { name: string }): Promise<{ state: string }> } };
}
