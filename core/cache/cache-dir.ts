import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where compiled and checked lessons are kept between runs on this
 * computer: `$XDG_CACHE_HOME/groundwork`, else `~/.cache/groundwork`.
 * The browser host and `npm run check` share it, so a lesson checked by
 * one is not checked again by the other.
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says a relative value is invalid and must be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'groundwork');
  return join(home, '.cache', 'groundwork');
}
