import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftNames } from '../../core/drafts';
import { blankPack, type DraftPack, packFingerprint } from '../../core/pack/edit';
import { MAX_PACK_BYTES } from '../../core/pack/file';
import { unusedWords } from '../../core/pack/hints';
import type { PackInfo } from '../../core/pack/info';
import { checkDraft, fieldId, type StudioProblem } from '../../core/pack/problems';
import { formatDateTime } from '../../core/time';
import type { StudioState, StudioStore } from '../../store/studio-store';
import { ConfirmAction } from '../ConfirmAction';
import { fileTextWithin } from '../file-text';
import { useStoreState } from '../use-store';
import { CueTester } from './CueTester';
import { DetailsForm } from './DetailsForm';
import { focusSoon, InvalidFields } from './fields';
import { Handout } from './Handout';
import { MomentsForm } from './MomentsForm';
import { MoreForm } from './MoreForm';
import { ProblemList } from './ProblemList';
import { ReviewsForm } from './ReviewsForm';
import { StudioPreview } from './StudioPreview';
import { ThemesForm } from './ThemesForm';

/** The fit check, given by the shell: it draws the side panel itself, which needs the panel's store. */
export type FitCheckSlot = ComponentType<{ pack: DraftPack; packs: readonly PackInfo[] }>;

/** Pack studio: one person writing one learning pack, from start to a file practitioners add. */
export function Studio({ store, FitCheck }: { store: StudioStore; FitCheck?: FitCheckSlot }) {
  return (
    <StudioFailed onBack={() => store.getState().close()}>
      <StudioPages store={store} FitCheck={FitCheck} />
    </StudioFailed>
  );
}

function StudioPages({ store, FitCheck }: { store: StudioStore; FitCheck?: FitCheckSlot | undefined }) {
  const state = useStoreState(store);
  if (!state.ready) return <main class="studio" aria-busy="true" />;
  return state.open ? (
    <StudioEditor key={state.open.id} state={state} FitCheck={FitCheck} />
  ) : (
    <StudioStart state={state} />
  );
}

/**
 * The last line of defence: if drawing the studio fails (a draft no check foresaw), a calm
 * message and a way back instead of a blank page. The draft stays as it was last written.
 */
class StudioFailed extends Component<{ onBack(): Promise<void>; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main class="studio studio-start">
        <h1>Pack studio: something went wrong</h1>
        <div role="alert">
          <p>
            Pack studio could not show this draft. What was written before this went wrong is kept in this browser, in
            Your drafts.
          </p>
        </div>
        <div class="form-actions">
          <button
            type="button"
            onClick={() => {
              // Drawn again only once the draft is closed, or it would fail again.
              void this.props.onBack().finally(() => this.setState({ failed: false }));
            }}
          >
            Back to the start
          </button>
        </div>
      </main>
    );
  }
}

function StudioStart({ state }: { state: StudioState }) {
  const [copyId, setCopyId] = useState('');
  const copyFrom = state.packs.find((p) => p.id === copyId) ?? state.packs[0];
  const names = useMemo(() => draftNames(state.drafts), [state.drafts]);
  return (
    <main class="studio studio-start">
      <h1>Pack studio</h1>
      <p>
        Turn your partnership’s learning brief into a learning pack: short lists of questions practitioners see beside
        the case record. Everything stays in this browser until you save the pack as a file.
      </p>
      {state.note && (
        <p class="hint" role="status">
          {state.note}
        </p>
      )}
      {state.startProblem && (
        <p class="field-error" role="alert">
          {state.startProblem}
        </p>
      )}
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start a pack</h2>
        <div class="form-actions">
          <button type="button" onClick={() => state.startBlank()}>
            Start a blank pack
          </button>
        </div>
        {copyFrom && (
          <div class="studio-field">
            <label for="copy-pack">Copy a pack in this browser</label>
            <p class="hint" id="copy-pack-hint">
              The Ivy pack is a good model: copy it and change what your brief says differently.
            </p>
            <div class="field-row">
              <select
                id="copy-pack"
                aria-describedby="copy-pack-hint"
                value={copyFrom.id}
                onChange={(e) => setCopyId(e.currentTarget.value)}
              >
                {state.packs.map((pack) => (
                  <option key={pack.id} value={pack.id}>
                    {pack.title} ({pack.version})
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void state.startCopy(copyFrom.id)}>
                Copy this pack
              </button>
            </div>
          </div>
        )}
        <div class="studio-field">
          <label for="open-pack-file">Open a pack file to edit (.json)</label>
          <input
            id="open-pack-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void fileTextWithin(file, MAX_PACK_BYTES).then((text) => state.startFromFile(text));
            }}
          />
        </div>
      </section>
      {state.drafts.length > 0 && (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Your drafts</h2>
          <ul class="pack-list" aria-labelledby="drafts-heading">
            {state.drafts.map((draft, i) => {
              const name = names[i] ?? draft.id;
              return (
                <li key={draft.id}>
                  <p>
                    <strong>{draft.title.trim() || 'Untitled pack'}</strong>, version {draft.version}, last changed{' '}
                    {formatDateTime(draft.updatedAt)}.
                  </p>
                  <div class="form-actions">
                    <button type="button" onClick={() => void state.openDraft(draft.id)}>
                      Carry on with {name}
                    </button>
                    <ConfirmAction
                      id={`delete-draft-${draft.id}`}
                      buttonLabel={`Delete the draft ${name}`}
                      title={`Delete the draft ${name}?`}
                      description="The draft is removed from this browser. Pack files you saved from it are not affected."
                      confirmLabel="Yes, delete the draft"
                      onConfirm={() => void state.deleteDraft(draft.id)}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">Is the learning reaching practice?</h2>
        <p>
          The partnership report pools learning snapshots practitioners chose to share: how often each question of a
          pack was considered, by moment and month. <a href="/report.html">Open the partnership report</a>
        </p>
      </section>
    </main>
  );
}

/** What a blank pack says, to know one opened with nothing written in it yet. */
const BLANK_FINGERPRINT = packFingerprint(blankPack());

/** How long typing must pause before the checks, preview and cue tester catch up. */
const SETTLE_MS = 150;

/**
 * The value, once it has stopped changing for a moment. Checking the whole pack and drawing
 * the preview on every key made typing lag in a pack the size of Ivy's (about 60 ms a key).
 */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

function StudioEditor({ state, FitCheck }: { state: StudioState; FitCheck?: FitCheckSlot | undefined }) {
  const open = state.open;
  const pack = open?.pack;
  const settled = useSettled(pack);
  // A blank pack lists its problems once something is written in it, or when asked: opening
  // with 18 problems before a key is pressed told a business manager they had failed already.
  const [asked, setAsked] = useState(false);
  const [handout, setHandout] = useState(false);
  const [openedBlank] = useState(() => pack !== undefined && packFingerprint(pack) === BLANK_FINGERPRINT);
  const openedWith = useRef(pack);
  const showProblems = asked || !openedBlank || settled !== openedWith.current;
  const problems: StudioProblem[] = useMemo(
    () => (settled && showProblems ? checkDraft(settled, state.reservedIds) : []),
    [settled, state.reservedIds, showProblems],
  );
  const unused = useMemo(() => (settled ? unusedWords(settled).join(' ') : ''), [settled]);
  // The same set while the same fields are invalid: every field reads it, so a new one would
  // draw the whole form again.
  const lastInvalid = useRef<ReadonlySet<string>>(new Set());
  const invalid = useMemo(() => {
    const next = new Set(problems.map((p) => p.fieldId));
    const last = lastInvalid.current;
    if (next.size !== last.size || [...next].some((id) => !last.has(id))) lastInvalid.current = next;
    return lastInvalid.current;
  }, [problems]);
  // The same elements while the pack is unchanged, so typing redraws neither (Preact skips them).
  const problemList = useMemo(
    () => <ProblemList problems={problems} shown={showProblems} onCheck={() => setAsked(true)} />,
    [problems, showProblems],
  );
  const side = useMemo(
    () =>
      settled && (
        <>
          <StudioPreview pack={settled} />
          {FitCheck && <FitCheck pack={settled} packs={state.packs} />}
          <CueTester pack={settled} />
        </>
      ),
    [settled, FitCheck, state.packs],
  );
  if (!open || !pack) return null;
  if (handout) {
    return (
      <main class="studio studio-handout-page">
        <Handout
          pack={pack}
          onPrint={() => window.print()}
          onClose={() => {
            setHandout(false);
            focusSoon('show-handout');
          }}
        />
      </main>
    );
  }
  return (
    <main class="studio">
      <h1>Pack studio: {pack.title.trim() || 'new pack'}</h1>
      {state.note && (
        <p class="hint" role="status">
          {state.note}
        </p>
      )}
      <nav aria-label="Parts of the pack" class="studio-nav">
        <a href="#details-heading">Details</a> <a href="#themes-heading">Themes and questions</a>{' '}
        <a href="#reviews-heading">Several reviews</a> <a href="#moments-heading">Short lists</a>{' '}
        <a href="#resources-heading">Resources</a> <a href="#reflective-heading">Reflective questions</a>{' '}
        <a href="#glossary-heading">Words explained</a> <a href="#actions-heading">What to do next</a>{' '}
        <a href="#save-heading">Save</a>
      </nav>
      <div class="studio-layout">
        <div class="studio-form">
          {problemList}
          <InvalidFields.Provider value={invalid}>
            <DetailsForm pack={pack} onChange={state.change} />
            <ThemesForm pack={pack} onChange={state.change} />
            <ReviewsForm
              pack={pack}
              onChange={state.change}
              packs={state.packs}
              other={state.other}
              said={state.otherSaid}
              chooseOther={state.chooseOther}
              chooseOtherFile={state.chooseOtherFile}
              bringIn={state.bringIn}
            />
            <MomentsForm pack={pack} onChange={state.change} />
            <MoreForm pack={pack} onChange={state.change} unusedWords={unused} />
          </InvalidFields.Provider>
          <section aria-labelledby="save-heading" class="studio-section">
            <h2 id="save-heading">Save the pack</h2>
            <p class="hint">
              Your draft is kept in this browser as you type. To give the pack to practitioners, save it as a file and
              send it to them: each adds it once, in Pause Point’s settings under Learning packs. If your organisation
              manages its browsers, its IT team can set the pack for everyone instead. A pack changed since it was last
              saved gets the next version number.
            </p>
            <div class="form-actions">
              <button
                type="button"
                onClick={() => {
                  setAsked(true);
                  void state.saveFile();
                }}
              >
                Save pack file
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setAsked(true);
                  void state.addToBrowser();
                }}
              >
                Add to this browser
              </button>
              <button type="button" class="secondary" id="show-handout" onClick={() => setHandout(true)}>
                Show the handout
              </button>
              <button type="button" class="quiet" onClick={() => void state.close()}>
                Close the draft
              </button>
            </div>
            <p role="status" class={state.said && !state.said.ok ? 'field-error' : 'hint'}>
              {state.said?.text}
            </p>
            {state.said && !state.said.ok && problems.length > 0 && (
              <p>
                <a
                  href={`#${problems[0]?.fieldId ?? fieldId('')}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById('problems-heading')?.scrollIntoView();
                    document.querySelector<HTMLAnchorElement>('.studio-problems a')?.focus();
                  }}
                >
                  Go to the first problem
                </a>
              </p>
            )}
          </section>
        </div>
        <aside class="studio-side" aria-label="Preview and cue tester">
          {side}
        </aside>
      </div>
    </main>
  );
}
