import { type ComponentType, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  type PackSlotProps,
  type PageFacts,
  type PageSlotProps,
  type PanelFocus,
  SidePanel,
} from '../../components/SidePanel';
import { useStoreState } from '../../components/use-store';
import { DEFAULT_CHECKLIST } from '../../content/checklists';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore, type PanelStore } from '../../store/panel-store';
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
});
// Loaded when the panel is idle, or at once when the open case's pack is missing.
let packSection: Promise<ComponentType<PackSlotProps>> | undefined;
const loadPackSection = () => {
  packSection ??= import('./packs').then((m) => m.createPackSection(store));
  return packSection;
};
// The page section's code loads beside the checklist's start, never in its way; the other
// views and the summary load when first needed.
const pagePart = import('./page').then((page) => page.startPagePart(store));
let views: Promise<typeof import('./views')> | undefined;
const loadViews = () => {
  views ??= import('./views');
  return views;
};
const loadExtras = (packId: string) => loadViews().then((m) => m.referenceOf(packId));

/**
 * A part of the panel that loads after its first paint: straight away when `now`, else when the
 * browser is idle. Null until it is in, and again while a new `key` (a pack id) loads.
 */
function useLater<T, K = null>(load: (key: K) => Promise<T>, now: boolean, key: K): T | null {
  const [loaded, setLoaded] = useState<{ key: K; value: T } | null>(null);
  const have = loaded !== null && loaded.key === key;
  useEffect(() => {
    if (have) return;
    let current = true;
    const run = () => void load(key).then((value) => current && setLoaded({ key, value }));
    if (now) {
      run();
      return () => {
        current = false;
      };
    }
    const idle = requestIdleCallback(run, { timeout: 500 });
    return () => {
      current = false;
      cancelIdleCallback(idle);
    };
  }, [have, now, key, load]);
  return have ? loaded.value : null;
}

function ConnectedPanel({ store }: { store: PanelStore }) {
  const state = useStoreState(store);
  const [PageSection, setPageSection] = useState<ComponentType<PageSlotProps> | null>(null);
  const [page, setPage] = useState<PageFacts | null>(null);
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  const [themeRequest, setThemeRequest] = useState<{ themeId: string; at: number } | null>(null);
  useEffect(() => {
    let stopFacts: (() => void) | undefined;
    void pagePart.then((part) => {
      setPageSection(() => part.Section);
      stopFacts = part.watchFacts(setPage);
    });
    // A shortcut, the context menu or the address bar may ask the panel to open somewhere.
    let stop: (() => void) | undefined;
    void import('../../platform/intent').then(({ takeIntents }) => {
      stop = takeIntents((intent) => {
        void store.actions.showView(intent.view);
        setFocus(intent.focus);
        if (intent.themeId) setThemeRequest({ themeId: intent.themeId, at: intent.at });
      });
    });
    return () => {
      stop?.();
      stopFacts?.();
    };
  }, [store]);
  // The other views, the pack chooser and each theme's "why this matters" and the glossary follow
  // the first paint; a view or a missing pack asked for now loads now.
  const elsewhere = state.view !== 'checklist';
  const views = useLater(loadViews, elsewhere, null);
  const PackSection = useLater(loadPackSection, elsewhere || state.missingPack !== null, null);
  const extras = useLater(loadExtras, false, state.pack.id);
  const { actions } = store;
  return (
    <SidePanel
      {...state}
      PageSection={PageSection}
      page={page}
      onOpenSettings={() => void import('../../platform/tabs').then((tabs) => tabs.openOptionsPage())}
      ResourcesView={views?.ResourcesView ?? null}
      SupervisionView={views?.SupervisionView ?? null}
      whys={extras?.whys ?? null}
      glossary={extras?.glossary ?? null}
      focus={focus}
      themeRequest={themeRequest}
      onOpenCase={actions.openCase}
      onAnswer={(id, answer) => void actions.answer(id, answer)}
      onReset={() => void actions.resetCase()}
      onForget={() => void actions.forgetCase()}
      onDismissNotice={actions.dismissNotice}
      onChooseMoment={(choice, virtual) => void actions.chooseMoment(choice, virtual)}
      onShowView={(view) => void actions.showView(view)}
      PackSection={PackSection}
      onCopySummary={() => loadViews().then((m) => m.copySummary(store.getState()))}
      onPrintSummary={() => void loadViews().then((m) => m.printSummary(store.getState()))}
    />
  );
}

const root = document.getElementById('app');
// Render once stored answers are in, so the first thing shown is the practitioner's case.
void store.actions.start().finally(() => {
  performance.mark('pause-point:data-read');
  if (root) render(<ConnectedPanel store={store} />, root);
  // The benchmark reads this mark: the stored case is on screen and answers can be given.
  performance.mark('pause-point:interactive');
});
addEventListener('pagehide', () => store.actions.stop());
