/**
 * Reading JSON from outside (backup files, pack files) without letting it name the keys that
 * reach an object's prototype. Such a file is refused whole rather than cleaned, because a
 * file that tries this is not one to trust in part.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: 'not-json' | 'forbidden-key' };

export function readJson(text: string): JsonRead {
  let value: unknown;
  try {
    // No reviver: called for every value, it made a 4.8 MB file of numbers take seconds.
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return hasForbiddenKey(value) ? { ok: false, problem: 'forbidden-key' } : { ok: true, value };
}

/**
 * JSON.parse keeps "__proto__" as an own key, so a walk finds it. A stack, not recursion:
 * a deeply nested file must not overflow the call stack.
 */
function hasForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === 'object' && element !== null) stack.push(element);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      const child = (item as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}
