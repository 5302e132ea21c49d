import { formatRoute } from '../routes';

/**
 * Opens the projector's view of this session. Called from a click, so the
 * browser allows it (a popup opened without one is blocked, reveal.js
 * #2027); in Electron the main process turns it into a window of its own on
 * the second display.
 */
export function openAudienceWindow(slug: string): void {
  const url = new URL(window.location.href);
  url.hash = formatRoute({ screen: 'audience', slug, index: 0 });
  window.open(url.toString(), 'groundwork-audience', 'popup,width=1280,height=720');
}
