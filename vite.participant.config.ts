import { defineConfig } from 'vite';

/**
 * The participant page: what phones in the room load from the room server. Its own small bundle
 * (no canvas editor, no facilitation panel), with every script and style in files so the room
 * server's strict Content-Security-Policy holds; nothing is fetched from outside the laptop.
 */
export default defineConfig({
  root: 'renderer/participant',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../build/participant',
    emptyOutDir: true,
    target: ['chrome100', 'safari15', 'firefox100'],
    // Vite would inline small assets as data: URLs, which a strict CSP's img-src may refuse.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1000,
  },
});
