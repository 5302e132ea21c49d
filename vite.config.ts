import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages: the app shell (index.html) and the lesson stage (stage.html),
// which runs inside a sandboxed, opaque-origin iframe. Relative base so the
// same build works from app:// (Electron) and http://127.0.0.1 (browser host).
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        stage: resolve(import.meta.dirname, 'renderer/stage.html'),
      },
    },
  },
});
