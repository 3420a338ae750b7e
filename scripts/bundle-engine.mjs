// Bundles the VSM engine (shared/vsm and what it imports) of a commit, with that commit's benchmark
// maps (tests/bench/generate-map.ts), into one ES module, so an earlier engine can be measured
// beside a later one in the same run:
//   node scripts/bundle-engine.mjs <commit> <out.mjs>
//   BENCH_ENGINE_BEFORE=<out.mjs> npm run bench:engine         (beside the work tree, wall time)
//   node scripts/engine-side-by-side.mjs <before.mjs> <after.mjs> (interleaved, CPU and wall time)
// The commit's files are unpacked into a temporary folder that borrows this tree's node_modules.
// A commit of "." bundles the work tree as it stands (the engine benchmark measures it so): one
// bundle, as the app's build makes, since under vitest each call into another module goes through
// a getter on that module's exports, which made the engine up to twice as slow as it runs in the app.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const [commit, out] = process.argv.slice(2);
if (!commit || !out) {
  console.error('usage: node scripts/bundle-engine.mjs <commit, or . for the work tree> <out.mjs>');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-engine-'));
try {
  if (commit === '.') {
    fs.cpSync(path.join(root, 'shared'), path.join(source, 'shared'), { recursive: true });
    fs.cpSync(path.join(root, 'tests/bench/generate-map.ts'), path.join(source, 'tests/bench/generate-map.ts'));
  } else {
    const archive = execFileSync('git', ['archive', commit, 'shared', 'tests/bench/generate-map.ts'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', source], { input: archive });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(source, 'node_modules'), 'dir');
  const entry = path.join(source, 'engine.ts');
  fs.writeFileSync(
    entry,
    "export { compareMaps, computeMetrics } from './shared/vsm';\nexport { generateFutureState, generateValueStream } from './tests/bench/generate-map';\n",
  );
  const target = path.resolve(out);
  await build({
    root: source,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: path.dirname(target),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: path.basename(target) } },
    },
    ssr: { noExternal: true },
  });
  console.log(`The engine of ${commit === '.' ? 'the work tree' : commit} is in ${target}`);
} finally {
  fs.rmSync(source, { recursive: true, force: true });
}
