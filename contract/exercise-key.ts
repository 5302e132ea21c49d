import { SHARED_LIMITS } from './session';

/**
 * An exercise instance's key, defined once: the stage keys each exercise's
 * state with it (renderer/stage/exercises/instance-key.ts), and the compiler
 * computes it for the questions phones answer (core/lessons/plugins/
 * room-questions.ts), so the key a phone answers with is exactly the name of
 * the projector's exercise in the shared session state. Pure, with no React:
 * the core, the stage and the hosts all load it.
 */

/**
 * A stable key for one exercise instance: it must survive the slide being
 * unmounted and mounted again (the stage keeps only neighbouring slides
 * mounted), so React's useId is no use. Built from the slide, the kind and
 * either the author's `id` or the props themselves, and bounded in length:
 * the key is also the exercise's name in the shared session state. `props`
 * are the props as the component's schema returned them (trimmed text);
 * `children` never count.
 */
export function instanceKey(
  kind: string,
  props: Readonly<Record<string, unknown>>,
  slide: number | null,
): string {
  const { children: _children, id, ...rest } = props;
  const own = typeof id === 'string' ? `id=${id}` : stableJson(rest);
  return boundedKey(`${slide ?? '-'}|${kind}|${own}`, SHARED_LIMITS.idLength);
}

/** JSON with object keys sorted and undefined members left out, so prop order never changes a key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * A key at most `max` characters long that still names one thing: a long key
 * keeps its start (readable in a debugger) and ends in a digest of the whole.
 * The same input gives the same key in every view.
 */
export function boundedKey(key: string, max: number): string {
  if (key.length <= max) return key;
  const tail = `#${digest(key)}`;
  return `${key.slice(0, max - tail.length)}${tail}`;
}

/** 64 bits of a fast string hash (cyrb53's mixing), as 16 hex digits: a name, not a secret. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}
