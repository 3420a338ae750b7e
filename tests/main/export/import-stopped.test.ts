import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkerImporter } from '../../../main/export/import-in-worker';
import { inLanguage } from '../../../shared/i18n/refusals';
import { useTempDir } from '../../support/temp-dir';

describe('an import whose worker stops before it answers', () => {
  const tempDir = useTempDir();

  it('says so in the language of the request that started it, English by default', async () => {
    const worker = path.join(tempDir(), 'ends-without-answering.js');
    fs.writeFileSync(worker, '');
    const importer = createWorkerImporter(worker, () => path.join(tempDir(), 'workshops.sqlite'));
    await expect(inLanguage('de', () => importer('{}'))).rejects.toThrow('Der Import hat aufgehört, bevor er fertig war; nichts wurde importiert.');
    await expect(importer('{}')).rejects.toThrow('The import stopped before it finished; nothing was imported.');
  });
});
