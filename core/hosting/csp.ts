/**
 * Content-Security-Policies for the two pages, shared by both hosts so the
 * Electron shell and the browser host enforce the same rules.
 *
 * `self` is the app's own origin as a CSP source (`app:` in Electron,
 * `http://127.0.0.1:PORT` in the browser host). It is named explicitly
 * rather than relying on `'self'`, because the stage runs with an opaque
 * origin, where `'self'` would match nothing useful.
 */
export type AppPage = 'shell' | 'stage';

export function contentSecurityPolicy(page: AppPage, self: string): string {
  const common = [
    "default-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `font-src ${self} data:`,
    // Inline styles: React's style props and the stage's per-slide scaling.
    `style-src ${self} 'unsafe-inline'`,
  ];
  if (page === 'shell') {
    return [
      ...common,
      `script-src ${self}`,
      `img-src ${self} data:`,
      `connect-src ${self}`,
      `frame-src ${self}`,
      "frame-ancestors 'none'",
    ].join('; ');
  }
  // The stage runs untrusted lesson code: it may evaluate the compiled lesson
  // ('unsafe-eval') but cannot connect anywhere, and lesson images arrive
  // inlined as data: URLs by the compiler.
  return [
    ...common,
    `script-src ${self} 'unsafe-eval'`,
    'img-src data: blob:',
    'media-src data: blob:',
    "connect-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    `frame-ancestors ${self}`,
  ].join('; ');
}
