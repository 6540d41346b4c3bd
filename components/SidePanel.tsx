import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CaseIndex, recentCases } from '../core/case-index';
import { type AnswerState, type CaseChecklist, progressOf } from '../core/checklist';
import {
  hasVirtualItems,
  type MomentChoice,
  momentItems,
  momentShortTitle,
  momentsOf,
  momentTitle,
} from '../core/moments';
import type { GlossaryEntry, PackChecklist } from '../core/pack/schema';
import { termsUsed } from '../core/pack/sources';
import type { PanelView } from '../core/stored';
import { CaseSelector } from './CaseSelector';
import { ConfirmAction } from './ConfirmAction';
import { MomentChooser } from './MomentChooser';
import { MomentList } from './MomentList';
import { ProgressText } from './ProgressText';
import { ThemeSection } from './ThemeSection';

/** What the side panel gives a view whose code loads on demand. */
export interface LazyViewProps {
  /** Where to put the practitioner when the view opens (from a shortcut or the context menu). */
  focus?: PanelFocus | null;
  /** The learning pack of the open case (or of a new case), whose material the view shows. */
  packId: string;
  onShowTheme(themeId: string): void;
}

export type PanelFocus = 'search' | 'safer-sleep-card';

/** A view whose code loads on demand: null until it has arrived. */
export type LazyView = ComponentType<LazyViewProps> | null;

export interface SidePanelProps {
  status: 'loading' | 'ready' | 'failed';
  pack: PackChecklist;
  /** The open case's pack id when that pack is not on this device. */
  missingPack?: string | null;
  openRef: string | null;
  checklist: CaseChecklist | null;
  index: CaseIndex;
  notice: { kind: 'error' | 'info'; text: string } | null;
  view: PanelView;
  /** The moment a case with no moment of its own is shown at: the one last used. */
  lastMoment: MomentChoice;
  /** What the page beside the panel shows, once its code has loaded; null where there is no page. */
  page?: PageFacts | null;
  onOpenCase(input: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  onAnswer(promptId: string, state: AnswerState): void;
  onReset(): void;
  onForget(): void;
  onDismissNotice(): void;
  onChooseMoment(choice: MomentChoice, virtual: boolean): void;
  onShowView(view: PanelView): void;
  onOpenSettings(): void;
  /**
   * Choosing the open case's learning pack, and what to do when its pack is missing. Its code
   * loads with the list of packs, a moment after the checklist.
   */
  PackSection?: ComponentType<PackSlotProps> | null;
  /** Copies the open case's summary for the moment shown; true once it is on the clipboard. */
  onCopySummary(): Promise<boolean>;
  /** Prints the same summary (or saves it as PDF). */
  onPrintSummary(): void;
  /**
   * The section about the page beside the panel. It arrives a moment after the checklist (its
   * code loads separately), and is absent where there is no page to follow.
   */
  PageSection?: ComponentType<PageSlotProps> | null;
  ResourcesView?: LazyView;
  /** Each theme's "why this matters", by theme id; null until the pack's reference part loads. */
  whys?: Readonly<Record<string, string>> | null;
  /** The pack's glossary, with the rest of its reference material; null until loaded. */
  glossary?: readonly GlossaryEntry[] | null;
  SupervisionView?: LazyView;
  focus?: PanelFocus | null;
  /** A theme to show, asked for from outside the panel (the address-bar keyword); `at` tells requests apart. */
  themeRequest?: { themeId: string; at: number } | null;
}

/** The parts of a pack that load a moment after the checklist. */
export interface PackExtras {
  whys: Readonly<Record<string, string>>;
  glossary: readonly GlossaryEntry[];
}

/** What the panel needs to know of the page beside it. */
export interface PageFacts {
  /** The case reference found on the page, on a site Pause Point reads. */
  ref: string | null;
  /** Ids of the themes the page raises. */
  raised: readonly string[];
}

/** What the side panel gives its pack section. */
export interface PackSlotProps {
  caseRef: string;
  /** The pack the case uses, or the id of its missing pack. */
  currentId: string;
  missing: boolean;
  /** Answers given with the current pack, which changing pack clears. */
  answered: number;
  /** Called once a pack is chosen: the panel puts focus on the case's heading. */
  onChosen(): void;
}

/** What the side panel gives its page section. */
export interface PageSlotProps {
  openRef: string | null;
  /** Each theme's short name, for the one line of raised themes. */
  themeTitles: Readonly<Record<string, string>>;
  /** Shows a theme; with no case open, opens the case found on the page first. */
  onJump(themeId: string, detectedRef: string | null): void;
}

const RECENT_LIMIT = 8;

const VIEWS: ReadonlyArray<{ id: PanelView; label: string }> = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'resources', label: 'Resources' },
  { id: 'supervision', label: 'Supervision' },
];

export function SidePanel(props: SidePanelProps) {
  const { pack, openRef, checklist, notice, PageSection, PackSection, view, page } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const caseHeading = useRef<HTMLHeadingElement>(null);
  const [focusCase, setFocusCase] = useState(false);
  const [jumpTo, setJumpTo] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [choosingCase, setChoosingCase] = useState(false);
  // Looking at a theme (from the page's raised themes) shows every prompt without changing the
  // moment the case is kept at; "Back to …" returns to it.
  const [browsing, setBrowsing] = useState(false);
  const saved: MomentChoice = checklist?.view?.moment ?? props.lastMoment;
  const choice: MomentChoice = browsing ? 'all' : saved;
  const virtual = checklist?.view?.virtual ?? false;

  useEffect(() => {
    if (focusCase && openRef) {
      caseHeading.current?.focus();
      setFocusCase(false);
    }
  }, [focusCase, openRef]);

  useEffect(() => {
    if (!jumpTo || !openRef || choice !== 'all') return;
    const toggle = document.getElementById(`theme-toggle-${jumpTo}`);
    toggle?.scrollIntoView({ block: 'start' });
    toggle?.focus();
    setJumpTo(null);
  }, [jumpTo, openRef, choice]);

  useEffect(() => {
    // Only a new request moves the practitioner, so the request alone is the dependency.
    if (props.themeRequest) void jump(props.themeRequest.themeId, null);
  }, [props.themeRequest]);

  // Another case is another list: what was said about the last one no longer holds.
  useEffect(() => {
    setBrowsing(false);
    setChoosingCase(false);
  }, [openRef]);
  useEffect(() => setCopied(null), [checklist, openRef]);

  const openCase = async (input: string) => {
    const result = await props.onOpenCase(input);
    if (result.ok) setFocusCase(true);
    return result;
  };

  const jump = async (themeId: string, detectedRef: string | null) => {
    // With no case open, a raised theme belongs to the case found on the page: open that one.
    if (!openRef && detectedRef && !(await props.onOpenCase(detectedRef)).ok) return;
    if (view !== 'checklist') props.onShowView('checklist');
    setBrowsing(saved !== 'all');
    setExpanded((current) => new Set(current).add(themeId));
    setJumpTo(themeId);
  };

  const chooseMoment = (next: MomentChoice, nextVirtual: boolean) => {
    setBrowsing(false);
    props.onChooseMoment(next, nextVirtual);
  };

  const toggle = (themeId: string) => {
    const next = new Set(expanded);
    if (next.has(themeId)) next.delete(themeId);
    else next.add(themeId);
    setExpanded(next);
  };

  const items = momentItems(pack, choice, virtual);
  const progress = progressOf(
    checklist,
    items.map((item) => item.prompt.id),
  );
  const allPrompts = progressOf(
    checklist,
    pack.themes.flatMap((t) => t.prompts.map((p) => p.id)),
  );
  const answered = allPrompts.done + allPrompts.notApplicable;
  const allExpanded = expanded.size === pack.themes.length;
  const Lazy = view === 'resources' ? props.ResourcesView : view === 'supervision' ? props.SupervisionView : null;
  // The case on the page, when the checklist shown is another: never a silent mismatch.
  const otherCase = page?.ref && openRef !== page.ref ? page.ref : null;
  // The page speaks of a video or telephone meeting, and this moment has questions for one.
  const virtualThemes = useMemo(
    () =>
      new Set(
        momentItems(pack, choice, true)
          .filter((item) => item.virtual)
          .map((item) => item.theme.id),
      ),
    [pack, choice],
  );
  // One object while the pack stays the same, so the page line is not drawn again on every tick.
  const themeTitles = useMemo(() => Object.fromEntries(pack.themes.map((t) => [t.id, t.short ?? t.title])), [pack]);
  const offerVirtual = !virtual && !props.missingPack && (page?.raised ?? []).some((id) => virtualThemes.has(id));

  return (
    <main class="panel" aria-busy={props.status === 'loading'}>
      <header class="panel-header">
        <h1>Pause Point</h1>
        <nav aria-label="Pause Point" class="views">
          {VIEWS.map((v) => (
            <button
              type="button"
              key={v.id}
              class="view-button"
              aria-current={view === v.id ? 'page' : undefined}
              onClick={() => props.onShowView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
      </header>

      <div class="notice-area" role="status" aria-live="polite">
        {view === 'checklist' && otherCase && (
          <div class="notice notice-warning mismatch">
            <p>
              <strong>Not the case on the page.</strong>{' '}
              {openRef ? (
                <>
                  This checklist is for case <span class="case-ref">{openRef}</span>; the page shows case{' '}
                  <span class="case-ref">{otherCase}</span>.
                </>
              ) : (
                <>
                  The page shows case <span class="case-ref">{otherCase}</span>.
                </>
              )}
            </p>
            <button type="button" onClick={() => void openCase(otherCase)}>
              {openRef ? 'Switch to' : 'Open'} case {otherCase}
            </button>
          </div>
        )}
        {notice && (
          <div class={`notice notice-${notice.kind}`}>
            <p>{notice.text}</p>
            <button type="button" class="quiet" onClick={props.onDismissNotice}>
              Dismiss<span class="visually-hidden"> message</span>
            </button>
          </div>
        )}
      </div>

      {view !== 'checklist' &&
        (Lazy ? (
          <Lazy focus={props.focus} packId={pack.id} onShowTheme={(themeId) => void jump(themeId, null)} />
        ) : (
          <p class="hint" aria-busy="true">
            Loading…
          </p>
        ))}

      {view === 'checklist' && (
        <>
          {PageSection && (
            <PageSection
              openRef={openRef}
              themeTitles={themeTitles}
              onJump={(themeId, detectedRef) => void jump(themeId, detectedRef)}
            />
          )}

          {openRef !== null && (
            <div class="case-bar">
              <h2 id="checklist-heading" ref={caseHeading} tabIndex={-1}>
                Case <span class="case-ref">{openRef}</span>
                <span class="case-moment"> · {momentShortTitle(saved)}</span>
              </h2>
              <button
                type="button"
                class="quiet"
                aria-expanded={choosingCase}
                aria-controls="case-selector"
                onClick={() => setChoosingCase(!choosingCase)}
              >
                {choosingCase ? 'Close the case list' : 'Other cases'}
              </button>
            </div>
          )}
          {(openRef === null || choosingCase) && (
            <CaseSelector openRef={openRef} recent={recentCases(props.index, RECENT_LIMIT)} onOpen={openCase} />
          )}

          {openRef === null ? (
            <p class="empty">
              Enter a case reference to start. Answers are kept on this device only, under that reference, from the
              first one you give.
            </p>
          ) : (
            <section class="checklist" aria-labelledby="checklist-heading">
              {PackSection ? (
                <PackSection
                  key={`${openRef} ${props.missingPack ?? pack.id}`}
                  caseRef={openRef}
                  currentId={props.missingPack ?? pack.id}
                  missing={Boolean(props.missingPack)}
                  answered={props.missingPack ? Object.keys(checklist?.answers ?? {}).length : answered}
                  onChosen={() => setFocusCase(true)}
                />
              ) : (
                props.missingPack && (
                  <p class="hint" aria-busy="true">
                    Loading…
                  </p>
                )
              )}
              {props.missingPack ? null : (
                <>
                  {browsing ? (
                    <div class="moments">
                      <button type="button" class="secondary" onClick={() => setBrowsing(false)}>
                        Back to {momentTitle(saved)}
                      </button>
                    </div>
                  ) : (
                    <MomentChooser
                      moments={momentsOf(pack)}
                      choice={choice}
                      virtual={virtual}
                      showVirtual={hasVirtualItems(pack, choice)}
                      onChoose={chooseMoment}
                    >
                      <span class="overall" id="overall-progress">
                        <span class="visually-hidden">{momentTitle(choice)}: </span>
                        <ProgressText progress={progress} />
                      </span>
                      <progress
                        max={Math.max(progress.applicable, 1)}
                        value={progress.done}
                        aria-labelledby="overall-progress"
                      />
                    </MomentChooser>
                  )}
                  {offerVirtual && (
                    <p class="offer">
                      The page mentions a video or telephone meeting.{' '}
                      <button type="button" class="quiet" onClick={() => chooseMoment(choice, true)}>
                        Add the questions for one
                      </button>
                    </p>
                  )}
                  {choice === 'all' ? (
                    <>
                      <div class="toolbar">
                        <button
                          type="button"
                          class="quiet"
                          onClick={() => setExpanded(allExpanded ? new Set() : new Set(pack.themes.map((t) => t.id)))}
                        >
                          {allExpanded ? 'Collapse all themes' : 'Expand all themes'}
                        </button>
                      </div>
                      {pack.themes.map((theme) => (
                        <ThemeSection
                          key={theme.id}
                          theme={theme}
                          why={props.whys?.[theme.id]}
                          checklist={checklist}
                          expanded={expanded.has(theme.id)}
                          onToggle={toggle}
                          onAnswer={props.onAnswer}
                        />
                      ))}
                    </>
                  ) : (
                    <MomentList
                      label={`${momentTitle(choice)}: prompts`}
                      items={items}
                      checklist={checklist}
                      onAnswer={props.onAnswer}
                      terms={termsUsed(props.glossary ?? [], [
                        momentTitle(choice),
                        ...items.map((item) => item.prompt.text),
                      ])}
                    />
                  )}
                  <div class="form-actions case-tools">
                    <button
                      type="button"
                      class="secondary"
                      onClick={() =>
                        void props
                          .onCopySummary()
                          .then((ok) =>
                            setCopied(
                              ok ? 'Summary copied. Paste it into the case record.' : 'Could not copy. Try again.',
                            ),
                          )
                      }
                    >
                      Copy summary
                    </button>
                    <button type="button" class="secondary" onClick={props.onPrintSummary}>
                      Print
                    </button>
                  </div>
                  <p role="status" class="hint">
                    {copied}
                  </p>
                  <p class="pack-line">
                    Questions from <strong>{pack.review.sourceTitle}</strong>
                  </p>
                </>
              )}
              <div class="form-actions danger-zone">
                <ConfirmAction
                  id="reset"
                  buttonLabel="Reset this case"
                  title={`Reset case ${openRef}?`}
                  description={`This clears all ${answered} ${answered === 1 ? 'answer' : 'answers'} for this case on this device. It cannot be undone.`}
                  confirmLabel="Yes, reset this case"
                  onConfirm={props.onReset}
                />
                <ConfirmAction
                  id="forget"
                  buttonLabel="Forget this case"
                  title={`Forget case ${openRef}?`}
                  description="This deletes the case’s answers from this device and removes it from your recent cases. It cannot be undone."
                  confirmLabel="Yes, forget this case"
                  onConfirm={props.onForget}
                />
              </div>
            </section>
          )}
        </>
      )}
      <p class="panel-footer">
        <button type="button" class="quiet" onClick={props.onOpenSettings}>
          Settings
        </button>
      </p>
    </main>
  );
}
