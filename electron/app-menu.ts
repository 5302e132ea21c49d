import type { MenuItemConstructorOptions } from 'electron';
import type { NativeStrings } from '../contract/i18n/native-messages';

/**
 * The desktop app's menu outside kiosk mode, in the computer's language
 * (contract/locales/<language>/native.json). Electron's default menu is in
 * English and offers Reload and the developer tools; this one keeps what a
 * facilitator uses (editing keys in a text field, zoom, full screen, closing
 * the window), each item a built-in role so its shortcut and behaviour are
 * the system's, only its words ours. Plain data, so it is tested without an
 * Electron binary.
 */
export function appMenuTemplate(
  words: NativeStrings,
  platform: NodeJS.Platform,
  allowDevTools: boolean,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const menu: MenuItemConstructorOptions[] = [];
  if (mac) {
    menu.push({
      label: 'Groundwork',
      submenu: [
        { role: 'about', label: words.menu.about },
        { type: 'separator' },
        { role: 'hide', label: words.menu.hide },
        { role: 'hideOthers', label: words.menu.hideOthers },
        { role: 'unhide', label: words.menu.showAll },
        { type: 'separator' },
        { role: 'quit', label: words.menu.quit },
      ],
    });
  }
  menu.push(
    {
      label: words.menu.file,
      submenu: [
        mac ? { role: 'close', label: words.menu.close } : { role: 'quit', label: words.menu.quit },
      ],
    },
    {
      label: words.menu.edit,
      submenu: [
        { role: 'undo', label: words.menu.undo },
        { role: 'redo', label: words.menu.redo },
        { type: 'separator' },
        { role: 'cut', label: words.menu.cut },
        { role: 'copy', label: words.menu.copy },
        { role: 'paste', label: words.menu.paste },
        { role: 'selectAll', label: words.menu.selectAll },
      ],
    },
    {
      label: words.menu.view,
      submenu: [
        { role: 'resetZoom', label: words.menu.actualSize },
        { role: 'zoomIn', label: words.menu.zoomIn },
        { role: 'zoomOut', label: words.menu.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: words.menu.fullScreen },
        // Only where the app was started to debug it (--devtools, a development build).
        ...(allowDevTools ? [{ role: 'toggleDevTools', label: words.menu.devTools } as const] : []),
      ],
    },
    {
      label: words.menu.window,
      submenu: [
        { role: 'minimize', label: words.menu.minimize },
        ...(mac ? [{ role: 'zoom', label: words.menu.zoom } as const] : []),
        { role: 'close', label: words.menu.close },
      ],
    },
  );
  return menu;
}
