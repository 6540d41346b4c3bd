/**
 * The sizes a moment's short list must fit, with the case line above it and no scrolling: the
 * side panel as Chromium opens it on a 1280 x 720 screen, Firefox's sidebar, and a taller panel.
 */
export const FIT_SIZES = [
  { width: 360, height: 585 },
  { width: 240, height: 600 },
  { width: 400, height: 740 },
] as const;

/** How many of a list's questions were below the fold at each size, in FIT_SIZES' order. */
export interface MomentFit {
  below: readonly number[];
}

/** The fit of one moment's list, in words: "fits" or "2 questions below the fold at 360×585". */
export function fitText(fit: MomentFit): string {
  const over = FIT_SIZES.flatMap((size, i) => {
    const n = fit.below[i] ?? 0;
    return n > 0
      ? [`${n === 1 ? 'one question' : `${n} questions`} below the fold at ${size.width}×${size.height}`]
      : [];
  });
  if (over.length === 0) return `fits at ${FIT_SIZES.map((s) => `${s.width}×${s.height}`).join(', ')}`;
  return over.join(', ');
}
