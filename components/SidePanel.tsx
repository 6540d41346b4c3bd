/**
 * The side panel, read from the top: the header with its three views, the messages, then the
 * view shown. The checklist view is the page beside the panel, the case line, and the open
 * case at its moment with its tools. Each piece reads the store itself (components/panel/).
 */
import type { PanelView } from '../core/stored';
import { Later } from './later';
import { CaseLine } from './panel/CaseLine';
import { CaseTools } from './panel/CaseTools';
import { usePanel } from './panel/context';
import { MomentView } from './panel/MomentView';
import { Notices } from './panel/Notices';

const VIEWS: ReadonlyArray<{ id: PanelView; label: string }> = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'resources', label: 'Resources' },
  { id: 'supervision', label: 'Supervision' },
];

export function SidePanel() {
  const { state, actions, shell } = usePanel();
  const { view } = state;
  return (
    <main class="panel" aria-busy={state.status === 'loading'}>
      <header class="panel-header">
        <h1>Pause Point</h1>
        <nav aria-label="Pause Point" class="views">
          {VIEWS.map((v) => (
            <button
              type="button"
              key={v.id}
              class="view-button"
              aria-current={view === v.id ? 'page' : undefined}
              onClick={() => void actions.showView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      <Notices />
      {view === 'checklist' ? (
        <ChecklistView />
      ) : (
        // The other views load when first shown; each keys on the open case's pack.
        <Later
          key={`${view} ${state.pack.id}`}
          load={view === 'resources' ? shell.resourcesView : shell.supervisionView}
          now
        />
      )}
      <p class="panel-footer">
        <button type="button" class="quiet" onClick={shell.openSettings}>
          Settings
        </button>
      </p>
    </main>
  );
}

function ChecklistView() {
  const { state, shell } = usePanel();
  const { openRef, missingPack } = state;
  return (
    <>
      {/* The page part arrives a moment after the checklist: its code loads beside it. */}
      <Later load={shell.pagePart} now quiet />
      <CaseLine />
      {openRef === null ? (
        <p class="empty">
          Enter a case reference to start. Answers are kept on this device only, under that reference, from the first
          one you give.
        </p>
      ) : (
        <section class="checklist" aria-labelledby="checklist-heading">
          {/* The pack chooser follows the first paint, or comes at once when the case's pack is missing. */}
          <Later load={shell.packPart} now={missingPack !== null} quiet={missingPack === null} />
          {missingPack === null && <MomentView />}
          <CaseTools />
        </section>
      )}
    </>
  );
}
