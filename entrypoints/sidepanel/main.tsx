import { type ComponentType, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  type LazyView,
  type PackExtras,
  type PackSlotProps,
  type PageFacts,
  type PageSlotProps,
  type PanelFocus,
  SidePanel,
} from '../../components/SidePanel';
import { DEFAULT_CHECKLIST } from '../../content/checklists';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore, type PanelStore } from '../../store/panel-store';
import { useStoreState } from '../../store/use-store';
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

function ConnectedPanel({ store }: { store: PanelStore }) {
  const state = useStoreState(store);
  const [PageSection, setPageSection] = useState<ComponentType<PageSlotProps> | null>(null);
  const [page, setPage] = useState<PageFacts | null>(null);
  const [PackSection, setPackSection] = useState<ComponentType<PackSlotProps> | null>(null);
  const [lazy, setLazy] = useState<{ resources: LazyView; supervision: LazyView }>({
    resources: null,
    supervision: null,
  });
  const [extras, setExtras] = useState<{ packId: string; extras: PackExtras } | null>(null);
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
  useEffect(() => {
    // The rest of the pack follows the first paint: straight away for another view, else when idle.
    const load = () => {
      void loadViews().then((m) => setLazy({ resources: m.ResourcesView, supervision: m.SupervisionView }));
      void loadPackSection().then((section) => setPackSection(() => section));
    };
    if (state.view !== 'checklist') load();
    else requestIdleCallback(load, { timeout: 500 });
  }, [state.view]);
  useEffect(() => {
    if (state.missingPack) void loadPackSection().then((section) => setPackSection(() => section));
  }, [state.missingPack]);
  useEffect(() => {
    // Each theme's "why this matters" and the glossary come with the rest of the open case's pack.
    const packId = state.pack.id;
    const load = () =>
      void loadViews()
        .then((m) => m.referenceOf(packId))
        .then((found) => setExtras(found ? { packId, extras: found } : null));
    requestIdleCallback(load, { timeout: 500 });
  }, [state.pack.id]);
  const { actions } = store;
  return (
    <SidePanel
      {...state}
      PageSection={PageSection}
      page={page}
      onOpenSettings={() => void import('../../platform/tabs').then((tabs) => tabs.openOptionsPage())}
      ResourcesView={lazy.resources}
      SupervisionView={lazy.supervision}
      whys={extras?.packId === state.pack.id ? extras.extras.whys : null}
      glossary={extras?.packId === state.pack.id ? extras.extras.glossary : null}
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
