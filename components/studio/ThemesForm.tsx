import { MOMENTS } from '../../core/moments';
import {
  allIds,
  blankPrompt,
  blankTheme,
  cueListsOf,
  type DraftPack,
  nextId,
  nextVersion,
  promptCuesOf,
  themeCuesOf,
} from '../../core/pack/edit';
import { questionHints, shortLineHint } from '../../core/pack/hints';
import { listPlaces, setAskedAt } from '../../core/pack/lists';
import { type Prompt, SOURCE_KINDS, type SourceKind, type Theme } from '../../core/pack/schema';
import { ConfirmAction } from '../ConfirmAction';
import type { FormProps } from './DetailsForm';
import {
  changeOf,
  drawnWhenChanged,
  Field,
  focusSoon,
  Hidden,
  LinesField,
  sameProps,
  type TextKey,
  textOf,
} from './fields';
import { ResourceLinks, resourceChoicesOf, toggleLink } from './ResourceLinks';

type Change = FormProps['onChange'];

const SOURCE_LABELS: Readonly<Record<SourceKind, string>> = {
  brief: 'The brief itself',
  national: 'National guidance (name it below)',
  local: 'Local procedures (name them below)',
};

/** Takes a question out of the pack, and out of every list and cue list that names it. */
function removePrompt(pack: DraftPack, t: number, q: number) {
  const theme = pack.themes[t];
  const prompt = theme?.prompts[q];
  if (!theme || !prompt) return;
  for (const moment of MOMENTS) setAskedAt(pack, prompt.id, moment.id, false);
  theme.prompts.splice(q, 1);
  if (pack.cues && Object.hasOwn(pack.cues.prompts, prompt.id)) delete pack.cues.prompts[prompt.id];
}

/** Themes, each with its questions: what a question asks, where it comes from, when to ask it. */
export function ThemesForm({ pack, onChange }: FormProps) {
  const choices = resourceChoicesOf(pack.resources);
  return (
    <section aria-labelledby="themes-heading" class="studio-section">
      <h2 id="themes-heading">Themes and questions</h2>
      <p class="hint">
        A theme is one piece of learning from the brief. Each needs 3 to 7 questions a practitioner can answer “yes” to.
      </p>
      {pack.themes.map((theme, t) => (
        <ThemeForm
          key={theme.id}
          theme={theme}
          t={t}
          themeCues={themeCuesOf(pack, theme.id)}
          promptCues={theme.prompts.map((prompt) => promptCuesOf(pack, prompt.id))}
          lists={pack.moments}
          reviews={pack.reviews}
          ownReview={pack.review.sourceTitle}
          resources={choices}
          onChange={onChange}
        />
      ))}
      <div class="form-actions">
        <button
          type="button"
          id="f-themes"
          onClick={() => {
            focusSoon(`f-themes-${pack.themes.length}-title`);
            onChange((p) => {
              const taken = allIds(p);
              const themeId = nextId('theme', taken);
              const first = nextId('question', taken);
              const second = nextId('question', [...taken, first]);
              const third = nextId('question', [...taken, first, second]);
              p.themes.push(blankTheme(themeId, [first, second, third]));
            });
          }}
        >
          Add a theme
        </button>
      </div>
    </section>
  );
}

interface ThemeFormProps {
  theme: Theme;
  t: number;
  themeCues: { cues: string[]; notCues: string[] };
  /** Each question's cue words, in the order of its questions. */
  promptCues: string[][];
  /** The pack's short lists: a question's ticks and its places on them are one thing. */
  lists: DraftPack['moments'];
  /** The pack's resources to link to (resourceChoicesOf). */
  resources: string;
  /** The reviews beside the pack's own, when it has several. */
  reviews: DraftPack['reviews'];
  /** The title of the pack's own review. */
  ownReview: string;
  onChange: Change;
}

/**
 * One theme and its questions. Drawn again only when something of its own changed: typing in
 * one theme of a large pack leaves the others as they are (each edit keeps what it does not
 * touch, so unchanged themes are the same objects).
 */
const ThemeForm = drawnWhenChanged(
  function ThemeForm({
    theme,
    t,
    themeCues: cues,
    promptCues,
    lists,
    resources,
    reviews,
    ownReview,
    onChange,
  }: ThemeFormProps) {
    const n = t + 1;
    const themeText = (key: TextKey<typeof theme>) =>
      textOf(
        theme,
        key,
        `f-themes-${t}`,
        changeOf(onChange, (p) => p.themes[t]),
      );
    const setCues = (key: 'cues' | 'notCues', lines: string[]) =>
      onChange((p) => {
        const lists = cueListsOf(p);
        const own = Object.hasOwn(lists.themes, theme.id) ? lists.themes[theme.id] : undefined;
        lists.themes[theme.id] = { ...(own ?? { cues: [], notCues: [] }), [key]: lines };
      });
    return (
      <section key={theme.id} aria-labelledby={`theme-${t}-heading`} class="studio-theme">
        <h3 id={`theme-${t}-heading`}>
          Theme {n}
          {theme.title ? `: ${theme.title}` : ''}
        </h3>
        <Field {...themeText('title')} of={`Theme ${n}`} label="Theme title" />
        {(reviews?.length ?? 0) > 0 && (
          <div class="studio-field">
            <label for={`f-themes-${t}-reviewId`}>
              <Hidden>Theme {n}: </Hidden>The review it comes from
            </label>
            <select
              id={`f-themes-${t}-reviewId`}
              value={theme.reviewId ?? ''}
              onChange={(e) => {
                const id = e.currentTarget.value;
                onChange((p) => {
                  const target = p.themes[t];
                  if (!target) return;
                  if (id) target.reviewId = id;
                  else delete target.reviewId;
                });
              }}
            >
              <option value="">The pack’s own: {ownReview.trim() || 'its review'}</option>
              {reviews?.map((review) => (
                <option key={review.id} value={review.id}>
                  {review.title.trim() || review.id}
                </option>
              ))}
            </select>
          </div>
        )}
        <Field
          {...themeText('short')}
          of={`Theme ${n}`}
          label="Short name (optional)"
          hint="A word or two, shown in small print beside each question, like “Fathers”. At most 24 letters."
        />
        <Field
          {...themeText('why')}
          of={`Theme ${n}`}
          label="Why this matters"
          hint="Two or three plain sentences: what the review found, and why it matters for the child."
          multiline
          rows={4}
        />
        <Field
          id={`f-themes-${t}-sourceSection`}
          value={theme.sourceSection}
          of={`Theme ${n}`}
          label="Section of the brief"
          hint="The heading in the brief this theme comes from, so a reader can find it. A brief without headings: write the finding or recommendation it comes from. Its questions take it too, unless you give them another."
          onInput={(section) =>
            onChange((p) => {
              const target = p.themes[t];
              if (!target) return;
              // Most questions come from their theme's section: they follow it until given their own.
              for (const prompt of target.prompts) {
                if (prompt.sourceSection === target.sourceSection) prompt.sourceSection = section;
              }
              target.sourceSection = section;
            })
          }
        />
        <LinesField
          id={`f-cues-themes-${theme.id}-cues`}
          of={`Theme ${n}`}
          label="Cue words (optional)"
          hint="Words in a case record that should bring this theme to mind, one a line, like “father” or “moved house”."
          value={cues.cues}
          onInput={(lines) => setCues('cues', lines)}
        />
        <LinesField
          id={`f-cues-themes-${theme.id}-notCues`}
          of={`Theme ${n}`}
          label="Phrases where a cue word means something else (optional)"
          hint="One a line, like “partner agency” for the cue word “partner”."
          value={cues.notCues}
          onInput={(lines) => setCues('notCues', lines)}
        />
        {theme.prompts.map((prompt, q) => (
          <QuestionForm
            key={prompt.id}
            prompt={prompt}
            t={t}
            q={q}
            count={theme.prompts.length}
            cues={promptCues[q] ?? []}
            places={listPlaces({ moments: lists }, prompt)}
            resources={resources}
            onChange={onChange}
          />
        ))}
        <div class="form-actions">
          <button
            type="button"
            id={`f-themes-${t}-prompts`}
            onClick={() => {
              onChange((p) => {
                p.themes[t]?.prompts.push(blankPrompt(nextId('question', allIds(p)), p.themes[t]?.sourceSection));
              });
              focusSoon(`f-themes-${t}-prompts-${theme.prompts.length}-text`);
            }}
          >
            Add a question<Hidden> to theme {n}</Hidden>
          </button>
          <ConfirmAction
            id={`remove-theme-${t}`}
            buttonClass="quiet"
            buttonLabel={`Remove theme ${n}`}
            title={`Remove theme ${n}${theme.title ? `, “${theme.title}”` : ''}?`}
            description={`Its ${theme.prompts.length} questions go too, and come off every short list.`}
            confirmLabel="Yes, remove the theme"
            onConfirm={() =>
              onChange((p) => {
                const removed = p.themes[t];
                if (!removed) return;
                for (let q = removed.prompts.length - 1; q >= 0; q--) removePrompt(p, t, q);
                p.themes.splice(t, 1);
                if (p.cues && Object.hasOwn(p.cues.themes, removed.id)) delete p.cues.themes[removed.id];
              })
            }
          />
        </div>
      </section>
    );
  },
  (before, after) =>
    before.theme === after.theme &&
    before.t === after.t &&
    before.themeCues === after.themeCues &&
    before.lists === after.lists &&
    before.resources === after.resources &&
    before.reviews === after.reviews &&
    before.ownReview === after.ownReview &&
    before.onChange === after.onChange &&
    before.promptCues.length === after.promptCues.length &&
    before.promptCues.every((cues, q) => cues === after.promptCues[q]),
);

interface QuestionFormProps {
  prompt: Prompt;
  t: number;
  q: number;
  /** How many questions its theme has. */
  count: number;
  cues: string[];
  /** Where it stands on the short lists of the moments ticked on it, in a sentence. */
  places: string;
  resources: string;
  onChange: Change;
}

/** One question: drawn again only when it, its place or its cue words change. */
const QuestionForm = drawnWhenChanged(function QuestionForm({
  prompt,
  t,
  q,
  count,
  cues,
  places,
  resources,
  onChange,
}: QuestionFormProps) {
  const n = t + 1;
  const label = `Theme ${n}, question ${q + 1}`;
  const base = `f-themes-${t}-prompts-${q}`;
  const setPrompt = changeOf(onChange, (p) => p.themes[t]?.prompts[q]);
  const promptText = (key: TextKey<typeof prompt>) => textOf(prompt, key, base, setPrompt);
  const hints = questionHints(prompt.text);
  const shortHint = shortLineHint(prompt.text, prompt.short);
  const kind = prompt.source?.kind ?? 'brief';
  return (
    <section key={prompt.id} class="studio-question" aria-labelledby={`${base}-heading`}>
      <h4 id={`${base}-heading`}>Question {q + 1}</h4>
      <Field
        {...promptText('text')}
        of={label}
        label="The question"
        multiline
        rows={2}
        describedBy={hints.length > 0 ? `${base}-hints` : undefined}
      />
      {hints.length > 0 && (
        <ul class="studio-hints" id={`${base}-hints`} aria-label={`Writing hints for ${label.toLowerCase()}`}>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
      <Field
        {...promptText('short')}
        of={label}
        label="Short checklist line (optional)"
        hint="What the short lists show: the question in 8 words or fewer. The full question is one step away."
        describedBy={shortHint ? `${base}-short-missing` : undefined}
      />
      {shortHint && (
        <p class="studio-hint" id={`${base}-short-missing`}>
          {shortHint}
        </p>
      )}
      <Field {...promptText('sourceSection')} of={label} label="Section of the brief" />
      <div class="studio-field">
        <label for={`${base}-source-kind`}>
          <Hidden>{label}: </Hidden>Where the advice comes from
        </label>
        <select
          id={`${base}-source-kind`}
          value={kind}
          onChange={(e) => {
            const next = SOURCE_KINDS.find((k) => k === e.currentTarget.value) ?? 'brief';
            setPrompt((target) => {
              if (next === 'brief') delete target.source;
              else target.source = { ...(target.source ?? { title: '' }), kind: next };
            });
          }}
        >
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {SOURCE_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {kind !== 'brief' && (
        <Field
          id={`${base}-source-title`}
          of={label}
          label="Name of the guidance or procedure"
          value={prompt.source?.title ?? ''}
          onInput={(title) =>
            setPrompt((target) => {
              if (target.source) target.source.title = title;
            })
          }
        />
      )}
      <fieldset class="studio-moments" aria-describedby={places ? `${base}-places` : undefined}>
        <legend>
          <Hidden>{label}: </Hidden>Ask it at these moments
        </legend>
        {MOMENTS.map((moment, m) => {
          const id = m === 0 ? `${base}-moments` : `${base}-moments-${moment.id}`;
          return (
            <span class="choice" key={moment.id}>
              <input
                type="checkbox"
                id={id}
                checked={prompt.moments.includes(moment.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  // Ticked, it joins that moment's short list: a list is never built twice.
                  onChange((p) => setAskedAt(p, prompt.id, moment.id, on));
                }}
              />
              <label for={id}>{moment.title}</label>
            </span>
          );
        })}
        {places && (
          <p class="hint" id={`${base}-places`}>
            {places}
          </p>
        )}
      </fieldset>
      <ResourceLinks
        id={`${base}-resourceIds`}
        of={label}
        choices={resources}
        chosen={prompt.resourceIds ?? []}
        onToggle={(resourceId, on) =>
          setPrompt((target) => {
            target.resourceIds = toggleLink(target.resourceIds, resourceId, on);
          })
        }
      />
      <div class="studio-field">
        <label for={`${base}-meaningChangedIn`}>
          <Hidden>{label}: </Hidden>When you reword it
        </label>
        <select
          id={`${base}-meaningChangedIn`}
          value={prompt.meaningChangedIn === undefined ? 'same' : 'changed'}
          aria-describedby={`${base}-meaning-hint`}
          onChange={(e) => {
            const changed = e.currentTarget.value === 'changed';
            onChange((p) => {
              const target = p.themes[t]?.prompts[q];
              if (!target) return;
              // Marked for the version the next save makes: saving a changed pack raises it.
              if (changed) target.meaningChangedIn = nextVersion(p.version);
              else delete target.meaningChangedIn;
            });
          }}
        >
          <option value="same">It asks the same: keep answers, ask to check them</option>
          <option value="changed">It asks something else: clear earlier answers</option>
        </select>
        <p class="hint" id={`${base}-meaning-hint`}>
          {prompt.meaningChangedIn
            ? `Answers given to its wording before version ${prompt.meaningChangedIn} are cleared, with a notice, when a case moves to that version.`
            : 'Answers to an earlier wording are kept and marked “reworded since you answered: check again”.'}
        </p>
      </div>
      <div class="studio-field">
        <label for={`${base}-addedIn`}>
          <Hidden>{label}: </Hidden>Is it new?
        </label>
        <select
          id={`${base}-addedIn`}
          value={prompt.addedIn === undefined ? 'earlier' : 'new'}
          aria-describedby={`${base}-added-hint`}
          onChange={(e) => {
            const added = e.currentTarget.value === 'new';
            onChange((p) => {
              const target = p.themes[t]?.prompts[q];
              if (!target) return;
              // Like a change of meaning, marked for the version the next save makes.
              if (added) target.addedIn = nextVersion(p.version);
              else delete target.addedIn;
            });
          }}
        >
          <option value="earlier">In the pack already, or the pack is new</option>
          <option value="new">New in the next version: tell practitioners</option>
        </select>
        <p class="hint" id={`${base}-added-hint`}>
          {prompt.addedIn
            ? `Cases answered with a version before ${prompt.addedIn} are told, once, that a question was added.`
            : 'Mark a question you add to a pack already in use, so practitioners hear of it.'}
        </p>
      </div>
      <LinesField
        id={`f-cues-prompts-${prompt.id}`}
        of={label}
        label="Cue words that point to this question (optional)"
        hint="Some of the theme’s cue words, one a line."
        value={cues}
        onInput={(lines) =>
          onChange((p) => {
            cueListsOf(p).prompts[prompt.id] = lines;
          })
        }
      />
      <div class="form-actions">
        {[
          { label: 'Move up', to: q - 1, key: 'up' },
          { label: 'Move down', to: q + 1, key: 'down' },
        ].map(({ label: move, to, key }) => (
          <button
            key={key}
            type="button"
            class="quiet"
            id={`${base}-${key}`}
            disabled={to < 0 || to >= count}
            onClick={() => {
              onChange((p) => {
                const prompts = p.themes[t]?.prompts;
                const [moved] = prompts?.splice(q, 1) ?? [];
                if (prompts && moved) prompts.splice(to, 0, moved);
              });
              // The question's fields are named by place, so focus follows it there.
              const other = key === 'up' ? 'down' : 'up';
              focusSoon(`f-themes-${t}-prompts-${to}-${key}`, `f-themes-${t}-prompts-${to}-${other}`);
            }}
          >
            {move}
            <Hidden>
              {' '}
              question {q + 1} of theme {n}
            </Hidden>
          </button>
        ))}
        <button
          type="button"
          class="quiet"
          onClick={() => {
            onChange((p) => removePrompt(p, t, q));
            focusSoon(`f-themes-${t}-prompts`);
          }}
        >
          Remove question {q + 1}
          <Hidden> of theme {n}</Hidden>
        </button>
      </div>
    </section>
  );
}, sameProps);
