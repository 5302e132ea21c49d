/** Decodes base64 without Node's Buffer: tests/dom is type-checked with DOM types only. */
export function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function base64Text(base64: string, encoding = 'utf-8'): string {
  return new TextDecoder(encoding).decode(fromBase64(base64));
}
