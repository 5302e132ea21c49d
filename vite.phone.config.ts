import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * The participant page (renderer/phone/): a bundle of its own for old
 * phones on a busy Wi-Fi, served by core/room/server/ from dist/phone/
 * (`index.html` at `/`, the files of `assets/` at `/assets/<name>`).
 * Relative base, so the built page names `./assets/...`, which is
 * `/assets/...` from `/`.
 */

/** Gzipped JS and CSS the page may weigh: a 2018 phone on a crowded Wi-Fi should have it in a second. */
const BUDGET_BYTES = 20 * 1024;

/**
 * Fails the build when zod slips back in (the page imports contract/room-constants.ts,
 * never contract/room.ts, whose schemas would bring it) or the page outgrows its budget.
 */
function phoneBudget(): Plugin {
  return {
    name: 'groundwork:phone-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      let gzipped = 0;
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          const zod = file.moduleIds.find((id) => id.includes('/node_modules/zod/'));
          if (zod !== undefined) {
            this.error(`the phone page must not bundle zod (it came in with ${zod})`);
          }
          gzipped += gzipSync(file.code).length;
        } else if (file.fileName.endsWith('.css')) {
          gzipped += gzipSync(file.source).length;
        }
      }
      if (gzipped > BUDGET_BYTES) {
        this.error(`the phone page is ${gzipped} bytes gzipped, over its ${BUDGET_BYTES}`);
      }
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer/phone'),
  base: './',
  publicDir: false,
  plugins: [phoneBudget()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/phone'),
    emptyOutDir: true,
    // Phones from about 2018: iOS 12, Android's Chrome 70.
    target: ['es2018', 'safari12', 'chrome70', 'firefox68'],
    cssTarget: ['safari12', 'chrome70', 'firefox68'],
    // The polyfill would be an inline script, which the page's CSP refuses; one entry needs no preload.
    modulePreload: false,
    // Every asset a file of its own: the server serves assets/ and nothing inlined is needed.
    assetsInlineLimit: 0,
  },
});
