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
