import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../content/schema';
import { type CaseIndex, recentCases } from '../core/case-index';
import { type AnswerState, type CaseChecklist, progressOf } from '../core/checklist';
import { CaseSelector } from './CaseSelector';
import { PackAbout } from './PackAbout';
import { ProgressText } from './ProgressText';
import { ResetCase } from './ResetCase';
import { ResourceList } from './ResourceList';
import { ThemeSection } from './ThemeSection';

export interface SidePanelProps {
  status: 'loading' | 'ready' | 'failed';
  pack: Pack;
  openRef: string | null;
  checklist: CaseChecklist | null;
  index: CaseIndex;
  notice: { kind: 'error' | 'info'; text: string } | null;
  onOpenCase(input: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  onAnswer(promptId: string, state: AnswerState): void;
  onReset(): void;
  onDismissNotice(): void;
  /**
   * The section about the page beside the panel. It arrives a moment after the checklist (its
   * code loads separately), and is absent where there is no page to follow.
   */
  PageSection?: ComponentType<PageSlotProps> | null;
}

/** What the side panel gives its page section. */
export interface PageSlotProps {
  openRef: string | null;
  themeTitles: Readonly<Record<string, string>>;
  /** Shows a theme; with no case open, opens the case found on the page first. */
  onJump(themeId: string, detectedRef: string | null): void;
}

const RECENT_LIMIT = 8;

export function SidePanel(props: SidePanelProps) {
  const { pack, openRef, checklist, notice, PageSection } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const caseHeading = useRef<HTMLHeadingElement>(null);
  const [focusCase, setFocusCase] = useState(false);
  const [jumpTo, setJumpTo] = useState<string | null>(null);

  useEffect(() => {
    if (focusCase && openRef) {
      caseHeading.current?.focus();
      setFocusCase(false);
    }
  }, [focusCase, openRef]);

  useEffect(() => {
    if (!jumpTo || !openRef) return;
    const toggle = document.getElementById(`theme-toggle-${jumpTo}`);
    toggle?.scrollIntoView({ block: 'start' });
    toggle?.focus();
    setJumpTo(null);
  }, [jumpTo, openRef]);

  const jump = async (themeId: string, detectedRef: string | null) => {
    // With no case open, a raised theme belongs to the case found on the page: open that one.
    if (!openRef && detectedRef && !(await props.onOpenCase(detectedRef)).ok) return;
    setExpanded((current) => new Set(current).add(themeId));
    setJumpTo(themeId);
  };

  const openCase = async (input: string) => {
    const result = await props.onOpenCase(input);
    if (result.ok) setFocusCase(true);
    return result;
  };

  const toggle = (themeId: string) => {
    const next = new Set(expanded);
    if (next.has(themeId)) next.delete(themeId);
    else next.add(themeId);
    setExpanded(next);
  };

  const allPromptIds = pack.themes.flatMap((t) => t.prompts.map((p) => p.id));
  const overall = progressOf(checklist, allPromptIds);
  const answered = overall.done + overall.notApplicable;
  const allExpanded = expanded.size === pack.themes.length;

  return (
    <main class="panel" aria-busy={props.status === 'loading'}>
      <header class="panel-header">
        <h1>Pause Point</h1>
        <p class="pack-line">
          Learning from <strong>{pack.review.sourceTitle}</strong>
        </p>
      </header>

      <div class="notice-area" role="status" aria-live="polite">
        {notice && (
          <div class={`notice notice-${notice.kind}`}>
            <p>{notice.text}</p>
            <button type="button" class="quiet" onClick={props.onDismissNotice}>
              Dismiss<span class="visually-hidden"> message</span>
            </button>
          </div>
        )}
      </div>

      {PageSection && (
        <PageSection
          openRef={openRef}
          themeTitles={Object.fromEntries(pack.themes.map((t) => [t.id, t.title]))}
          onJump={(themeId, detectedRef) => void jump(themeId, detectedRef)}
        />
      )}

      <CaseSelector openRef={openRef} recent={recentCases(props.index, RECENT_LIMIT)} onOpen={openCase} />

      {openRef === null ? (
        <p class="empty">
          Enter a case reference to start. Your answers are kept on this device only, under that reference.
        </p>
      ) : (
        <section class="checklist" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading" ref={caseHeading} tabIndex={-1}>
            Checklist for case <span class="case-ref">{openRef}</span>
          </h2>
          <p class="overall" id="overall-progress">
            Overall: <ProgressText progress={overall} />
          </p>
          <progress max={Math.max(overall.applicable, 1)} value={overall.done} aria-labelledby="overall-progress" />
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
              checklist={checklist}
              expanded={expanded.has(theme.id)}
              onToggle={toggle}
              onAnswer={props.onAnswer}
            />
          ))}
          <ResetCase caseRef={openRef} answered={answered} onReset={props.onReset} />
        </section>
      )}

      <ResourceList resources={pack.resources} />
      <PackAbout pack={pack} />
    </main>
  );
}
