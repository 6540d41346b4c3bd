/**
 * The side panel's shell: it creates the store, says where the parts that load later come from,
 * and renders once the stored answers are in. Everything else reads the store (components/panel/).
 */
import { render } from 'preact';
import { PanelProvider, type PanelShell } from '../../components/panel/context';
import { SidePanel } from '../../components/SidePanel';
import { DEFAULT_CHECKLIST } from '../../content/checklists';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore } from '../../store/panel-store';
import '../../components/panel.css';

// The benchmark splits the panel's start into loading its code, reading storage and rendering.
performance.mark('pause-point:code-run');
// Packs other than the built-in one (added from a file, or set by policy) load only when a
// case uses one, and the list of packs loads after the first paint.
const packStorage = () => import('../../store/pack-storage');
const store = createPanelStore({
  caseStorage: createCaseStorage(),
  pack: DEFAULT_CHECKLIST,
  loadPack: (id) => packStorage().then((m) => m.loadPack(id)),
  // Counting loads with the first answer, never on the panel's first load.
  answered: (answer) => void import('../../store/counting').then((m) => m.countAnswered(answer)),
});

/** Loads once, however often it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

// The page part's code loads once the checklist is on screen (loaded beside it, its parsing
// delayed reading the stored answers by about 8 ms a start); the pack chooser when the panel is
// idle; the other views and the summary when first needed.
const pagePart = once(() => import('./page').then((m) => m.startPagePart(store)));
const views = once(() => import('./views').then((m) => m.startViews(store)));

const shell: PanelShell = {
  store,
  pagePart,
  packPart: once(() => import('./packs').then((m) => m.startPackPart(store))),
  resourcesView: () => views().then((v) => v.ResourcesView),
  supervisionView: () => views().then((v) => v.SupervisionView),
  extrasOf: (packId) => views().then((v) => v.extrasOf(packId)),
  openSettings: () => void import('../../platform/tabs').then((tabs) => tabs.openOptionsPage()),
  copySummary: () => views().then((v) => v.copySummary()),
  printSummary: () => void views().then((v) => v.printSummary()),
};

const root = document.getElementById('app');
// Render once stored answers are in, so the first thing shown is the practitioner's case.
void store.actions.start().finally(() => {
  performance.mark('pause-point:data-read');
  if (root)
    render(
      <PanelProvider shell={shell}>
        <SidePanel />
      </PanelProvider>,
      root,
    );
  // The benchmark reads this mark: the stored case is on screen and answers can be given.
  performance.mark('pause-point:interactive');
  // Then the page's case, and any request a shortcut or menu left for this panel.
  void pagePart();
  void import('../../platform/intent').then(({ takeIntents }) => {
    const stop = takeIntents((intent) =>
      store.actions.takeRequest({ view: intent.view, focus: intent.focus, themeId: intent.themeId }),
    );
    addEventListener('pagehide', stop);
  });
});
addEventListener('pagehide', () => store.actions.stop());
