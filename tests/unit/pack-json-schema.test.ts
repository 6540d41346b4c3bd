import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { ivyCues } from '../../content/ivy-cues';
import { PackSchema } from '../../content/schema';

// docs/pack.schema.json is generated from the pack schema, so pack authors' tools check packs
// the way Pause Point does. Run with UPDATE_PACK_SCHEMA=1 to write it after changing the schema.
const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/pack.schema.json');

function generated(): string {
  const schema = toJsonSchema(PackSchema, { errorMode: 'ignore' });
  return `${JSON.stringify({ ...schema, title: 'Pause Point learning pack', $id: 'pack.schema.json' }, null, 2)}\n`;
}

describe('the published pack format', () => {
  it('docs/pack.schema.json is the JSON Schema of the pack schema in the code', () => {
    if (process.env.UPDATE_PACK_SCHEMA) writeFileSync(schemaFile, generated());
    // Compared as data, so the formatter may lay the file out as it likes.
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(JSON.parse(generated()));
  });

  it('describes the Ivy pack, written out as a JSON pack file', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const asFile = JSON.parse(JSON.stringify({ ...ivyPack, cues: ivyCues }));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(asFile).sort());
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'themes', 'resources']));
  });
});
