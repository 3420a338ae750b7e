import { defineConfig } from 'vite';

/** The preload script: one CommonJS file, because sandboxed preloads cannot load modules. */
export default defineConfig({
  build: {
    outDir: 'build/preload',
    emptyOutDir: true,
    target: 'chrome120',
    minify: false,
    lib: { entry: 'main/electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
  },
});
