/**
 * Several reviews in one pack: themes brought in from another pack, with their questions, the
 * resources they link to, the words explained they use and their cue words, keeping the review
 * they come from and where each line comes from. Ids never collide: anything the pack already
 * has an id for is brought in under a new one.
 */
import { allIds, cueListsOf, type DraftPack, idFromTitle, nextId } from './edit';
import type { Pack, ReviewKind, ReviewSource } from './schema';
import { termsUsed } from './sources';

/** A pack's own review as one of several: national panel reviews say so in their type or publisher. */
function reviewOf(pack: Pick<Pack, 'id' | 'review'>): Omit<ReviewSource, 'id'> {
  const { review } = pack;
  const about = `${review.type} ${review.publisher}`.toLowerCase();
  const kind: ReviewKind = about.includes('thematic')
    ? 'thematic'
    : about.includes('national') || about.includes('panel')
      ? 'national'
      : 'local';
  return {
    title: review.sourceTitle,
    publisher: review.publisher,
    kind,
    ...(review.published ? { published: review.published } : {}),
    ...(review.sourceUrl ? { url: review.sourceUrl } : {}),
  };
}

/** An id not yet taken: the one given when free, else the one given with -2, -3… */
function freeId(wanted: string, taken: Set<string>): string {
  const id = wanted && !taken.has(wanted) ? wanted : nextId(wanted || 'item', taken);
  taken.add(id);
  return id;
}

/**
 * Brings the themes `themeIds` of `source` into `target`, each with the review it comes from.
 * Returns how many themes came in (a theme the target has no room for is left out).
 */
export function bringThemesIn(target: DraftPack, source: Pack, themeIds: readonly string[], most: number): number {
  const taken = new Set([...allIds(target), ...(target.reviews ?? []).map((r) => r.id)]);
  target.reviews ??= [];
  const reviews = target.reviews;
  // The source pack's own review, and any it names, found again by title when already here.
  const reviewIdFor = new Map<string | undefined, string>();
  const reviewFor = (sourceReviewId: string | undefined): string => {
    const known = reviewIdFor.get(sourceReviewId);
    if (known) return known;
    const named = sourceReviewId ? source.reviews?.find((r) => r.id === sourceReviewId) : undefined;
    const review = named ?? { id: idFromTitle(source.review.sourceTitle) || source.id, ...reviewOf(source) };
    const same = reviews.find((r) => r.title === review.title && r.publisher === review.publisher);
    const id = same?.id ?? freeId(review.id, taken);
    if (!same) reviews.push({ ...review, id });
    reviewIdFor.set(sourceReviewId, id);
    return id;
  };
  const resourceIdFor = new Map<string, string>();
  const resourceFor = (id: string): string | undefined => {
    const known = resourceIdFor.get(id);
    if (known) return known;
    const resource = source.resources.find((r) => r.id === id);
    if (!resource) return undefined;
    const same = target.resources.find((r) => r.url === resource.url);
    const newId = same?.id ?? freeId(resource.id, taken);
    if (!same) target.resources.push({ ...structuredClone(resource), id: newId });
    resourceIdFor.set(id, newId);
    return newId;
  };
  let brought = 0;
  for (const themeId of themeIds) {
    if (target.themes.length >= most) break;
    const theme = source.themes.find((t) => t.id === themeId);
    if (!theme) continue;
    const copy = structuredClone(theme);
    copy.id = freeId(theme.id, taken);
    copy.reviewId = reviewFor(theme.reviewId);
    const cues = cueListsOf(target);
    const themeCues = source.cues?.themes[theme.id];
    if (themeCues && Object.hasOwn(source.cues?.themes ?? {}, theme.id))
      cues.themes[copy.id] = structuredClone(themeCues);
    for (const prompt of copy.prompts) {
      const oldId = prompt.id;
      prompt.id = freeId(oldId, taken);
      const promptCues = source.cues?.prompts[oldId];
      if (promptCues && Object.hasOwn(source.cues?.prompts ?? {}, oldId)) cues.prompts[prompt.id] = [...promptCues];
      if (prompt.resourceIds) {
        prompt.resourceIds = prompt.resourceIds.flatMap((id) => resourceFor(id) ?? []);
      }
      if (prompt.source?.resourceId) {
        const id = resourceFor(prompt.source.resourceId);
        if (id) prompt.source.resourceId = id;
        else delete prompt.source.resourceId;
      }
    }
    // Words explained that its questions use, unless the pack explains them already.
    const texts = copy.prompts.flatMap((p) => [p.text, p.short ?? '']);
    const known = new Set((target.glossary ?? []).map((g) => g.term.toLowerCase()));
    for (const entry of termsUsed(source.glossary, texts)) {
      if (known.has(entry.term.toLowerCase())) continue;
      const brought = structuredClone(entry);
      if (brought.source?.resourceId) {
        const id = resourceFor(brought.source.resourceId);
        if (id) brought.source.resourceId = id;
        else delete brought.source.resourceId;
      }
      target.glossary = [...(target.glossary ?? []), brought];
      known.add(entry.term.toLowerCase());
    }
    target.themes.push(copy);
    brought += 1;
  }
  if (reviews.length === 0) delete target.reviews;
  return brought;
}
