/**
 * Names every JavaScript object already has (toString, constructor, __proto__ …). Used as a
 * key of a plain object, such a name reads back as a function, and safe readers (valibot's
 * record among them) drop it without a word: a case or answer under it would be stored but
 * never listed, counted or deleted. Ids that become keys are therefore never one of them.
 */
const BUILT_IN_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
  'prototype',
  'constructor',
]);

export function isBuiltInName(name: string): boolean {
  return BUILT_IN_NAMES.has(name);
}

/** The reason given when an id in a pack is such a name. */
export const BUILT_IN_ID_PROBLEM = 'ids cannot be a name JavaScript keeps for itself, such as constructor or prototype';

/** True when an object has none of these names as its own keys (checked before a record drops them). */
export function hasNoBuiltInKeys(value: unknown): boolean {
  return typeof value !== 'object' || value === null || !Object.keys(value).some(isBuiltInName);
}

/** A key's own value, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
