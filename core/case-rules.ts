/**
 * How Pause Point finds the case reference on an enabled case-system page: from a URL query
 * parameter, a URL path pattern, the page title, or the text of one element. Pure: the page
 * is passed in, so every rule can be tested on plain strings.
 */
import { caseReferenceIn } from './case-reference';
import { escapeRegExp } from './cue-text';

export interface PageFacts {
  url: string;
  title: string;
  /** Text of the first element matching a CSS selector, or null. Only selector rules use it. */
  textOf?(selector: string): string | null;
}

/** An id-like token: the characters a case reference may use, with at least one digit. */
const ID_TOKEN = /[A-Za-z0-9_/-]*\d[A-Za-z0-9_/-]*/;

function valid(candidate: string | null | undefined): string | null {
  return candidate ? caseReferenceIn(candidate) : null;
}

/**
 * Turns "Case {ref} *" into a regular expression: `*` is any text, {ref} the reference.
 *
 * Unanchored (title) patterns search anywhere, so a `*` at either end adds nothing and is
 * dropped: a leading lazy `.*?` would be retried from every start position, which is
 * quadratic on a long title ("*({ref})*" took seconds on 100,000 characters).
 */
function templateToRegExp(pattern: string, refChars: string, anchored: boolean): RegExp | null {
  const at = pattern.indexOf(REF_PLACEHOLDER);
  if (at < 0 || pattern.indexOf(REF_PLACEHOLDER, at + 1) >= 0) return null;
  const part = (text: string) => text.split('*').map(escapeRegExp).join('.*?');
  let head = pattern.slice(0, at);
  let tail = pattern.slice(at + REF_PLACEHOLDER.length);
  if (!anchored) {
    head = head.replace(/^\*+/, '');
    tail = tail.replace(/\*+$/, '');
  }
  return new RegExp(`${anchored ? '^' : ''}${part(head)}(${refChars}{1,40})${part(tail)}`, anchored ? '' : 'i');
}

/** Longer than any real page title; past this a title is read only in part, so work stays bounded. */
const MAX_TITLE_CHARS = 2000;

/** The path, and for single-page apps that route in the hash ("#/person/123"), the hash path too. */
function pathsOf(url: URL): string[] {
  const hashPath = url.hash.startsWith('#/') ? url.hash.slice(1).split('?')[0] : undefined;
  return hashPath ? [url.pathname, hashPath] : [url.pathname];
}

export function findCaseReference(rule: CaseRule, page: PageFacts): string | null {
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return null;
  }
  switch (rule.kind) {
    case 'query': {
      const wanted = rule.name.toLowerCase();
      const values = [...url.searchParams].filter(([name]) => name.toLowerCase() === wanted);
      // Given twice, the address does not say which case is shown: better no case than a guess.
      return values.length === 1 && values[0] ? valid(values[0][1]) : null;
    }
    case 'path': {
      const pattern = rule.pattern.startsWith('/') ? rule.pattern : `/${rule.pattern}`;
      const regex = templateToRegExp(pattern.replace(/\/+$/, ''), '[^/?#]', true);
      for (const path of pathsOf(url)) {
        const match = regex?.exec(path);
        if (!match?.[1]) continue;
        const rest = path.slice(match[0].length);
        if (rest !== '' && !rest.startsWith('/')) continue;
        try {
          return valid(decodeURIComponent(match[1]));
        } catch {
          return null;
        }
      }
      return null;
    }
    case 'title':
      return valid(
        templateToRegExp(rule.pattern, '[A-Za-z0-9_/-]', false)?.exec(page.title.slice(0, MAX_TITLE_CHARS))?.[1],
      );
    case 'selector': {
      const text = page.textOf?.(rule.selector)?.trim();
      if (!text) return null;
      return valid(text) ?? valid(ID_TOKEN.exec(text)?.[0]);
    }
  }
}

const ID_PARAM_NAMES =
  /^(?:(?:case|client|person|child|subject|record|family|episode|service|patient|referral)[_-]?)?(?:id|ref|reference|no|number|num)$/i;
const TITLE_LABELS = /\b(case|id|ref|reference|no|number|record|person|client|child|subject)\s*[:#.]?\s*$/i;

/** Looks like a case id rather than a word or a date: at least three digits. */
function idLike(value: string): boolean {
  return (
    /^[A-Za-z0-9_-]{1,40}$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3 && !/^\d{4}-\d{2}-\d{2}$/.test(value)
  );
}

/**
 * Suggests a rule from the page a practitioner is on, for them to confirm or change:
 * an id-named or id-like query parameter first, then an id-like path segment, then the title.
 * A title rule keeps only a label such as "Case" and punctuation, never other words from the
 * title, which may name a family.
 */
export function proposeRule(page: PageFacts): CaseRule | null {
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return null;
  }
  const params = [...url.searchParams];
  const named = params.find(([name, value]) => ID_PARAM_NAMES.test(name) && valid(value));
  if (named) return { kind: 'query', name: named[0] };
  const likely = params.find(([, value]) => idLike(value));
  if (likely) return { kind: 'query', name: likely[0] };

  for (const path of pathsOf(url)) {
    const segments = path.split('/').filter(Boolean);
    const index = segments.findIndex((segment) => idLike(segment));
    if (index >= 0) {
      const before = segments.slice(0, index).map((segment) => (idLike(segment) ? '*' : segment));
      return { kind: 'path', pattern: `/${[...before, REF_PLACEHOLDER].join('/')}` };
    }
  }

  const token = /[A-Za-z0-9_/-]*\d[A-Za-z0-9_/-]*/g;
  for (const match of page.title.matchAll(token)) {
    if (!idLike(match[0].replaceAll('/', ''))) continue;
    const label = TITLE_LABELS.exec(page.title.slice(0, match.index))?.[0];
    if (label) return { kind: 'title', pattern: `${label.trimStart()}${REF_PLACEHOLDER}` };
    const open = page.title.charAt(match.index - 1);
    const close = page.title.charAt(match.index + match[0].length);
    const wrap = (ch: string) => (/[()[\]#:]/.test(ch) ? ch : '');
    return { kind: 'title', pattern: `*${wrap(open)}${REF_PLACEHOLDER}${wrap(close)}*` };
  }
  return null;
}

/** The shape of a case-reference rule, and the check of one a practitioner typed. */
export type CaseRule =
  | { kind: 'query'; name: string }
  | { kind: 'path'; pattern: string }
  | { kind: 'title'; pattern: string }
  | { kind: 'selector'; selector: string };

export const REF_PLACEHOLDER = '{ref}';

export const RULE_VALUE_MAX_LENGTH = 200;

/** The one value a practitioner types for a rule. */
export function ruleValue(rule: CaseRule): string {
  return rule.kind === 'query' ? rule.name : rule.kind === 'selector' ? rule.selector : rule.pattern;
}

/** Checks a rule a practitioner typed; returns the reason it cannot be used, or null. */
export function ruleProblem(rule: CaseRule): string | null {
  const value = ruleValue(rule);
  if (value.trim() === '') return 'Fill in how to find the case reference.';
  if (value.length > RULE_VALUE_MAX_LENGTH) return `Keep it under ${RULE_VALUE_MAX_LENGTH} characters.`;
  if ((rule.kind === 'path' || rule.kind === 'title') && value.split(REF_PLACEHOLDER).length !== 2) {
    return `Put ${REF_PLACEHOLDER} once where the case reference appears, and * for any other text.`;
  }
  if (rule.kind === 'query' && !/^[\w.[\]-]+$/.test(value)) return 'A parameter name has no spaces or symbols.';
  return null;
}

/** A rule in plain words, completing "the case reference is in …". */
export function describeRuleText(rule: CaseRule): string {
  switch (rule.kind) {
    case 'query':
      return `the “${rule.name}” part of the page address`;
    case 'path':
      return `the page address, shaped like ${rule.pattern}`;
    case 'title':
      return `the page title, shaped like “${rule.pattern}”`;
    case 'selector':
      return `the text of the page element ${rule.selector}`;
  }
}
