import { useState } from 'preact/hooks';
import type { DraftPack } from '../../core/pack/edit';
import { MAX_PACK_BYTES } from '../../core/pack/file';
import { REVIEW_KINDS, type ReviewKind } from '../../core/pack/schema';
import type { StudioState } from '../../store/studio-store';
import { fileTextWithin } from '../file-text';
import { changeOf, drawnWhenChanged, Field, Hidden, type TextKey, textOf } from './fields';

const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, string>> = {
  local: 'Local child safeguarding practice review',
  national: 'National panel review',
  thematic: 'Thematic review',
};

interface ReviewsProps {
  pack: DraftPack;
  onChange: StudioState['change'];
  /** The packs in this browser, to bring themes in from. */
  packs: StudioState['packs'];
  other: StudioState['other'];
  said: StudioState['otherSaid'];
  chooseOther: StudioState['chooseOther'];
  chooseOtherFile: StudioState['chooseOtherFile'];
  bringIn: StudioState['bringIn'];
}

/**
 * The reviews a pack draws on beyond its own, and bringing themes in from another pack: a
 * partnership's year of reviews, and the national panel's, in one pack.
 */
export const ReviewsForm = drawnWhenChanged(
  ReviewsFields,
  (before, after) =>
    before.pack.reviews === after.pack.reviews &&
    before.pack.themes.length === after.pack.themes.length &&
    before.packs === after.packs &&
    before.other === after.other &&
    before.said === after.said &&
    before.onChange === after.onChange,
);

function ReviewsFields({ pack, onChange, packs, other, said, chooseOther, chooseOtherFile, bringIn }: ReviewsProps) {
  const [from, setFrom] = useState('');
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const chosen = packs.find((p) => p.id === from) ?? packs[0];
  return (
    <section aria-labelledby="reviews-heading" class="studio-section">
      <h2 id="reviews-heading">Several reviews in one pack</h2>
      <p class="hint">
        A case takes one pack, so a partnership’s year of reviews, and the national panel’s, can be one pack. Bring
        themes in from another pack: their questions, resources, words explained and cue words come with them, and each
        keeps the review it comes from. Its questions keep the moments they are ticked for, so they join those moments’
        short lists here: take off any you do not want there.
      </p>
      {packs.length > 0 && chosen && (
        <div class="studio-field">
          <label for="bring-from">Bring themes in from a pack in this browser</label>
          <div class="field-row">
            <select id="bring-from" value={chosen.id} onChange={(e) => setFrom(e.currentTarget.value)}>
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} ({p.version})
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => {
                setTicked([]);
                void chooseOther(chosen.id);
              }}
            >
              Show its themes
            </button>
          </div>
        </div>
      )}
      <div class="studio-field">
        <label for="bring-from-file">Or bring themes in from a pack file (.json)</label>
        <input
          id="bring-from-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setTicked([]);
            if (file) void fileTextWithin(file, MAX_PACK_BYTES).then(chooseOtherFile);
          }}
        />
      </div>
      {other && (
        <fieldset class="studio-moments">
          <legend>Themes of “{other.pack.title}” to bring in</legend>
          {other.pack.themes.map((theme, i) => {
            const id = `bring-theme-${i}`;
            return (
              <span class="choice" key={theme.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={ticked.includes(theme.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setTicked(on ? [...ticked, theme.id] : ticked.filter((x) => x !== theme.id));
                  }}
                />
                <label for={id}>
                  {theme.title} ({theme.prompts.length} questions)
                </label>
              </span>
            );
          })}
          <div class="form-actions">
            <button
              type="button"
              disabled={ticked.length === 0}
              onClick={() => {
                bringIn(ticked);
                setTicked([]);
              }}
            >
              Bring in the ticked themes
            </button>
          </div>
        </fieldset>
      )}
      <p role="status" class={said && !said.ok ? 'field-error' : 'hint'}>
        {said?.text}
      </p>
      {(pack.reviews ?? []).length > 0 && <h3>Reviews the pack draws on, beside its own</h3>}
      {(pack.reviews ?? []).map((review, r) => {
        const n = r + 1;
        const base = `f-reviews-${r}`;
        const set = changeOf(onChange, (p) => p.reviews?.[r]);
        const text = (key: TextKey<typeof review>) => textOf(review, key, base, set);
        return (
          <section key={review.id} class="studio-question" aria-labelledby={`${base}-heading`}>
            <h4 id={`${base}-heading`}>Review {n}</h4>
            <Field {...text('title')} of={`Review ${n}`} label="Title as printed" />
            <Field {...text('publisher')} of={`Review ${n}`} label="Published by" />
            <div class="studio-field">
              <label for={`${base}-kind`}>
                <Hidden>Review {n}: </Hidden>Kind of review
              </label>
              <select
                id={`${base}-kind`}
                value={review.kind}
                onChange={(e) => {
                  const kind = REVIEW_KINDS.find((k) => k === e.currentTarget.value);
                  if (kind)
                    set((target) => {
                      target.kind = kind;
                    });
                }}
              >
                {REVIEW_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {REVIEW_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </div>
            <Field {...text('published')} of={`Review ${n}`} label="When it was published (optional)" />
            <Field {...text('url')} type="url" of={`Review ${n}`} label="Web address (optional)" />
          </section>
        );
      })}
    </section>
  );
}
