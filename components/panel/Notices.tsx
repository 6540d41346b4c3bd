import { usePanel } from './context';

/**
 * The panel's messages, in one live region: when the checklist shown is not the case on the
 * page (never a silent mismatch), and what the last action did or could not do.
 */
export function Notices() {
  const { state, actions } = usePanel();
  const { openRef, page, notice } = state;
  const otherCase = state.view === 'checklist' && page?.ref && openRef !== page.ref ? page.ref : null;
  return (
    <div class="notice-area" role="status" aria-live="polite">
      {otherCase && (
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
          <button
            type="button"
            onClick={() => void actions.openCaseHere(otherCase, page ? { kind: 'page', tabId: page.tabId } : undefined)}
          >
            {openRef ? 'Switch to' : 'Open'} case {otherCase}
          </button>
        </div>
      )}
      {notice && (
        <div class={`notice notice-${notice.kind}`}>
          <p>{notice.text}</p>
          <button type="button" class="quiet" onClick={actions.dismissNotice}>
            Dismiss<span class="visually-hidden"> message</span>
          </button>
        </div>
      )}
    </div>
  );
}
