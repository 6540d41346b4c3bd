/**
 * A pack as Pack studio edits it: the same shape as a finished pack, but with anything still
 * unfinished allowed (empty text, too few questions, blank lines in a list). The one validator,
 * content/schema.ts, says what is wrong; this module only reads drafts tolerantly, starts new
 * ones, and turns a draft into the pack a file holds.
 */

import type { MomentId } from '../moments';
import { MOMENT_IDS } from '../moments';
import {
  PACK_LIMITS,
  PACK_SCHEMA_VERSION,
  type Pack,
  type Prompt,
  RESOURCE_GROUPS,
  REVIEW_KINDS,
  type Resource,
  type Theme,
} from './schema';

/** A pack being written. Typed as a pack; nothing in it has been checked. */
export type DraftPack = Pack;
/** One theme's cue lists, as a pack holds them. */
type OneThemeCues = NonNullable<Pack['cues']>['themes'][string];

/** Cue lists by theme and by question id: with no prototype, so an id such as "toString" or "__proto__" is only an id. */
export type ThemeCueLists = Record<string, OneThemeCues>;
export type PromptCueLists = Record<string, string[]>;
const idRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

// The same empty lists every time, so a form drawn from them is not drawn again for nothing.
const NO_THEME_CUES: OneThemeCues = Object.freeze({
  cues: Object.freeze([]) as unknown as string[],
  notCues: Object.freeze([]) as unknown as string[],
});
const NO_CUES = Object.freeze([]) as unknown as string[];

/** The cue lists of a theme, or empty ones: only lists the draft itself holds, never an object's own methods. */
export function themeCuesOf(draft: DraftPack, themeId: string): OneThemeCues {
  const lists = draft.cues?.themes;
  return (lists && Object.hasOwn(lists, themeId) ? lists[themeId] : undefined) ?? NO_THEME_CUES;
}

/** The cue words of one question, or none. */
export function promptCuesOf(draft: DraftPack, promptId: string): string[] {
  const lists = draft.cues?.prompts;
  return (lists && Object.hasOwn(lists, promptId) ? lists[promptId] : undefined) ?? NO_CUES;
}

/** Where an edit writes cue lists: the draft's own, made when it has none. */
export function cueListsOf(draft: DraftPack): { themes: ThemeCueLists; prompts: PromptCueLists } {
  draft.cues ??= { themes: idRecord(), prompts: idRecord() };
  return draft.cues;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = <T>(value: unknown, read: (item: unknown) => T): T[] => (Array.isArray(value) ? value.map(read) : []);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const momentIds = (value: unknown): MomentId[] =>
  list(value, text).filter((id): id is MomentId => (MOMENT_IDS as readonly string[]).includes(id));

/** The next id of the form `stem-N` that `taken` does not hold. */
export function nextId(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}

export function allIds(pack: DraftPack): string[] {
  return [
    ...pack.themes.flatMap((t) => [t.id, ...t.prompts.map((p) => p.id)]),
    ...pack.resources.map((r) => r.id),
    ...pack.actions.map((a) => a.id),
    ...pack.reflectiveQuestions.map((q) => q.id),
  ];
}

export function blankPrompt(id: string, sourceSection = ''): Prompt {
  return { id, text: '', sourceSection, moments: [] };
}

export function blankTheme(id: string, promptIds: readonly string[]): Theme {
  return { id, title: '', why: '', sourceSection: '', prompts: promptIds.map((p) => blankPrompt(p)) };
}

export function blankResource(id: string): Resource {
  return {
    id,
    title: '',
    url: 'https://',
    publisher: '',
    description: '',
    // Said only when the author says so: most resources a partnership adds are its own choice.
    fromSource: false,
    group: 'local-procedures',
  };
}

/** A new pack: its details, and one theme with the three questions a theme needs at least. */
export function blankPack(): DraftPack {
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: '',
    version: '1.0.0',
    title: '',
    review: {
      type: 'Local Child Safeguarding Practice Review',
      name: '',
      publisher: '',
      sourceTitle: '',
      summary: '',
    },
    themes: [blankTheme('theme-1', ['question-1', 'question-2', 'question-3'])],
    actions: [],
    resources: [],
    reflectiveQuestions: [],
    moments: [],
    cues: { themes: idRecord(), prompts: idRecord() },
  };
}

/**
 * Reads anything (a draft from storage, a pack file that may be broken) as a draft: what is
 * there is kept, what is missing starts empty, and what cannot be a pack is dropped. A broken
 * file opens with its problems listed rather than not at all.
 */
export function readDraftPack(raw: unknown): DraftPack {
  const pack = record(raw);
  const review = record(pack.review);
  const cues = record(pack.cues);
  const source = (value: unknown): Prompt['source'] => {
    const s = record(value);
    if (typeof s.kind !== 'string') return undefined;
    const kind = s.kind === 'national' || s.kind === 'local' || s.kind === 'brief' ? s.kind : 'national';
    return { kind, title: text(s.title), ...(typeof s.resourceId === 'string' ? { resourceId: s.resourceId } : {}) };
  };
  const prompt = (value: unknown): Prompt => {
    const p = record(value);
    const read: Prompt = {
      id: text(p.id),
      text: text(p.text),
      sourceSection: text(p.sourceSection),
      moments: momentIds(p.moments),
    };
    const from = source(p.source);
    if (from) read.source = from;
    if (Array.isArray(p.resourceIds)) read.resourceIds = list(p.resourceIds, text);
    if (typeof p.short === 'string') read.short = p.short;
    // Kept through an edit, though Pack studio has no field for it yet.
    if (p.fatherOrMaleCarer === true) read.fatherOrMaleCarer = true;
    if (typeof p.meaningChangedIn === 'string') read.meaningChangedIn = p.meaningChangedIn;
    if (typeof p.addedIn === 'string') read.addedIn = p.addedIn;
    return read;
  };
  const theme = (value: unknown): Theme => {
    const t = record(value);
    return {
      id: text(t.id),
      title: text(t.title),
      ...(typeof t.reviewId === 'string' ? { reviewId: t.reviewId } : {}),
      ...(typeof t.short === 'string' ? { short: t.short } : {}),
      why: text(t.why),
      sourceSection: text(t.sourceSection),
      prompts: list(t.prompts, prompt),
    };
  };
  const resource = (value: unknown): Resource => {
    const r = record(value);
    const group = RESOURCE_GROUPS.find((g) => g.id === r.group)?.id ?? 'local-procedures';
    const checked = record(r.addressChecked);
    // Only the keys a resource has: anything else (an extra key nested 20,000 deep, say) is
    // dropped, as it is from every other part of a draft.
    return {
      ...(typeof r.note === 'string' ? { note: r.note } : {}),
      ...(r.addressChecked === undefined
        ? {}
        : { addressChecked: { on: text(checked.on), confirmed: checked.confirmed === true } }),
      id: text(r.id),
      title: text(r.title),
      url: text(r.url),
      publisher: text(r.publisher),
      description: text(r.description),
      fromSource: r.fromSource !== false,
      group,
    };
  };
  const themeCues = idRecord<OneThemeCues>();
  for (const [id, value] of Object.entries(record(cues.themes))) {
    const lists = record(value);
    themeCues[id] = { cues: list(lists.cues, text), notCues: list(lists.notCues, text) };
    // Capital and context cues have no form of their own yet: they are kept as the file has them.
    if (Array.isArray(lists.capitalCues)) themeCues[id].capitalCues = list(lists.capitalCues, text);
    if (Array.isArray(lists.contextCues)) {
      themeCues[id].contextCues = list(lists.contextCues, (group) => ({
        cues: list(record(group).cues, text),
        context: list(record(group).context, text),
      }));
    }
  }
  const promptCues = idRecord<string[]>();
  for (const [id, words] of Object.entries(record(cues.prompts))) promptCues[id] = list(words, text);
  const draft: DraftPack = {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: text(pack.id),
    version: text(pack.version) || '1.0.0',
    title: text(pack.title),
    review: {
      type: text(review.type),
      name: text(review.name),
      publisher: text(review.publisher),
      sourceTitle: text(review.sourceTitle),
      summary: text(review.summary),
      ...(optionalText(review.published) === undefined ? {} : { published: text(review.published) }),
      ...(optionalText(review.sourceUrl) === undefined ? {} : { sourceUrl: text(review.sourceUrl) }),
      ...(optionalText(review.contact) === undefined ? {} : { contact: text(review.contact) }),
      ...(optionalText(review.nameNote) === undefined ? {} : { nameNote: text(review.nameNote) }),
      ...(optionalText(review.supervisionInvite) === undefined
        ? {}
        : { supervisionInvite: text(review.supervisionInvite) }),
      ...(Array.isArray(review.notes) ? { notes: list(review.notes, text) } : {}),
    },
    themes: list(pack.themes, theme),
    actions: list(pack.actions, (value) => {
      const a = record(value);
      return {
        id: text(a.id),
        title: text(a.title),
        text: text(a.text),
        ...(Array.isArray(a.resourceIds) ? { resourceIds: list(a.resourceIds, text) } : {}),
      };
    }),
    resources: list(pack.resources, resource),
    reflectiveQuestions: list(pack.reflectiveQuestions, (value) => ({
      id: text(record(value).id),
      text: text(record(value).text),
    })),
    moments: list(pack.moments, (value) => {
      const m = record(value);
      const id = momentIds([m.id])[0] ?? 'visit';
      return {
        id,
        promptIds: list(m.promptIds, text),
        ...(Array.isArray(m.virtualPromptIds) ? { virtualPromptIds: list(m.virtualPromptIds, text) } : {}),
      };
    }),
    cues: { themes: themeCues, prompts: promptCues },
  };
  if (Array.isArray(pack.reviews)) {
    draft.reviews = list(pack.reviews, (value) => {
      const r = record(value);
      const kind = REVIEW_KINDS.find((k) => k === r.kind) ?? 'local';
      return {
        id: text(r.id),
        title: text(r.title),
        publisher: text(r.publisher),
        kind,
        ...(typeof r.published === 'string' ? { published: r.published } : {}),
        ...(typeof r.url === 'string' ? { url: r.url } : {}),
      };
    });
  }
  for (const key of ['approvedBy', 'approvedOn', 'checkAgainBy'] as const) {
    if (typeof pack[key] === 'string') draft[key] = pack[key];
  }
  // Kept through an edit, though Pack studio has no field for them yet.
  if (Array.isArray(pack.sleepFindings)) {
    draft.sleepFindings = list(pack.sleepFindings, (value) => {
      const finding = record(value);
      return { text: text(finding.text), sourceSection: text(finding.sourceSection) };
    });
  }
  if (Array.isArray(pack.glossary)) {
    draft.glossary = list(pack.glossary, (value) => {
      const entry = record(value);
      const from = source(entry.source);
      return { term: text(entry.term), meaning: text(entry.meaning), ...(from ? { source: from } : {}) };
    });
  }
  return draft;
}

/**
 * How far over a pack's limits a file or draft may be and still open in Pack studio: twice, so
 * one a little over can be opened and cut back, and a file of thousands is refused at once.
 */
const OPEN_MARGIN = 2;

export interface OverLimit {
  what: string;
  count: number;
  /** The most a pack holds. */
  most: number;
}

/**
 * The first list in a file or draft far beyond what a pack can hold, or null. Counted before
 * anything is drawn: a file of 5,000 questions took 39 s to open and 15 s a key.
 */
export function overLimits(raw: unknown): OverLimit | null {
  const pack = record(raw);
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const most = (items: unknown, of: (item: unknown) => unknown) =>
    Array.isArray(items) ? items.reduce((n: number, item) => Math.max(n, count(of(item))), 0) : 0;
  const cues = record(pack.cues);
  const checks: [number, number, string][] = [
    [count(pack.themes), PACK_LIMITS.themes, 'themes'],
    [most(pack.themes, (t) => record(t).prompts), PACK_LIMITS.prompts, 'questions in one theme'],
    [count(pack.resources), PACK_LIMITS.resources, 'resources'],
    [count(pack.actions), PACK_LIMITS.actions, 'actions'],
    [count(pack.reflectiveQuestions), PACK_LIMITS.reflectiveQuestions, 'reflective questions'],
    [count(pack.glossary), PACK_LIMITS.glossary, 'words explained'],
    [count(record(pack.review).notes), PACK_LIMITS.notes, 'notes'],
    [count(pack.moments), MOMENT_IDS.length, 'short lists'],
    [
      most(pack.moments, (m) => [...asList(record(m).promptIds), ...asList(record(m).virtualPromptIds)]),
      9,
      'questions on one short list',
    ],
    [Object.keys(record(cues.themes)).length, PACK_LIMITS.themes, 'themes with cue words'],
    [Object.keys(record(cues.prompts)).length, PACK_LIMITS.themes * PACK_LIMITS.prompts, 'questions with cue words'],
  ];
  for (const [n, limit, what] of checks) {
    if (n > limit * OPEN_MARGIN) return { what, count: n, most: limit };
  }
  return null;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const lines = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item.length > 0);

/**
 * The pack a file holds: blank optional fields and blank lines left out, and cue lists kept
 * only where something is written. Paths of the problems the validator finds stay those of
 * the draft: only optional keys and list lines are dropped, never a theme or a question.
 */
export function packOfDraft(draft: DraftPack): unknown {
  const { contact, nameNote, notes, published, sourceUrl, supervisionInvite, ...review } = draft.review;
  const themeCues = idRecord<OneThemeCues>();
  for (const [id, lists] of Object.entries(draft.cues?.themes ?? {})) {
    const cues = lines(lists.cues);
    const notCues = lines(lists.notCues);
    const capitalCues = lines(lists.capitalCues ?? []);
    const contextCues = (lists.contextCues ?? [])
      .map((group) => ({ cues: lines(group.cues), context: lines(group.context) }))
      .filter((group) => group.cues.length > 0 || group.context.length > 0);
    if (cues.length > 0 || notCues.length > 0 || capitalCues.length > 0 || contextCues.length > 0) {
      themeCues[id] = {
        cues,
        notCues,
        ...(capitalCues.length > 0 ? { capitalCues } : {}),
        ...(contextCues.length > 0 ? { contextCues } : {}),
      };
    }
  }
  const promptCues = idRecord<string[]>();
  for (const [id, words] of Object.entries(draft.cues?.prompts ?? {})) {
    const kept = lines(words);
    if (kept.length > 0) promptCues[id] = kept;
  }
  const hasCues = Object.keys(themeCues).length > 0 || Object.keys(promptCues).length > 0;
  const {
    cues: _cues,
    moments,
    glossary,
    resources,
    approvedBy,
    approvedOn,
    checkAgainBy,
    reviews,
    sleepFindings,
    ...rest
  } = draft;
  // Version 2 or 3 only when the pack uses it: a browser with an older Pause Point still adds the rest.
  const severalReviews = (reviews?.length ?? 0) > 0 || draft.themes.some((t) => t.reviewId !== undefined);
  const usesThree =
    (draft.sleepFindings?.length ?? 0) > 0 ||
    draft.themes.some((t) => t.prompts.some((prompt) => prompt.addedIn !== undefined));
  return {
    ...rest,
    schemaVersion: usesThree ? 3 : severalReviews ? 2 : 1,
    ...(reviews && reviews.length > 0
      ? {
          reviews: reviews.map(({ published: on, url, ...review }) => ({
            ...review,
            ...(on?.trim() ? { published: on } : {}),
            ...(url?.trim() && url.trim() !== 'https://' ? { url } : {}),
          })),
        }
      : {}),
    ...(sleepFindings && sleepFindings.length > 0 ? { sleepFindings } : {}),
    ...(approvedBy?.trim() ? { approvedBy } : {}),
    ...(approvedOn?.trim() ? { approvedOn } : {}),
    ...(checkAgainBy?.trim() ? { checkAgainBy } : {}),
    // An address check with nothing said (no date, and confirmed) is no check: left out.
    resources: resources.map(({ addressChecked, note, ...resource }) => ({
      ...resource,
      ...(note?.trim() ? { note } : {}),
      ...(addressChecked && (addressChecked.on.trim() || !addressChecked.confirmed) ? { addressChecked } : {}),
    })),
    review: {
      ...review,
      ...(published?.trim() ? { published } : {}),
      ...(sourceUrl?.trim() && sourceUrl.trim() !== 'https://' ? { sourceUrl } : {}),
      ...(contact?.trim() ? { contact } : {}),
      ...(nameNote?.trim() ? { nameNote } : {}),
      ...(supervisionInvite?.trim() ? { supervisionInvite } : {}),
      ...(notes && lines(notes).length > 0 ? { notes: lines(notes) } : {}),
    },
    themes: draft.themes.map(({ short, ...theme }) => ({
      ...theme,
      ...(short?.trim() ? { short } : {}),
      prompts: theme.prompts.map(({ source, resourceIds, short: line, ...prompt }) => ({
        ...prompt,
        ...(line?.trim() ? { short: line } : {}),
        ...(source && source.kind !== 'brief'
          ? { source: source.resourceId ? source : { kind: source.kind, title: source.title } }
          : {}),
        ...(resourceIds && resourceIds.length > 0 ? { resourceIds } : {}),
      })),
    })),
    ...(moments && moments.length > 0 ? { moments } : {}),
    ...(hasCues ? { cues: { themes: themeCues, prompts: promptCues } } : {}),
    ...(glossary && glossary.length > 0 ? { glossary } : {}),
  };
}

/**
 * What a pack says, apart from its version: two drafts with the same fingerprint make the
 * same file but for the version number. A short FNV-1a hash, so a draft need not keep a
 * second copy of the pack to know whether it changed since it was last saved.
 */
export function packFingerprint(draft: DraftPack): string {
  const { version: _version, ...rest } = packOfDraft(draft) as { version: string };
  const json = JSON.stringify(rest);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** The next version of a changed pack: 1.1.0 becomes 1.2.0. A version that is not x.y.z starts at 1.0.0. */
export function nextVersion(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  if (!match) return '1.0.0';
  return `${match[1]}.${Number(match[2]) + 1}.0`;
}

/** An id for a pack from its title: "Learning from Ivy" becomes "learning-from-ivy". */
export function idFromTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The draft as it is saved: a pack changed since it was last saved (or since it was copied or
 * opened) gets the next version, so a practitioner adding it sees it is newer. A pack never
 * saved keeps the version it has; so does one saved again unchanged.
 */
export function draftForSave(draft: DraftPack, savedFingerprint: string | undefined): DraftPack {
  if (savedFingerprint === undefined || packFingerprint(draft) === savedFingerprint) return draft;
  return { ...draft, version: nextVersion(draft.version) };
}

/** Takes a resource out of the pack, and every link to it with it. */
export function removeResource(pack: DraftPack, index: number): void {
  const [removed] = pack.resources.splice(index, 1);
  if (!removed) return;
  const unlink = (ids: string[] | undefined) => ids?.filter((id) => id !== removed.id);
  for (const prompt of pack.themes.flatMap((theme) => theme.prompts)) {
    if (prompt.resourceIds) prompt.resourceIds = unlink(prompt.resourceIds);
    if (prompt.source?.resourceId === removed.id) delete prompt.source.resourceId;
  }
  for (const action of pack.actions) if (action.resourceIds) action.resourceIds = unlink(action.resourceIds);
  for (const entry of pack.glossary ?? []) if (entry.source?.resourceId === removed.id) delete entry.source.resourceId;
}
