/**
 * The shape of a learning pack: one safeguarding practice review's learning as data.
 * Built-in packs are checked against it by a unit test; packs from outside (files, managed
 * configuration) will be checked against it before use.
 */
import * as v from 'valibot';
import { BUILT_IN_ID_PROBLEM, isBuiltInName } from '../built-in-names';
import { normaliseCue, raisableCues } from '../cue-text';
import { CREDENTIALS_PROBLEM, hasNoCredentials, SafeText } from '../safe-text';
import { MOMENT_IDS } from './moment-ids';
import { RESOURCE_GROUPS, type ResourceGroupId } from './resource-groups';

export { RESOURCE_GROUPS, type ResourceGroupId } from './resource-groups';

/**
 * The pack format's version, numbered. 2 adds several reviews in one pack (`reviews`, and a
 * theme's `reviewId`); 3 adds the version a question was added in (a prompt's `addedIn`) and the
 * review's own findings about safer sleep (`sleepFindings`). Each version reads every earlier
 * one as it is: a version 1 file is a version 2 pack with one review, and a version 1 or 2 pack
 * is a version 3 pack with neither of 3's fields. Pack studio writes the lowest version the pack
 * needs, so a browser with an older Pause Point can still add it.
 */
export const PACK_SCHEMA_VERSION = 3;
/** Every pack format version this Pause Point reads. */
const PACK_SCHEMA_VERSIONS = [1, 2, 3] as const;

/**
 * The most of each list a pack holds. Generous for a real brief (the Ivy pack has 10 themes of
 * 3 to 7 questions, 10 resources, 3 actions, 4 reflective questions, 9 words explained and 1
 * note), and small enough that the side panel's views and search stay quick on the largest
 * pack allowed: with thousands of resources, Resources and Supervision took about a second.
 */
export const PACK_LIMITS = {
  /** A brief with more than 20 findings is a review to split into packs, not one checklist. */
  themes: 20,
  /** Questions in one theme: few enough to answer beside the record. */
  prompts: 7,
  /** Ten times Ivy's: a brief's own list and the partnership's procedures fit many times over. */
  resources: 100,
  actions: 50,
  reflectiveQuestions: 30,
  glossary: 60,
  notes: 20,
  /** Resources one question or action links to. */
  resourceIds: 10,
  /** Further reviews: a year of a partnership's reviews and the national panel's, with room. */
  reviews: 20,
  /** The review's own findings about safer sleep, shown beside the national safer sleep card. */
  sleepFindings: 6,
} as const;

/** The problem a list over its limit is given, in words a pack author can act on. */
const LIMIT =
  (what: string, most: number) =>
  ({ received }: { received: string }) =>
    `a pack holds at most ${most} ${what}; this has ${received}. Remove some.`;

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lower-case letters, digits and hyphens'),
  v.check((id: string) => !isBuiltInName(id), BUILT_IN_ID_PROBLEM),
);
const Text = SafeText;
/** A pack's version, and the versions its questions name: "1.0.0". */
const PackVersion = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'versions look like 1.0.0'));
// Checked in order, stopping at the first problem: an address that is not one is not also
// said to have a name and password in it.
const HttpsUrl = v.config(
  v.pipe(
    v.string(),
    v.url(),
    v.startsWith('https://', 'links must use https'),
    v.maxLength(2048),
    v.check(hasNoCredentials, CREDENTIALS_PROBLEM),
  ),
  { abortPipeEarly: true },
);

const ResourceSchema = v.strictObject({
  id: Id,
  title: Text(160),
  url: HttpsUrl,
  publisher: Text(160),
  description: Text(400),
  /** True for the tools and resources the review's own brief lists. */
  fromSource: v.boolean(),
  /** Where the resource is listed in the Resources view. */
  group: v.picklist(RESOURCE_GROUPS.map((g) => g.id) as [ResourceGroupId, ...ResourceGroupId[]]),
  /** Where the address was checked, for resources the brief itself does not give. */
  note: v.optional(Text(400)),
  /**
   * When the address was last checked, and whether it could be confirmed then. A resource whose
   * address could not be confirmed tells the practitioner to search for its title and publisher.
   */
  addressChecked: v.optional(v.strictObject({ on: Text(40), confirmed: v.boolean() })),
});

/** The kinds of source a line can come from: the review's own brief, named national guidance, or local procedures. */
export const SOURCE_KINDS = ['brief', 'national', 'local'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a prompt's advice comes from when that is not the brief section it is listed under:
 * named national guidance or local procedures, with the resource to read it in.
 */
const SourceSchema = v.strictObject({
  kind: v.picklist(SOURCE_KINDS),
  title: Text(200),
  resourceId: v.optional(Id),
});

/** The most words a prompt's short checklist line may have, so a moment's list fits one screen. */
export const SHORT_LINE_MAX_WORDS = 8;

/** Words as a reader counts them: runs of text between spaces. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const ShortLine = v.config(
  v.pipe(
    Text(80),
    v.check(
      (line: string) => wordCount(line) <= SHORT_LINE_MAX_WORDS,
      `a short line has at most ${SHORT_LINE_MAX_WORDS} words`,
    ),
  ),
  { abortPipeEarly: true },
);

const PromptSchema = v.strictObject({
  id: Id,
  /** The full question: what the summary and "why this matters" use. */
  text: Text(300),
  /**
   * The question as a checklist line of at most 8 words ("Father or male carer seen yourself?").
   * Optional: a pack without it shows the full question.
   */
  short: v.optional(ShortLine),
  /** The heading of the section of the brief this prompt comes from, or serves. */
  sourceSection: Text(200),
  /** Set when the advice itself is not the brief's: the named guidance it comes from. */
  source: v.optional(SourceSchema),
  moments: v.pipe(v.array(v.picklist(MOMENT_IDS)), v.minLength(1)),
  resourceIds: v.optional(
    v.pipe(v.array(Id), v.maxLength(PACK_LIMITS.resourceIds, LIMIT('resources linked', PACK_LIMITS.resourceIds))),
  ),
  /**
   * True for a question about the child's father or a male carer. Marked not applicable, it asks
   * for the reason to be written in the case note: a man in a baby's life is never irrelevant
   * by default.
   */
  fatherOrMaleCarer: v.optional(v.boolean()),
  /**
   * The pack version in which this question's wording last changed its meaning. An answer given
   * to the earlier wording is cleared when a case moves to this version, with a one-line notice;
   * an answer to a wording changed without this mark is kept and flagged "check again".
   */
  meaningChangedIn: v.optional(PackVersion),
  /**
   * The pack version this question was added in (format version 3). A case answered with an
   * earlier version is told, once, how many questions were added since ("1 question added").
   */
  addedIn: v.optional(PackVersion),
});

/**
 * One thing the review itself found or asks about a baby's sleep (format version 3), shown on
 * the safer sleep card beside its national advice, and only on the cases that use this pack.
 */
const SleepFindingSchema = v.strictObject({
  /** The finding or ask, in a sentence or two of the pack's own words. */
  text: Text(300),
  /** The heading of the section of the review it comes from. */
  sourceSection: Text(200),
});

/** The kinds of review a pack draws on. */
export const REVIEW_KINDS = ['local', 'national', 'thematic'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/**
 * A further review a pack draws on (format version 2): a partnership's year of learning, or a
 * national panel review, beside the pack's own `review`. Themes name theirs by `reviewId`.
 */
const ReviewSourceSchema = v.strictObject({
  id: Id,
  /** The review's title as printed: "The myth of invisible men". */
  title: Text(200),
  publisher: Text(160),
  /** A local child safeguarding practice review, a national panel review, or a thematic review. */
  kind: v.picklist(REVIEW_KINDS),
  published: v.optional(Text(40)),
  url: v.optional(HttpsUrl),
});

const ThemeSchema = v.strictObject({
  id: Id,
  title: Text(160),
  /** The review this theme's learning comes from, when not the pack's own (format version 2). */
  reviewId: v.optional(Id),
  /** A name of a word or two, where the page's raised themes are listed on one line. */
  short: v.optional(Text(24)),
  why: Text(1200),
  sourceSection: Text(200),
  prompts: v.pipe(
    v.array(PromptSchema),
    v.minLength(3),
    v.maxLength(PACK_LIMITS.prompts, LIMIT('questions in a theme', PACK_LIMITS.prompts)),
  ),
});

const ActionSchema = v.strictObject({
  id: Id,
  title: Text(120),
  text: Text(400),
  resourceIds: v.optional(
    v.pipe(v.array(Id), v.maxLength(PACK_LIMITS.resourceIds, LIMIT('resources linked', PACK_LIMITS.resourceIds))),
  ),
});

/**
 * One pause point's short list: the 5–9 killer items, in the order they are asked. A
 * conference list may add items that apply only when the meeting is virtual or by telephone;
 * with them the list still holds at most 9 (checked in momentProblems).
 */
const MomentListSchema = v.strictObject({
  id: v.picklist(MOMENT_IDS),
  promptIds: v.pipe(v.array(Id), v.minLength(5), v.maxLength(9)),
  virtualPromptIds: v.optional(v.pipe(v.array(Id), v.maxLength(9))),
});

const ReflectiveQuestionSchema = v.strictObject({ id: Id, text: Text(300) });

/**
 * A word a GP, police officer or new practitioner may not know, with a short plain meaning,
 * shown on demand beside the questions that use it.
 */
const GlossaryEntrySchema = v.strictObject({
  term: Text(60),
  meaning: Text(400),
  /** Set when the meaning adds advice from beyond the brief. */
  source: v.optional(SourceSchema),
});

// Cues are normalised when a pack is checked ("co - sleeping" is read as "co-sleeping"), so a
// cue can never build a matching pattern that backtracks badly on a case page.
const Cue = v.pipe(v.string(), v.trim(), v.maxLength(60), v.transform(normaliseCue), v.minLength(1));

// An abbreviation read only as written, in capitals: at least one capital letter and no small one.
const CapitalCue = v.pipe(
  Cue,
  v.maxLength(20),
  v.regex(/^[^a-z]*[A-Z][^a-z]*$/, 'a capital cue is written in capitals, as in "MGM" or "F"'),
);

/**
 * A pack's cue lists, for the case-page script. Per theme: words and phrases that, seen on an
 * enabled case page, raise the theme (matched as whole words, ignoring case, with plurals and
 * hyphen/space variants), and "not cues": phrases in which a cue word means something else
 * ("partner agency"), which never count. Optionally, "capital cues": abbreviations that count
 * only written in capitals ("F" for father, never the letter f), and "context cues": groups of
 * cues that count only when one of the group's context words is in the same sentence ("sofa"
 * beside "baby"). Per prompt: the theme's cues that point to it.
 */
const PackCuesSchema = v.strictObject({
  themes: v.pipe(
    v.record(
      Id,
      v.strictObject({
        cues: v.pipe(v.array(Cue), v.minLength(1), v.maxLength(200)),
        notCues: v.pipe(v.array(Text(80)), v.maxLength(80)),
        capitalCues: v.optional(v.pipe(v.array(CapitalCue), v.maxLength(40))),
        contextCues: v.optional(
          v.pipe(
            v.array(
              v.strictObject({
                cues: v.pipe(v.array(Cue), v.minLength(1), v.maxLength(60)),
                context: v.pipe(v.array(Cue), v.minLength(1), v.maxLength(60)),
              }),
            ),
            v.maxLength(10),
          ),
        ),
      }),
    ),
    // One list a theme at most: more can only name themes the pack does not have.
    v.maxEntries(PACK_LIMITS.themes, LIMIT('themes with cue words', PACK_LIMITS.themes)),
  ),
  prompts: v.pipe(
    v.record(Id, v.pipe(v.array(Cue), v.maxLength(20))),
    v.maxEntries(
      PACK_LIMITS.themes * PACK_LIMITS.prompts,
      LIMIT('questions with cue words', PACK_LIMITS.themes * PACK_LIMITS.prompts),
    ),
  ),
});

/** A day written as year-month-day ("2027-03-31"), so it is read the same everywhere and compares in order. */
const IsoDay = v.pipe(v.string(), v.isoDate('write a day as year-month-day, like 2027-03-31'));

export const PackSchema = v.strictObject({
  /** Where an editor finds this format (docs/pack.schema.json); ignored by Pause Point. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(300))),
  schemaVersion: v.picklist(PACK_SCHEMA_VERSIONS),
  id: Id,
  version: PackVersion,
  title: Text(120),
  review: v.strictObject({
    type: Text(160),
    name: Text(120),
    publisher: Text(160),
    sourceTitle: Text(200),
    /** When the brief was published, as it says: "March 2023". */
    published: v.optional(Text(40)),
    /** Where the brief itself can be read. */
    sourceUrl: v.optional(HttpsUrl),
    contact: v.optional(Text(200)),
    /** For example, that the name used is not the child's real name. */
    nameNote: v.optional(Text(300)),
    summary: Text(800),
    /**
     * What the review asks teams to do with its reflective questions, in its own words for the
     * Supervision view ("…invites teams to discuss these questions…"). Without it the view says
     * only that the questions are the brief's.
     */
    supervisionInvite: v.optional(Text(400)),
    notes: v.optional(v.pipe(v.array(Text(400)), v.maxLength(PACK_LIMITS.notes, LIMIT('notes', PACK_LIMITS.notes)))),
  }),
  /** Further reviews the themes come from (format version 2); the pack's own is `review`. */
  reviews: v.optional(
    v.pipe(v.array(ReviewSourceSchema), v.maxLength(PACK_LIMITS.reviews, LIMIT('reviews', PACK_LIMITS.reviews))),
  ),
  themes: v.pipe(
    v.array(ThemeSchema),
    v.minLength(1),
    v.maxLength(PACK_LIMITS.themes, LIMIT('themes', PACK_LIMITS.themes)),
  ),
  actions: v.pipe(v.array(ActionSchema), v.maxLength(PACK_LIMITS.actions, LIMIT('actions', PACK_LIMITS.actions))),
  resources: v.pipe(
    v.array(ResourceSchema),
    v.maxLength(PACK_LIMITS.resources, LIMIT('resources', PACK_LIMITS.resources)),
  ),
  reflectiveQuestions: v.pipe(
    v.array(ReflectiveQuestionSchema),
    v.maxLength(PACK_LIMITS.reflectiveQuestions, LIMIT('reflective questions', PACK_LIMITS.reflectiveQuestions)),
  ),
  /** Short lists for the pause points, one a moment; a pack without them offers "All prompts" only. */
  moments: v.optional(
    v.pipe(
      v.array(MomentListSchema),
      v.maxLength(MOMENT_IDS.length, LIMIT('short lists, one a moment', MOMENT_IDS.length)),
    ),
  ),
  /** Optional: a pack without cues simply raises no themes on case pages. */
  cues: v.optional(PackCuesSchema),
  /** Who approved the pack for use (a person's role or a board), optional. */
  approvedBy: v.optional(Text(160)),
  /** The day it was approved. */
  approvedOn: v.optional(IsoDay),
  /** The day by which the pack should be checked again: its links, and whether newer learning replaces it. */
  checkAgainBy: v.optional(IsoDay),
  /**
   * Optional (format version 3): what this review found about safer sleep, shown on the safer
   * sleep card beside its national advice on this pack's cases only.
   */
  sleepFindings: v.optional(
    v.pipe(
      v.array(SleepFindingSchema),
      v.minLength(1),
      v.maxLength(PACK_LIMITS.sleepFindings, LIMIT('sleep findings', PACK_LIMITS.sleepFindings)),
    ),
  ),
  /** Optional: plain meanings of the words the prompts use that not everyone knows. */
  glossary: v.optional(
    v.pipe(
      v.array(GlossaryEntrySchema),
      v.maxLength(PACK_LIMITS.glossary, LIMIT('words explained', PACK_LIMITS.glossary)),
    ),
  ),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type Theme = Pack['themes'][number];
export type Prompt = Theme['prompts'][number];
export type Resource = Pack['resources'][number];
export type PackCues = v.InferOutput<typeof PackCuesSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type ReviewSource = v.InferOutput<typeof ReviewSourceSchema>;

/** A theme as the checklist shows it: its "why this matters" loads with the reference material. */
export type ChecklistTheme = Omit<Theme, 'why'>;

/** What the checklist needs of a pack: enough to show and store answers. */
export type PackChecklist = Pick<Pack, 'schemaVersion' | 'id' | 'version' | 'title' | 'moments'> & {
  review: Pick<Pack['review'], 'sourceTitle'>;
  themes: ChecklistTheme[];
};

/** A pack's reference material, which the side panel loads a moment after the checklist. */
export type PackReference = Pick<
  Pack,
  'review' | 'actions' | 'resources' | 'reflectiveQuestions' | 'glossary' | 'sleepFindings'
> & {
  /** Each theme's "why this matters", by theme id. */
  whys: Record<string, string>;
};

/**
 * One problem with a pack: where it is (a dot path such as "themes.0.prompts.2.text", empty for
 * the pack as a whole) and what is wrong. Pack studio turns the path into a link to the field.
 */
export interface PackIssue {
  path: string;
  message: string;
  /** The schema's name for the check that failed ("min_length", "url"…), for plainer words. */
  type?: string;
  /** The limit of a length or count check. */
  requirement?: number;
  /** True when the value checked is a list (a count), not text (a length). */
  list?: true;
  /** For a check on text (a short line's word limit): how many words the text has. */
  words?: number;
  /** For a list: how many items it has. */
  count?: number;
  /**
   * For the checks across the pack: which one, so Pack studio can say it in its own words
   * ("twice": an id or word used twice; "no-resource": a link to a resource not in the pack;
   * "list-twice", "list-long", "list-unknown", "list-unticked": a short list's questions).
   */
  code?: 'twice' | 'no-resource' | 'no-review' | 'list-twice' | 'list-long' | 'list-unknown' | 'list-unticked';
  /** What the check is about: the kind of item ("prompt", "glossary term"). */
  subject?: string;
  /** The text used twice, as it is written ("SENCO"). */
  value?: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: string[]; issues: PackIssue[] };

/** Checks a pack and lists every problem in words a pack author can act on. */
export function validatePack(input: unknown): PackValidation {
  const result = v.safeParse(PackSchema, input);
  if (!result.success) {
    const issues = result.issues.map((issue): PackIssue => {
      const path = v.getDotPath(issue) ?? '';
      // A key the format does not have: say so in words, not in the schema's terms.
      if (issue.expected === 'never' && path) return { path, message: 'this is not part of the pack format.' };
      const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
      return {
        path,
        message: plainIssueWords(issue),
        type: issue.type,
        ...(requirement === undefined ? {} : { requirement }),
        ...(Array.isArray(issue.input) ? { list: true as const, count: issue.input.length } : {}),
        ...(issue.type === 'check' && typeof issue.input === 'string' ? { words: wordCount(issue.input) } : {}),
      };
    });
    return { ok: false, problems: issues.map(issueText), issues };
  }
  const issues = crossReferenceIssues(result.output);
  // These name what they are about in their own words, so the path is not put in front.
  return issues.length === 0
    ? { ok: true, pack: result.output }
    : { ok: false, problems: issues.map((issue) => issue.message), issues };
}

/**
 * The schema library's own messages ("Invalid type: Expected Array but received \"x\"") in
 * words a pack author can act on. The checks written for packs already have their own words.
 */
function plainIssueWords(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.message.startsWith('Invalid key:')) return 'this is missing, and the pack format needs it.';
  const amount = Number(/\d+/.exec(issue.expected ?? '')?.[0] ?? 0);
  const list = Array.isArray(issue.input);
  const had = list ? (issue.input as unknown[]).length : 0;
  switch (issue.type) {
    case 'string':
      return 'this should be text, in quotes.';
    case 'number':
      return 'this should be a number.';
    case 'boolean':
      return 'this should be true or false.';
    case 'array':
      return 'this should be a list, in square brackets.';
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'object_with_rest':
    case 'record':
      return 'this should be a group of named parts, in curly brackets.';
    case 'picklist':
    case 'literal':
    case 'union':
    case 'variant': {
      const choices = (issue.expected ?? '')
        .replace(/^\(|\)$/g, '')
        .replace(/"/g, '')
        .split(' | ');
      return choices.length > 1 ? `this should be one of: ${choices.join(', ')}.` : `this should be ${choices[0]}.`;
    }
    case 'min_length':
      if (list) return `this list needs at least ${amount}; it has ${had}.`;
      return amount <= 1 ? 'this is empty.' : `this needs at least ${amount} characters.`;
    case 'max_length':
      if (list) return `this list can have at most ${amount}; it has ${had}.`;
      return `this is too long: at most ${amount} characters.`;
    default:
      return 'this is not written as the pack format needs.';
  }
}

function issueText({ path, message }: PackIssue): string {
  return path ? `${path}: ${message}` : message;
}

/**
 * What the schema alone cannot see: ids used twice, and links to resources that do not exist.
 * Pack studio runs it on a draft whose shape is still unfinished too, so every problem is
 * listed at once rather than a second round appearing once the first is fixed.
 */
export function crossReferenceIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  const seen = new Set<string>();
  const note = (kind: string, id: string, path: string, value = id) => {
    const key = `${kind}:${id}`;
    if (seen.has(key)) {
      issues.push({
        path,
        message: `The ${kind} id "${id}" is used more than once.`,
        code: 'twice',
        subject: kind,
        value,
      });
    }
    seen.add(key);
  };
  for (const [i, review] of (pack.reviews ?? []).entries()) note('review', review.id, `reviews.${i}.id`);
  const reviewIds = new Set((pack.reviews ?? []).map((r) => r.id));
  for (const [t, theme] of pack.themes.entries()) {
    if (theme.reviewId !== undefined && !reviewIds.has(theme.reviewId)) {
      issues.push({
        path: `themes.${t}.reviewId`,
        message: `The theme "${theme.id}" names the review "${theme.reviewId}", which is not in the pack's reviews.`,
        code: 'no-review',
      });
    }
  }
  for (const [t, theme] of pack.themes.entries()) {
    note('theme', theme.id, `themes.${t}.id`);
    for (const [p, prompt] of theme.prompts.entries()) note('prompt', prompt.id, `themes.${t}.prompts.${p}.id`);
  }
  for (const [i, action] of pack.actions.entries()) note('action', action.id, `actions.${i}.id`);
  for (const [i, entry] of (pack.glossary ?? []).entries()) {
    note('glossary term', entry.term.toLowerCase(), `glossary.${i}.term`, entry.term);
  }
  for (const [i, resource] of pack.resources.entries()) note('resource', resource.id, `resources.${i}.id`);
  for (const [i, question] of pack.reflectiveQuestions.entries()) {
    note('question', question.id, `reflectiveQuestions.${i}.id`);
  }
  if (pack.cues) issues.push(...cueIssues(pack, pack.cues));
  issues.push(...momentIssues(pack));
  const resourceIds = new Set(pack.resources.map((r) => r.id));
  // Every link to a resource, with where it is.
  const referenced: [string | undefined, string][] = [];
  for (const [t, theme] of pack.themes.entries()) {
    for (const [p, prompt] of theme.prompts.entries()) {
      const at = `themes.${t}.prompts.${p}`;
      for (const [i, id] of (prompt.resourceIds ?? []).entries()) referenced.push([id, `${at}.resourceIds.${i}`]);
      referenced.push([prompt.source?.resourceId, `${at}.source.resourceId`]);
    }
  }
  for (const [i, entry] of (pack.glossary ?? []).entries()) {
    referenced.push([entry.source?.resourceId, `glossary.${i}.source.resourceId`]);
  }
  for (const [a, action] of pack.actions.entries()) {
    for (const [i, id] of (action.resourceIds ?? []).entries()) referenced.push([id, `actions.${a}.resourceIds.${i}`]);
  }
  for (const [id, path] of referenced) {
    if (id !== undefined && !resourceIds.has(id)) {
      issues.push({ path, message: `The resource "${id}" is linked to but not in the pack.`, code: 'no-resource' });
    }
  }
  return issues;
}

/** Checks cue lists against the pack they belong to. */
function cueIssues(pack: Pack, cues: PackCues): PackIssue[] {
  const issues: PackIssue[] = [];
  const themeIds = new Set(pack.themes.map((t) => t.id));
  const promptTheme = new Map(pack.themes.flatMap((t) => t.prompts.map((p) => [p.id, t.id] as const)));
  for (const [themeId, lists] of Object.entries(cues.themes)) {
    const path = `cues.themes.${themeId}`;
    if (!themeIds.has(themeId)) {
      issues.push({ path, message: `Cues are listed for the theme "${themeId}", which is not in the pack.` });
    }
    if (new Set(lists.cues.map((c) => c.toLowerCase())).size !== lists.cues.length) {
      issues.push({ path: `${path}.cues`, message: `The theme "${themeId}" lists a cue twice.` });
    }
    const plain = new Set(lists.cues.map((c) => c.toLowerCase()));
    (lists.contextCues ?? []).forEach((group, index) => {
      for (const cue of group.cues) {
        if (plain.has(cue.toLowerCase())) {
          issues.push({
            path: `${path}.contextCues.${index}.cues`,
            message: `The theme "${themeId}" lists "${cue}" both as a cue and as a context cue, so its context would never matter.`,
          });
        }
      }
    });
  }
  for (const [promptId, promptCues] of Object.entries(cues.prompts)) {
    const path = `cues.prompts.${promptId}`;
    const themeId = promptTheme.get(promptId);
    if (!themeId) {
      issues.push({ path, message: `Cues are listed for the prompt "${promptId}", which is not in the pack.` });
      continue;
    }
    const lists = cues.themes[themeId];
    const themeCues = new Set((lists ? raisableCues(lists) : []).map((c) => c.toLowerCase()));
    for (const cue of promptCues) {
      if (!themeCues.has(cue.toLowerCase())) {
        issues.push({ path, message: `The prompt "${promptId}" has the cue "${cue}", which its theme does not list.` });
      }
    }
  }
  return issues;
}

/** Checks the pause-point lists: known prompts, each once, each tagged with that moment. */
function momentIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  const prompts = new Map(pack.themes.flatMap((t) => t.prompts.map((p) => [p.id, p] as const)));
  const seen = new Set<string>();
  (pack.moments ?? []).forEach((moment, m) => {
    const path = `moments.${m}.promptIds`;
    if (seen.has(moment.id))
      issues.push({ path: `moments.${m}.id`, message: `The moment "${moment.id}" is listed twice.` });
    seen.add(moment.id);
    const ids = [...moment.promptIds, ...(moment.virtualPromptIds ?? [])];
    if (new Set(ids).size !== ids.length)
      issues.push({ path, message: `The moment "${moment.id}" lists a prompt twice.`, code: 'list-twice' });
    // A short list stays short when the meeting is by video: its questions fit in one view.
    if (ids.length > 9) {
      issues.push({
        path,
        message: `The moment "${moment.id}" has ${ids.length} prompts with its video-meeting ones; the most is 9.`,
        code: 'list-long',
        count: ids.length,
      });
    }
    for (const id of ids) {
      const prompt = prompts.get(id);
      if (!prompt) {
        issues.push({
          path,
          message: `The moment "${moment.id}" lists "${id}", which is not a prompt in the pack.`,
          code: 'list-unknown',
        });
      } else if (!prompt.moments.includes(moment.id)) {
        issues.push({
          path,
          message: `The prompt "${id}" is in the "${moment.id}" list but does not name that moment.`,
          code: 'list-unticked',
        });
      }
    }
  });
  return issues;
}
