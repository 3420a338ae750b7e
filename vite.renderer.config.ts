import { defineConfig } from 'vite';

/** The renderer: a static React app, served by app:// in Electron and by the browser host. */
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
});
