/**
 * Text and links from outside (pack files, policy) that could mislead a practitioner: a link
 * whose address starts with a trusted name before an "@" (https://www.gov.uk@evil.example/
 * goes to evil.example), a title reversed by invisible direction controls, one made only
 * of invisible characters, or control characters and broken characters that no one typed.
 */
import * as v from 'valibot';

/** Controls that override or isolate text direction: they can make a title read backwards. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Characters that show nothing. */
const INVISIBLE = /[\s\u200B-\u200F\u2060\uFEFF\u00AD]/g;

const DIRECTION_PROBLEM = 'text cannot contain characters that reverse its direction';
const CONTROL_PROBLEM = 'text cannot contain control characters or broken characters';
const INVISIBLE_PROBLEM = 'text must have something to read, not only invisible characters';
export const CREDENTIALS_PROBLEM = 'links cannot have a name or password before the site (name@site)';

export function hasNoDirectionControls(text: string): boolean {
  return !DIRECTION_CONTROLS.test(text);
}

/**
 * No control characters other than tab and line breaks, and no half of a character (a lone
 * surrogate): no one types them, and each shows as nothing or as a box.
 */
export function hasNoControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f))
      return false;
    if (code >= 0xdc00 && code <= 0xdfff) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

export function hasNoCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** The site a link goes to, to show beside its title; null for an address that cannot be read. */
export function linkHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Text a practitioner will read, from a pack or policy: trimmed, 1 to `max` characters, readable. */
export const SafeText = (max: number) =>
  // One problem for one mistake: empty text is "empty", not also "nothing visible to read".
  v.config(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1),
      v.maxLength(max),
      v.check(hasNoDirectionControls, DIRECTION_PROBLEM),
      v.check(hasNoControlCharacters, CONTROL_PROBLEM),
      v.check(hasVisibleText, INVISIBLE_PROBLEM),
    ),
    { abortPipeEarly: true },
  );
