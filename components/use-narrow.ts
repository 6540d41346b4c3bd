import { useEffect, useState } from 'preact/hooks';

/** Firefox opens its sidebar about 240 px wide; the panel's CSS folds its rows below this. */
const NARROW_PANEL = '(max-width: 300px)';

/**
 * True while the panel is as narrow as Firefox's sidebar, for the few words that must be shorter
 * there rather than cut (a select shows only what fits on its one line).
 */
export function useNarrow(query = NARROW_PANEL): boolean {
  const media = typeof window === 'undefined' || !window.matchMedia ? null : window.matchMedia(query);
  const [narrow, setNarrow] = useState(media?.matches ?? false);
  useEffect(() => {
    if (!media) return;
    const follow = () => setNarrow(media.matches);
    follow();
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [query]);
  return narrow;
}
