import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry (and the app code it imports) into one Node ES module that a child
 * process can run with plain `node`, as the app's own main entries are built. It is written under
 * node_modules/.cache so that `better-sqlite3` resolves from there as it does for the app.
 */
export async function buildTestEntry(entry: string, name: string): Promise<string> {
  const outDir = path.join(root, 'node_modules', '.cache', 'vsw-test-entries', name);
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      ssr: path.join(root, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
    ssr: { external: ['better-sqlite3'] },
  });
  return path.join(outDir, `${name}.mjs`);
}
