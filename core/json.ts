/**
 * Reading JSON from outside (backup files, pack files) without letting it name the keys that
 * reach an object's prototype. Such a file is refused whole rather than cleaned, because a
 * file that tries this is not one to trust in part.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: 'not-json' | 'forbidden-key' };

export function readJson(text: string): JsonRead {
  let forbidden = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return item;
    });
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return forbidden ? { ok: false, problem: 'forbidden-key' } : { ok: true, value };
}
