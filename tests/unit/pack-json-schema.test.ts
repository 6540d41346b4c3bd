import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { ivyCues } from '../../content/ivy-cues';
import { PackSchema } from '../../core/pack/schema';

// docs/pack.schema.json is generated from the pack schema, so pack authors' tools check packs
// the way Pause Point does. Run with UPDATE_PACK_SCHEMA=1 to write it after changing the schema.
const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/pack.schema.json');

function generated(): string {
  const schema = toJsonSchema(PackSchema, { errorMode: 'ignore' });
  return `${JSON.stringify({ ...schema, title: 'Pause Point learning pack', $id: 'pack.schema.json' }, null, 2)}\n`;
}

/**
 * Chrome checks policy values against the extension's managed_schema.json and silently drops
 * every key the schema does not declare, so the schema must declare a pack's whole shape. It
 * declares only shapes (Chrome knows a subset of JSON Schema): limits, patterns and required
 * keys are left to Pause Point's own check, which says what is wrong instead of dropping it.
 */
type JsonSchema = { [key: string]: unknown };
function chromeSubset(schema: JsonSchema): JsonSchema {
  if ('const' in schema) return { type: typeof schema.const === 'number' ? 'integer' : 'string' };
  const out: JsonSchema = { type: schema.type };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, JsonSchema>).map(([k, v]) => [k, chromeSubset(v)]),
    );
  }
  if (schema.items) out.items = chromeSubset(schema.items as JsonSchema);
  if (typeof schema.additionalProperties === 'object') {
    out.additionalProperties = chromeSubset(schema.additionalProperties as JsonSchema);
  }
  return out;
}

const managedSchemaFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/managed_schema.json');

function packsPolicy(): JsonSchema {
  const { $schema: _draft, $id: _id, title: _title, ...pack } = JSON.parse(generated()) as JsonSchema;
  return {
    title: 'Learning packs',
    description: 'Learning packs for every practitioner, each in the format of docs/pack.schema.json.',
    type: 'array',
    items: chromeSubset(pack),
  };
}

describe('the published pack format', () => {
  it('public/managed_schema.json declares the whole pack shape, so Chrome passes policy packs on intact', () => {
    const managed = JSON.parse(readFileSync(managedSchemaFile, 'utf8'));
    if (process.env.UPDATE_PACK_SCHEMA) {
      managed.properties.packs = packsPolicy();
      writeFileSync(managedSchemaFile, `${JSON.stringify(managed, null, 2)}\n`);
    }
    expect(managed.properties.packs).toEqual(packsPolicy());
  });

  it('docs/pack.schema.json is the JSON Schema of the pack schema in the code', () => {
    if (process.env.UPDATE_PACK_SCHEMA) writeFileSync(schemaFile, generated());
    // Compared as data, so the formatter may lay the file out as it likes.
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(JSON.parse(generated()));
  });

  it('describes the Ivy pack, written out as a JSON pack file', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const asFile = JSON.parse(JSON.stringify({ ...ivyPack, cues: ivyCues }));
    // Every part of the format but the approval, which only a partnership that approved its pack can
    // write, further reviews (Ivy is one review), and sleep findings (the built-in pack's own are
    // kept with the safer sleep card, content/safer-sleep.ts).
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        '$schema',
        ...Object.keys(asFile),
        'approvedBy',
        'approvedOn',
        'checkAgainBy',
        'reviews',
        'sleepFindings',
      ].sort(),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'themes', 'resources']));
  });
});
