/**
 * The pause points at which Pause Point asks its questions. Each moment's short list is data
 * in the pack; this module puts a list in order with the theme each prompt comes from, adding
 * the virtual-meeting items when the meeting is held by video or telephone.
 */
import { MOMENT_IDS, MOMENTS, type MomentId } from './pack/moment-ids';
import type { ChecklistTheme, PackChecklist, Prompt } from './pack/schema';

type PackLists = Pick<PackChecklist, 'themes' | 'moments'>;

export { MOMENT_IDS, MOMENTS, type MomentId } from './pack/moment-ids';

/** A moment of the pack, or every prompt. */
export type MomentChoice = MomentId | 'all';

const ALL_PROMPTS_TITLE = 'All prompts';

/** Where a practitioner with no history starts: the most frequent pause point. */
export const FIRST_MOMENT: MomentChoice = 'visit';

/**
 * The moment a case is shown at: its own, else the one last chosen in any case. A moment the
 * case's pack has no list for (a partnership's pack with a conference list only, say) gives
 * the pack's first list, and a pack with no lists gives every prompt: never an empty list.
 */
export function caseMoment(
  view: { moment: MomentChoice; virtual: boolean } | undefined,
  lastMoment: MomentChoice | undefined,
  pack: PackLists,
): { moment: MomentChoice; virtual: boolean } {
  const wanted = view
    ? { moment: view.moment, virtual: view.virtual }
    : { moment: lastMoment ?? FIRST_MOMENT, virtual: false };
  if (wanted.moment === 'all' || pack.moments?.some((m) => m.id === wanted.moment)) return wanted;
  return { moment: momentsOf(pack)[0] ?? 'all', virtual: false };
}

export function momentTitle(choice: MomentChoice): string {
  return choice === 'all' ? ALL_PROMPTS_TITLE : (MOMENTS.find((m) => m.id === choice)?.title ?? choice);
}

/** A word for the moment, where the case and its moment share one line. */
export function momentShortTitle(choice: MomentChoice): string {
  return choice === 'all' ? ALL_PROMPTS_TITLE : (MOMENTS.find((m) => m.id === choice)?.short ?? choice);
}

/** The moments this pack has short lists for, in the order practitioners meet them. */
export function momentsOf(pack: PackLists): MomentId[] {
  const listed = new Set((pack.moments ?? []).map((m) => m.id));
  return MOMENT_IDS.filter((id) => listed.has(id));
}

export interface MomentItem {
  prompt: Prompt;
  theme: ChecklistTheme;
  /** True for the items added because the meeting is virtual or by telephone. */
  virtual: boolean;
}

/** Whether a moment has items that apply only to virtual or telephone meetings. */
export function hasVirtualItems(pack: PackLists, choice: MomentChoice): boolean {
  return (pack.moments?.find((m) => m.id === choice)?.virtualPromptIds?.length ?? 0) > 0;
}

/** The prompts to ask at a moment, in order; "all" gives every prompt in pack order. */
export function momentItems(pack: PackLists, choice: MomentChoice, virtual: boolean): MomentItem[] {
  const byId = new Map(pack.themes.flatMap((theme) => theme.prompts.map((prompt) => [prompt.id, { prompt, theme }])));
  if (choice === 'all') {
    return pack.themes.flatMap((theme) => theme.prompts.map((prompt) => ({ prompt, theme, virtual: false })));
  }
  const list = pack.moments?.find((m) => m.id === choice);
  if (!list) return [];
  const pick = (ids: readonly string[], isVirtual: boolean) =>
    ids.flatMap((id) => {
      const found = byId.get(id);
      return found ? [{ ...found, virtual: isVirtual }] : [];
    });
  return [...pick(list.promptIds, false), ...(virtual ? pick(list.virtualPromptIds ?? [], true) : [])];
}
