/**
 * A moment's short list and the moments ticked on its questions, kept as one thing in Pack
 * studio: ticking a moment on a question puts it on that moment's list, taking it off the list
 * unticks the moment, and a new list starts with the questions already ticked for it. Each
 * function changes the draft in place (the studio store hands it a copy).
 */
import { MOMENTS, type MomentId } from '../moments';
import type { DraftPack } from './edit';
import { MOMENT_LIST_MAX } from './hints';
import type { Prompt, Theme } from './schema';

const momentOrder = MOMENTS.map((m) => m.id);

function findPrompt(pack: DraftPack, id: string): Prompt | undefined {
  for (const theme of pack.themes) {
    const prompt = theme.prompts.find((p) => p.id === id);
    if (prompt) return prompt;
  }
  return undefined;
}

const listOf = (pack: DraftPack, moment: MomentId) => pack.moments?.find((m) => m.id === moment);

/** How many questions a list holds, its video-meeting ones included. */
const listLength = (list: { promptIds: readonly string[]; virtualPromptIds?: readonly string[] }) =>
  list.promptIds.length + (list.virtualPromptIds?.length ?? 0);

function tick(prompt: Prompt, moment: MomentId) {
  if (!prompt.moments.includes(moment)) {
    prompt.moments = momentOrder.filter((x) => x === moment || prompt.moments.includes(x));
  }
}

/**
 * Ticks or unticks a moment on a question. Ticked, it joins the end of that moment's list when
 * the list has room; unticked, it leaves the list.
 */
export function setAskedAt(pack: DraftPack, promptId: string, moment: MomentId, on: boolean): void {
  const prompt = findPrompt(pack, promptId);
  if (!prompt) return;
  const list = listOf(pack, moment);
  if (on) {
    tick(prompt, moment);
    const listed = list && (list.promptIds.includes(promptId) || list.virtualPromptIds?.includes(promptId));
    if (list && !listed && listLength(list) < MOMENT_LIST_MAX) list.promptIds.push(promptId);
    return;
  }
  prompt.moments = prompt.moments.filter((x) => x !== moment);
  if (!list) return;
  list.promptIds = list.promptIds.filter((id) => id !== promptId);
  if (list.virtualPromptIds) list.virtualPromptIds = list.virtualPromptIds.filter((id) => id !== promptId);
}

/** Puts a question on a moment's list (at the end) and ticks the moment on it. */
export function addToList(pack: DraftPack, moment: MomentId, promptId: string): void {
  const list = listOf(pack, moment);
  const prompt = findPrompt(pack, promptId);
  if (!list || !prompt || list.promptIds.includes(promptId) || list.virtualPromptIds?.includes(promptId)) return;
  list.promptIds.push(promptId);
  tick(prompt, moment);
}

/** Takes a question off a moment's list; the moment is unticked on the question too. */
export function takeOffList(pack: DraftPack, moment: MomentId, promptId: string): void {
  setAskedAt(pack, promptId, moment, false);
}

/** Starts a moment's list with the questions already ticked for it, in the pack's order, as many as fit. */
export function startList(pack: DraftPack, moment: MomentId): void {
  if (listOf(pack, moment)) return;
  const ticked = pack.themes
    .flatMap((theme) => theme.prompts)
    .filter((p) => p.moments.includes(moment))
    .map((p) => p.id);
  pack.moments = [...(pack.moments ?? []), { id: moment, promptIds: ticked.slice(0, MOMENT_LIST_MAX) }];
}

/** What a list shows for a question: its short line, or the question itself, and its theme's short name. */
export function listLine(pack: DraftPack, promptId: string): { text: string; theme: string } {
  for (const theme of pack.themes) {
    const prompt = theme.prompts.find((p) => p.id === promptId);
    if (prompt) return { text: lineOf(prompt), theme: themeName(theme) };
  }
  return { text: `(no question “${promptId}”)`, theme: '' };
}

/**
 * Everything the short-list editor shows of the themes, as one string: each question's id and
 * list line, and each theme's short name. Typing into a question that has a short line leaves
 * it unchanged, so the lists need not be drawn again (they were, on every key: 300 options).
 */
export function listLinesKey(themes: DraftPack['themes']): string {
  let key = linesKeys.get(themes);
  if (key === undefined) {
    key = themes
      .map(
        (theme) => `${themeName(theme)}\u0000${theme.prompts.map((p) => `${p.id}\u0001${lineOf(p)}`).join('\u0000')}`,
      )
      .join('\u0002');
    linesKeys.set(themes, key);
  }
  return key;
}

const linesKeys = new WeakMap<DraftPack['themes'], string>();

/** The fewest words a question's start keeps when it has no short line. */
const START_WORDS = 12;

function lineOf(prompt: Prompt): string {
  const short = prompt.short?.trim();
  if (short) return short;
  const words = prompt.text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '(a question with no wording yet)';
  return words.length > START_WORDS ? `${words.slice(0, START_WORDS).join(' ')}…` : words.join(' ');
}

function themeName(theme: Theme): string {
  return theme.short?.trim() || theme.title.trim() || 'Untitled theme';
}

/**
 * Where a question stands on the short lists of the moments ticked on it, in a sentence: "On
 * the short list for Visit (3 of 7). Not on the short list for Conference: it is full." Empty when no ticked moment has a list.
 */
export function listPlaces(pack: Pick<DraftPack, 'moments'>, prompt: Pick<Prompt, 'id' | 'moments'>): string {
  const on: string[] = [];
  const full: string[] = [];
  const room: string[] = [];
  for (const moment of MOMENTS) {
    if (!prompt.moments.includes(moment.id)) continue;
    const list = pack.moments?.find((m) => m.id === moment.id);
    if (!list) continue;
    const at = list.promptIds.indexOf(prompt.id);
    if (at >= 0) on.push(`${moment.short} (${at + 1} of ${list.promptIds.length})`);
    else if (list.virtualPromptIds?.includes(prompt.id)) on.push(`${moment.short} (by video or phone)`);
    else if (listLength(list) >= MOMENT_LIST_MAX) full.push(moment.short);
    else room.push(moment.short);
  }
  const said: string[] = [];
  if (on.length > 0) said.push(`On the short list for ${on.join(', ')}.`);
  if (full.length > 0) {
    said.push(`Not on the short list for ${full.join(', ')}: it is full. Take another question off to make room.`);
  }
  // A question brought in from another pack keeps its moments, but the lists are this pack's.
  if (room.length > 0)
    said.push(
      `Not on the short list for ${room.join(', ')} yet: add it under Short lists, or untick and tick it here.`,
    );
  return said.join(' ');
}
