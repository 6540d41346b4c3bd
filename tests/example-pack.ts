/** The documented example pack (docs/example-pack.json), shared by the unit and end-to-end tests. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../core/pack/schema';

export const EXAMPLE_PACK_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/example-pack.json');

export const EXAMPLE_PACK_TEXT = readFileSync(EXAMPLE_PACK_FILE, 'utf8');

/** A fresh copy each time, so a test may change it. */
export function examplePack(): Pack {
  return JSON.parse(EXAMPLE_PACK_TEXT);
}
