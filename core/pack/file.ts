/**
 * Reading a learning pack from outside Pause Point: a file a partnership wrote, or a pack in
 * the organisation's policy. Everything is checked before anything is kept, and a refused
 * pack comes with every reason, in words its author can act on.
 */
import * as v from 'valibot';
import { readJson } from '../json';
import { storedKind } from '../stored';
import { TimeSchema } from '../time';
import { BUILT_IN_PACK_IDS } from './info';
import { PACK_SCHEMA_VERSION, type Pack, PackSchema, validatePack } from './schema';

/** Large enough for a pack many times the size of the Ivy pack (about 60 KB as a file). */
export const MAX_PACK_BYTES = 1024 * 1024;

/**
 * How many bytes `text` takes as UTF-8, as a file or the 1 MB limit counts it: a character
 * outside ASCII takes two to four. Counted without making the bytes (a draft is counted on
 * every save).
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A pair of surrogates is one character of four bytes; each unit was counted once already.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i += 1;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * The most learning packs a practitioner can add to one browser (the organisation's and the
 * built-in ones are not counted). Far more than anyone uses; a backup holds at most this many.
 */
export const MAX_ADDED_PACKS = 50;

/** How many reasons are listed before "and N more". */
const SHOWN_PROBLEMS = 20;

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/**
 * Checks a pack that is already data (from policy). `reservedIds` are the packs it may not
 * replace: the built-in ones, and for a practitioner's file, the organisation's.
 */
export function checkPack(raw: unknown, reservedIds: ReadonlySet<string>): PackCheck {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > PACK_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: ['This pack was made for a newer version of Pause Point. Update Pause Point, then add it.'],
    };
  }
  const checked = validatePack(raw);
  if (!checked.ok) {
    const { problems } = checked;
    const more = problems.length - SHOWN_PROBLEMS;
    return { ok: false, problems: more > 0 ? [...problems.slice(0, SHOWN_PROBLEMS), `…and ${more} more.`] : problems };
  }
  if (reservedIds.has(checked.pack.id)) {
    return {
      ok: false,
      problems: [
        `The id “${checked.pack.id}” belongs to a pack already in Pause Point. Give this pack an id of its own.`,
      ],
    };
  }
  return checked;
}

/** A pack file's text read as a JSON object, or the one reason it is not one. */
export function readPackObject(text: string): { ok: true; value: object } | { ok: false; problem: string } {
  const read = readJson(text);
  if (!read.ok) {
    return {
      ok: false,
      problem:
        read.problem === 'not-json'
          ? 'This file is not a learning pack: it is not readable JSON.'
          : 'This file contains names that are not allowed in a learning pack.',
    };
  }
  if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) {
    return { ok: false, problem: 'This file is not a learning pack.' };
  }
  return { ok: true, value: read.value };
}

/** Why a file over MAX_PACK_BYTES is refused: told from its size alone, before it is read. */
export const PACK_TOO_LARGE = 'This file is larger than 1 MB, so it is not a learning pack.';

/** Checks a pack file's text completely. */
export function readPackFile(text: string, byteLength: number, reservedIds: ReadonlySet<string>): PackCheck {
  if (byteLength > MAX_PACK_BYTES) {
    return { ok: false, problems: [PACK_TOO_LARGE] };
  }
  const read = readPackObject(text);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return checkPack(read.value, reservedIds);
}

/** A stored pack, checked again as a file is; null when it no longer passes or is not under its own id. */
function readAddedPack(raw: unknown, id: string): Pack | null {
  const checked = checkPack(raw, BUILT_IN_PACK_IDS);
  return checked.ok && checked.pack.id === id ? checked.pack : null;
}

/**
 * When each pack added from a file was added (or last replaced by a newer file), for the
 * settings page's list; under `packAddedAt:<id>`. Not in backups: a restored pack is added then.
 */
export const PACK_ADDED_AT = storedKind<number | null>('packAddedAt:', {
  what: 'when a learning pack was added from a file',
  schema: TimeSchema,
  since: 3,
  fallback: null,
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
});

/** Learning packs the practitioner added from a file, each whole under `pack:<id>`. */
export const ADDED_PACKS = storedKind<Pack | null>('pack:', {
  what: 'a learning pack added from a file',
  schema: PackSchema,
  fallback: null,
  read: readAddedPack,
});
