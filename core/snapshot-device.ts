/**
 * The random tokens a learning snapshot carries (core/snapshot.ts), and the one this device keeps.
 * Kept apart from the snapshot code, so the pages that read or write the token (counting in the
 * panel, backups) load only this, not the report's pooling (4 KB gzip in the panel).
 */
import * as v from 'valibot';
import { storedItem } from './stored';

/** 32 random hexadecimal digits: says nothing about anyone. */
export const RandomTokenSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));

/** A random id for a snapshot, from 16 random bytes. */
export function snapshotId(random: Uint8Array): string {
  return [...random].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * This device's snapshot token: random, made when the first snapshot is saved, kept until
 * Delete all data, and in a backup so a restored device's snapshots are still the same
 * practitioner's. It is in no other file and says nothing about the person.
 */
export const SNAPSHOT_DEVICE = storedItem<string | null>('snapshotDevice', {
  what: 'the random token that marks this device’s learning snapshots as one practitioner’s',
  schema: RandomTokenSchema,
  since: 3,
  fallback: null,
});
