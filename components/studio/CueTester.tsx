import { useMemo, useState } from 'preact/hooks';
import { compileCues, findCues, type ThemeCues } from '../../core/cues';
import type { DraftPack } from '../../core/pack/edit';

const lines = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

/**
 * Tries the pack's cue words on made-up case-record text, with the matching the case page
 * uses. What is typed here lives in this view only: it is never stored or sent anywhere.
 */
export function CueTester({ pack }: { pack: DraftPack }) {
  const [text, setText] = useState('');
  const themes: ThemeCues[] = useMemo(
    () =>
      pack.themes.flatMap((theme) => {
        const lists = pack.cues?.themes[theme.id];
        const cues = lines(lists?.cues ?? []);
        const capitalCues = lines(lists?.capitalCues ?? []);
        const contextCues = (lists?.contextCues ?? []).map((g) => ({ cues: lines(g.cues), context: lines(g.context) }));
        const any = cues.length > 0 || capitalCues.length > 0 || contextCues.some((g) => g.cues.length > 0);
        return any ? [{ themeId: theme.id, cues, notCues: lines(lists?.notCues ?? []), capitalCues, contextCues }] : [];
      }),
    [pack],
  );
  const raised = useMemo(() => (text.trim() === '' ? [] : findCues(compileCues(themes), text)), [themes, text]);
  const titleOf = (id: string) => {
    const index = pack.themes.findIndex((t) => t.id === id);
    return pack.themes[index]?.title || `Theme ${index + 1}`;
  };
  return (
    <section aria-labelledby="cue-tester-heading" class="studio-cue-tester">
      <h2 id="cue-tester-heading">Cue tester</h2>
      <label for="cue-text">Made-up case-record text</label>
      <p class="hint" id="cue-text-hint">
        Write or paste fictional text, never a real record. It is not saved: it goes when you close this page.
      </p>
      <textarea
        id="cue-text"
        rows={5}
        aria-describedby="cue-text-hint"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div role="status">
        {text.trim() !== '' &&
          (themes.length === 0 ? (
            <p>No theme has cue words yet.</p>
          ) : raised.length === 0 ? (
            <p>This text raises no themes.</p>
          ) : (
            <ul aria-label="Themes raised">
              {raised.map((r) => (
                <li key={r.themeId}>
                  <strong>{titleOf(r.themeId)}</strong>, raised by {r.cues.map((c) => `“${c}”`).join(', ')}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
