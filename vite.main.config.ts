import { defineConfig } from 'vite';

/**
 * The main-process side for Node and Electron: the browser host and the Electron shell, with
 * native and Electron modules left as runtime imports.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'build/main',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        'browser-host': 'main/browser-host/start.ts',
        'electron-main': 'main/electron/shell.ts',
        'import-worker': 'main/export/import-worker.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { external: ['electron', 'better-sqlite3'] },
});
