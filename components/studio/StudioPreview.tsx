import { useState } from 'preact/hooks';
import type { AnswerState, CaseChecklist } from '../../core/checklist';
import { progressOf } from '../../core/checklist';
import { type MomentChoice, momentItems, momentShortTitle, momentsOf, momentTitle } from '../../core/moments';
import type { DraftPack } from '../../core/pack/edit';
import { themeReviews } from '../../core/pack/sources';
import { MomentChooser } from '../MomentChooser';
import { MomentList } from '../MomentList';
import { ProgressText } from '../ProgressText';
import { CaseBar } from '../panel/CaseBar';
import { ThemeSection } from '../ThemeSection';

/**
 * The pack as a practitioner will see it, moment by moment, drawn by the side panel's own
 * components at the panel's width. Ticks are kept in this view only, and go when it closes.
 */
export function StudioPreview({ pack: draft }: { pack: DraftPack }) {
  // A short name not yet written is no short name: the theme's title shows instead.
  const pack = {
    ...draft,
    themes: draft.themes.map(({ short, ...theme }) => (short?.trim() ? { ...theme, short } : theme)),
  };
  const moments = momentsOf(pack);
  const reviews = themeReviews(pack);
  const [picked, setPicked] = useState<MomentChoice | null>(null);
  const [virtual, setVirtual] = useState(false);
  const [answers, setAnswers] = useState<CaseChecklist['answers']>({});
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const choice: MomentChoice =
    picked !== null && (picked === 'all' || moments.includes(picked)) ? picked : (moments[0] ?? 'all');
  const checklist: CaseChecklist = {
    ref: 'PREVIEW',
    packId: 'preview',
    packVersion: pack.version,
    resetAt: 0,
    answers,
  };
  const onAnswer = (promptId: string, state: AnswerState) =>
    setAnswers({ ...answers, [promptId]: { state, at: answers[promptId] ? (answers[promptId]?.at ?? 0) + 1 : 1 } });
  const items = momentItems(pack, choice, virtual).filter(({ prompt }) => prompt.text.trim() !== '');
  const progress = progressOf(
    checklist,
    items.map((item) => item.prompt.id),
  );
  const hasVirtual = (pack.moments?.find((m) => m.id === choice)?.virtualPromptIds?.length ?? 0) > 0;
  return (
    <section aria-labelledby="preview-heading" class="studio-preview">
      <h2 id="preview-heading">Preview</h2>
      <p class="hint">
        As practitioners will see it in the side panel, 400 px wide, on a made-up case. Ticks here are not kept; the
        case line’s buttons work in the panel, not here.
      </p>
      <div class="panel studio-preview-panel">
        {/* The panel's own case line: a practitioner has this pack beside Ivy, so the pack is named on it. */}
        <CaseBar
          caseRef="EXAMPLE"
          moment={momentShortTitle(choice)}
          pack={{ title: pack.title || 'Your pack', version: pack.version }}
          choosingPack={false}
          onChoosePack={() => {}}
          choosingCase={false}
          onOtherCases={() => {}}
          headingId="preview-case-heading"
          still
        />
        <MomentChooser
          moments={moments}
          choice={choice}
          virtual={virtual}
          showVirtual={hasVirtual}
          onChoose={(next, nextVirtual) => {
            setPicked(next);
            setVirtual(nextVirtual);
          }}
        >
          <span class="overall">
            <ProgressText progress={progress} />
          </span>
        </MomentChooser>
        {choice === 'all' ? (
          // "All prompts" shows each theme as the panel does, with its "why this matters".
          pack.themes.map((theme) => (
            <ThemeSection
              key={theme.id}
              theme={theme}
              why={theme.why}
              review={reviews[theme.id]}
              checklist={checklist}
              expanded={expanded.has(theme.id)}
              onToggle={(id) => {
                const next = new Set(expanded);
                if (!next.delete(id)) next.add(id);
                setExpanded(next);
              }}
              onAnswer={onAnswer}
            />
          ))
        ) : items.length === 0 ? (
          <p class="hint">No questions with wording at this moment yet.</p>
        ) : (
          <MomentList
            label={`Preview, ${momentTitle(choice)}: prompts`}
            items={items}
            checklist={checklist}
            onAnswer={onAnswer}
            terms={pack.glossary ?? []}
          />
        )}
      </div>
    </section>
  );
}
