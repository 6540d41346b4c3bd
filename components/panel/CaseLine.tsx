import { useEffect, useRef, useState } from 'preact/hooks';
import { recentCases } from '../../core/case-index';
import { momentShortTitle } from '../../core/moments';
import { momentOf, type PanelState } from '../../store/panel-store';
import { CaseSelector } from '../CaseSelector';
import { CaseBar } from './CaseBar';
import { usePanel } from './context';

const RECENT_LIMIT = 8;

/**
 * Where the open case came from, when the page beside the panel does not show it and shows no
 * other case (a page Pause Point does not read, or one with no case): never a silent wrong case.
 * A different case on the page is said by Notices, with a button to switch.
 */
function caseSourceText({ openRef, page, caseFrom }: PanelState): string | null {
  if (!openRef || !page || page.ref) return null;
  const where =
    caseFrom?.kind === 'page'
      ? caseFrom.tabId === page.tabId
        ? 'From an earlier page in this tab'
        : 'From another tab'
      : caseFrom?.kind === 'last-time'
        ? 'Open since you last used Pause Point'
        : 'Opened by hand';
  return `${where}: ${page.readable ? 'this page shows no case' : 'Pause Point does not read this page'}.`;
}

/**
 * The one line that says which case the checklist is for, at which moment, with the way to
 * another case behind "Other cases". With no case open, the case box itself.
 */
export function CaseLine() {
  const { state, actions } = usePanel();
  const { openRef, focusCaseAt, pack, packs, choosingPack, missingPack } = state;
  // With more than one pack on this device, the case's pack is named on the case line, and
  // chosen behind its name: no row of its own above the questions.
  const packNamed = missingPack === null && (packs?.length ?? 0) > 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const [choosing, setChoosing] = useState(false);
  const source = caseSourceText(state);

  // A case opened from the panel takes the keyboard to its heading.
  useEffect(() => {
    if (focusCaseAt !== null && openRef) heading.current?.focus();
  }, [focusCaseAt, openRef]);
  // Another case is another list: the case list closes with it.
  useEffect(() => setChoosing(false), [openRef]);

  return (
    <>
      {openRef !== null && (
        <CaseBar
          caseRef={openRef}
          moment={momentShortTitle(momentOf(state))}
          pack={packNamed ? pack : undefined}
          choosingPack={choosingPack}
          onChoosePack={() => actions.chooseWhichPack(!choosingPack)}
          choosingCase={choosing}
          onOtherCases={() => setChoosing(!choosing)}
          headingRef={heading}
        />
      )}
      {openRef !== null && source && (
        <p class="case-source">
          <span>{source}</span>{' '}
          <button type="button" class="quiet" onClick={() => void actions.closeCase()}>
            Close<span class="visually-hidden"> case {openRef}</span>
          </button>
        </p>
      )}
      {(openRef === null || choosing) && (
        <CaseSelector
          openRef={openRef}
          recent={recentCases(state.index, RECENT_LIMIT)}
          onOpen={actions.openCaseHere}
          focusOnOpen={choosing}
        />
      )}
    </>
  );
}
