import { useEffect, useRef, useState } from 'preact/hooks';
import { recentCases } from '../../core/case-index';
import { momentShortTitle } from '../../core/moments';
import { momentOf } from '../../store/panel-store';
import { CaseSelector } from '../CaseSelector';
import { usePanel } from './context';

const RECENT_LIMIT = 8;

/**
 * The one line that says which case the checklist is for, at which moment, with the way to
 * another case behind "Other cases". With no case open, the case box itself.
 */
export function CaseLine() {
  const { state, actions } = usePanel();
  const { openRef, focusCaseAt } = state;
  const heading = useRef<HTMLHeadingElement>(null);
  const [choosing, setChoosing] = useState(false);

  // A case opened from the panel takes the keyboard to its heading.
  useEffect(() => {
    if (focusCaseAt !== null && openRef) heading.current?.focus();
  }, [focusCaseAt, openRef]);
  // Another case is another list: the case list closes with it.
  useEffect(() => setChoosing(false), [openRef]);

  return (
    <>
      {openRef !== null && (
        <div class="case-bar">
          <h2 id="checklist-heading" ref={heading} tabIndex={-1}>
            Case <span class="case-ref">{openRef}</span>
            <span class="case-moment"> · {momentShortTitle(momentOf(state))}</span>
          </h2>
          <button
            type="button"
            class="quiet"
            aria-expanded={choosing}
            aria-controls={choosing ? 'case-selector' : undefined}
            onClick={() => setChoosing(!choosing)}
          >
            {choosing ? 'Close the case list' : 'Other cases'}
          </button>
        </div>
      )}
      {(openRef === null || choosing) && (
        <CaseSelector openRef={openRef} recent={recentCases(state.index, RECENT_LIMIT)} onOpen={actions.openCaseHere} focusOnOpen={choosing} />
      )}
    </>
  );
}
