import { useMemo } from 'preact/hooks';
import { progressOf } from '../../core/checklist';
import { caseMoment, hasVirtualItems, momentItems, momentsOf, momentTitle } from '../../core/moments';
import { termsUsed } from '../../core/pack/sources';
import { MomentChooser } from '../MomentChooser';
import { MomentList } from '../MomentList';
import { ProgressText } from '../ProgressText';
import { AllThemes } from './AllThemes';
import { usePanel } from './context';
import { useExtras } from './extras';

/**
 * The open case at its pause point: the moment and its progress, then the moment's short
 * list (or every theme, for "All prompts" or a theme looked at from the page).
 */
export function MomentView() {
  const { state, actions } = usePanel();
  const { pack, checklist, browsing } = state;
  const { moment: saved, virtual } = caseMoment(checklist?.view, state.lastMoment, pack);
  const choice = browsing ? 'all' : saved;
  const items = momentItems(pack, choice, virtual);
  const progress = progressOf(
    checklist,
    items.map((item) => item.prompt.id),
  );
  const extras = useExtras();
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
  const offerVirtual = !virtual && (state.page?.raised ?? []).some((id) => virtualThemes.has(id));

  return (
    <>
      {browsing ? (
        <div class="moments">
          <button type="button" class="secondary" onClick={actions.stopBrowsing}>
            Back to {momentTitle(saved)}
          </button>
        </div>
      ) : (
        <MomentChooser
          moments={momentsOf(pack)}
          choice={choice}
          virtual={virtual}
          showVirtual={hasVirtualItems(pack, choice)}
          onChoose={(next, nextVirtual) => void actions.chooseMoment(next, nextVirtual)}
        >
          <span class="overall" id="overall-progress">
            <span class="visually-hidden">{momentTitle(choice)}: </span>
            <ProgressText progress={progress} />
          </span>
          <progress max={Math.max(progress.applicable, 1)} value={progress.done} aria-labelledby="overall-progress" />
        </MomentChooser>
      )}
      {offerVirtual && (
        <p class="offer">
          The page mentions a video or telephone meeting.{' '}
          <button type="button" class="quiet" onClick={() => void actions.chooseMoment(choice, true)}>
            Add the questions for one
          </button>
        </p>
      )}
      {choice === 'all' ? (
        <AllThemes />
      ) : (
        <MomentList
          label={`${momentTitle(choice)}: prompts`}
          items={items}
          checklist={checklist}
          onAnswer={(id, answer) => void actions.answer(id, answer)}
          terms={termsUsed(extras?.glossary ?? [], [momentTitle(choice), ...items.map((item) => item.prompt.text)])}
        />
      )}
    </>
  );
}
