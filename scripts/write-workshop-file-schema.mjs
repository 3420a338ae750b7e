import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/**
 * Writes docs/workshop-file.schema.json from the app's own zod schema (through Vite, which reads
 * the TypeScript source). tests/shared/workshop-file/json-schema.test.ts fails when the committed
 * file and the schema disagree; run `npm run schema` after changing the format.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(path.join(root, 'shared/workshop-file/workshop-file-json-schema.ts'));
const target = path.join(root, 'docs/workshop-file.schema.json');
fs.writeFileSync(target, `${JSON.stringify(module.workshopFileJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(root, target)}`);
