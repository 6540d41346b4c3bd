/**
 * The validator's problems (content/schema.ts, the same checks a pack file meets on import) as
 * Pack studio lists them: where, in the words of the form ("Theme 2, question 3: the
 * question"), what to do, and the id of the field to move focus to.
 */

import { momentTitle } from '../moments';
import { type DraftPack, packOfDraft } from './edit';
import { crossReferenceIssues, type Pack, type PackIssue, SHORT_LINE_MAX_WORDS, validatePack } from './schema';

export interface StudioProblem {
  /** The field's id, as the studio's forms name it (see fieldId). */
  fieldId: string;
  /** Ids to try, most exact first, when the exact field is not on the page. */
  fallbackIds: string[];
  place: string;
  message: string;
}

/** The id of the form field for a pack path: "themes.0.title" is "f-themes-0-title". */
export function fieldId(path: string): string {
  return path ? `f-${path.replace(/\./g, '-')}` : 'f-title';
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'short name for files',
  title: 'title',
  version: 'version',
  type: 'type of review',
  name: 'name used in the review',
  publisher: 'published by',
  sourceTitle: 'title of the brief',
  published: 'when it was published',
  sourceUrl: 'web address of the brief',
  summary: 'summary',
  contact: 'contact',
  nameNote: 'note about the name',
  notes: 'notes',
  why: 'why this matters',
  short: 'short name',
  sourceSection: 'section of the brief',
  text: 'wording',
  moments: 'moments',
  source: 'where the advice comes from',
  kind: 'where the advice comes from',
  resourceId: 'resource',
  resourceIds: 'resources',
  url: 'web address',
  description: 'what it is',
  group: 'group',
  promptIds: 'questions in order',
  prompts: 'questions',
  cues: 'cue words',
  notCues: 'phrases where a cue word means something else',
  themes: 'themes',
  reviewId: 'review',
  reviews: 'reviews',
  approvedBy: 'approved by',
  approvedOn: 'approved on',
  checkAgainBy: 'check again by',
  addressChecked: 'address last checked',
  on: 'address last checked',
};

/** Where a path is, in the form's words. */
function placeOf(path: string, draft: DraftPack): string {
  const parts = path.split('.').filter((p) => p !== '');
  if (parts.length === 0) return 'The pack';
  const [head, index, ...rest] = parts;
  const n = Number(index);
  const inPrompt = head === 'themes' && rest[0] === 'prompts';
  const field = (key: string | undefined) => (key === undefined ? '' : (own(FIELD_NAMES, key) ?? key));
  const tail = (keys: string[]) => {
    // An id has no field of its own: the problem is the item's.
    const named = keys.filter((k) => !/^\d+$/.test(k) && k !== 'id').map(field);
    // A question's "short" is its checklist line; a theme's is its short name.
    if (keys.length === 1 && keys[0] === 'short' && inPrompt) return ': short checklist line';
    return named.length > 0 ? `: ${named[named.length - 1]}` : '';
  };
  switch (head) {
    case 'review':
      return `Details: ${field(index)}`;
    case 'themes': {
      if (index === undefined) return 'Themes';
      const theme = `Theme ${n + 1}`;
      if (rest[0] === 'prompts' && rest[1] !== undefined) {
        return `${theme}, question ${Number(rest[1]) + 1}${tail(rest.slice(2))}`;
      }
      return `${theme}${tail(rest)}`;
    }
    case 'moments': {
      const id = draft.moments?.[n]?.id;
      return `${id ? momentTitle(id) : 'A moment'}: short list`;
    }
    case 'resources':
      return index === undefined ? 'Resources' : `Resource ${n + 1}${tail(rest)}`;
    case 'actions':
      return index === undefined ? 'What to do next' : `What to do next, action ${n + 1}${tail(rest)}`;
    case 'reflectiveQuestions':
      return index === undefined ? 'Reflective questions' : `Reflective question ${n + 1}`;
    case 'cues': {
      if (index === 'themes' && rest[0] !== undefined) {
        const t = draft.themes.findIndex((theme) => theme.id === rest[0]);
        return `Theme ${t + 1}: ${field(rest[1] ?? 'cues')}`;
      }
      if (index === 'prompts' && rest[0] !== undefined) {
        for (const [t, theme] of draft.themes.entries()) {
          const q = theme.prompts.findIndex((p) => p.id === rest[0]);
          if (q >= 0) return `Theme ${t + 1}, question ${q + 1}: cue words`;
        }
      }
      return 'Cue words';
    }
    case 'reviews':
      return index === undefined ? 'Reviews' : `Review ${n + 1}${tail(rest)}`;
    case 'glossary':
      return index === undefined ? 'Words explained' : `Words explained, word ${n + 1}`;
    default:
      return `Details: ${head === 'title' ? 'pack title' : field(head)}`;
  }
}

const COUNTED: Readonly<Record<string, [string, string]>> = {
  themes: ['theme', 'themes'],
  prompts: ['question', 'questions'],
  promptIds: ['question', 'questions'],
  cues: ['cue word', 'cue words'],
  resources: ['resource', 'resources'],
  resourceIds: ['linked resource', 'linked resources'],
  actions: ['action', 'actions'],
  reflectiveQuestions: ['reflective question', 'reflective questions'],
  glossary: ['word explained', 'words explained'],
  notes: ['note', 'notes'],
  moments: ['short list', 'short lists'],
};

/**
 * A table's own entry for a key, never one every object has: a path ending "toString" (an id
 * in a hostile file) must not find Object.prototype.toString.
 */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** What is wrong, in plain words, with what to do about it. */
function plainMessage(issue: PackIssue): string {
  const last =
    issue.path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  const n = issue.requirement ?? 0;
  const [one, many] = own(COUNTED, last) ?? ['item', 'items'];
  const code = codeMessage(issue);
  if (code) return code;
  switch (issue.type) {
    case 'min_length':
      if (issue.list && last === 'moments') return 'Tick at least one moment when it is asked.';
      if (issue.list) return `Add at least ${n} ${n === 1 ? one : many}.`;
      return n <= 1 ? 'This is empty. Write something here.' : `Write at least ${n} characters.`;
    case 'max_length':
      // The same words as the check across the pack, so one long list is one problem.
      if (issue.list && last === 'promptIds') return listTooLong(issue.count ?? n + 1);
      if (issue.list) return `There can be at most ${n} ${many}. Remove some.`;
      return `This is too long: at most ${n} characters.`;
    case 'max_entries': {
      const of = last === 'themes' ? 'themes' : 'questions';
      return `There can be cue words for at most ${n} ${of}. Remove those for ${of} not in the pack.`;
    }
    case 'url':
      return 'This is not a full web address. Copy it from the browser’s address bar, starting https://.';
    case 'starts_with':
      return 'Web addresses must start https://.';
    case 'regex':
      return last === 'version'
        ? 'Write the version as three numbers with dots, like 1.0.0.'
        : 'Use only lower-case letters, digits and hyphens (-), starting with a letter or digit.';
    case 'string':
      return 'This is empty. Write something here.';
    case 'iso_date':
      return 'Choose a day from the calendar, or write it as year-month-day, like 2027-03-31.';
    case 'check':
      if (last === 'short' && issue.words !== undefined) {
        return `This line has ${issue.words} words. A short checklist line has at most ${SHORT_LINE_MAX_WORDS}: cut it down.`;
      }
      return plainValidatorWords(issue.message);
    default: {
      // A question's cue words must be the theme's: the validator names ids, the studio words.
      const cue = /has the cue "([^"]*)", which its theme does not list/.exec(issue.message)?.[1];
      if (cue !== undefined) {
        return `“${cue}” is not one of the theme’s cue words. Add it there too, or take it off this question.`;
      }
      return plainValidatorWords(issue.message);
    }
  }
}

const listTooLong = (count: number) => `This list has ${count} questions. A short list holds at most 9: take some off.`;

const KIND_WORDS: Readonly<Record<string, string>> = {
  theme:
    'This theme has the same hidden name as another, so their questions would be mixed up. Remove it, and add it again with “Add a theme”.',
  prompt:
    'This question has the same hidden name as another, so their answers would be mixed up. Remove it, and add it again with “Add a question”.',
  action: 'This action has the same hidden name as another. Remove it, and add it again.',
  resource:
    'This resource has the same hidden name as another, so links to it would be mixed up. Remove it, and add it again.',
  question: 'This reflective question has the same hidden name as another. Remove it, and add it again.',
};

/** The checks across the pack, in the studio's words: no ids, no format names. */
function codeMessage(issue: PackIssue): string | undefined {
  switch (issue.code) {
    case 'twice':
      if (issue.subject === 'glossary term') return `“${issue.value ?? ''}” is explained twice. Remove one of them.`;
      return own(KIND_WORDS, issue.subject ?? '') ?? 'This has the same hidden name as another. Remove one of them.';
    case 'no-review':
      return 'This theme names a review that is no longer in the pack. Choose one of the pack’s reviews.';
    case 'no-resource':
      return 'This links to a resource that is no longer in the pack. Take the link off, or add the resource under Resources.';
    case 'list-twice':
      return 'A question is on this list twice. Take one off.';
    case 'list-long':
      return listTooLong(issue.count ?? 10);
    case 'list-unknown':
      return 'This list names a question that is no longer in the pack. Take it off the list.';
    case 'list-unticked':
      return 'A question on this list is not ticked for this moment. Tick the moment on the question, or take it off the list.';
    default:
      return undefined;
  }
}

/**
 * Every problem with a draft, in the studio's words, all at once: the checks across the pack
 * run even while fields are still empty, so fixing some never reveals a second round. An id
 * made from an empty title is not a second problem. `reservedIds` are the short names of packs
 * built in or set by the organisation.
 */
export function checkDraft(draft: DraftPack, reservedIds: ReadonlySet<string>): StudioProblem[] {
  const file = packOfDraft(draft);
  const checked = validatePack(file);
  let issues = checked.ok ? [] : checked.issues;
  if (issues.some((issue) => issue.type !== undefined)) {
    // The shape failed, so the validator stopped before its checks across the pack.
    issues = [...issues, ...crossReferenceIssues(file as Pack)];
  }
  if (draft.title.trim() === '' && draft.id.trim() === '') issues = issues.filter((issue) => issue.path !== 'id');
  if (reservedIds.has(draft.id.trim())) {
    issues.push({
      path: 'id',
      message: 'This short name belongs to a pack built into Pause Point or set by your organisation. Choose another.',
    });
  }
  return studioProblems(issues, draft);
}

/** The validator's own words, which are written for pack authors already. */
function plainValidatorWords(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The studio's list of problems: one per validator issue, each with where to move focus. */
export function studioProblems(issues: readonly PackIssue[], draft: DraftPack): StudioProblem[] {
  // One problem a field: empty text fails "write something" and "something readable" both.
  const seen = new Set<string>();
  const said = new Set<string>();
  const firsts = issues.filter((issue) => {
    // The same mistake found by two checks (a list too long for its shape and for the pack) is one.
    const words = `${issue.path} ${plainMessage(issue)}`;
    if (said.has(words)) return false;
    said.add(words);
    if (issue.type === undefined) return true;
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
  return firsts.map((issue) => {
    const parts = issue.path.split('.').filter((p) => p !== '');
    const fallbackIds: string[] = [];
    // Ids have no field of their own in the studio: the item's wording or title stands for it.
    if (parts.at(-1) === 'id' && parts.length > 1) {
      const item = fieldId(parts.slice(0, -1).join('.'));
      fallbackIds.push(`${item}-text`, `${item}-title`);
    }
    for (let i = parts.length - 1; i > 0; i--) fallbackIds.push(fieldId(parts.slice(0, i).join('.')));
    return {
      fieldId: fieldId(issue.path),
      fallbackIds,
      place: placeOf(issue.path, draft),
      message: plainMessage(issue),
    };
  });
}
