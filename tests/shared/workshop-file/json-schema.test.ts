import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopFileJsonSchema } from '../../../shared/workshop-file/workshop-file-json-schema';
import { WorkshopFileStructureSchema } from '../../../shared/workshop-file/workshop-file-schema';

const committed = path.resolve(import.meta.dirname, '../../../docs/workshop-file.schema.json');

describe('the workshop file JSON Schema', () => {
  it('is committed exactly as the app generates it (run `npm run schema` after changing the format)', () => {
    expect(JSON.parse(fs.readFileSync(committed, 'utf8'))).toEqual(workshopFileJsonSchema());
  });

  it('describes every field of the file and requires each one', () => {
    const schema = workshopFileJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    const fields = Object.keys(WorkshopFileStructureSchema.shape);
    expect(Object.keys(schema.properties)).toEqual(fields);
    expect([...schema.required].sort()).toEqual([...fields].sort());
  });
});
