import { type ComponentType, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type LazyView, type PageSlotProps, type PanelFocus, SidePanel } from '../../components/SidePanel';
import { DEFAULT_CHECKLIST } from '../../content/checklists';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore, type PanelStore } from '../../store/panel-store';
import { useStoreState } from '../../store/use-store';
import '../../components/panel.css';

const store = createPanelStore({ caseStorage: createCaseStorage(), pack: DEFAULT_CHECKLIST });
// The page section's code loads beside the checklist's start, never in its way; the other
// views and the summary load when first needed.
const pageSection = import('./page').then((page) => page.createPageSection(store));
let views: Promise<typeof import('./views')> | undefined;
const loadViews = () => {
  views ??= import('./views');
  return views;
};

function ConnectedPanel({ store }: { store: PanelStore }) {
  const state = useStoreState(store);
  const [PageSection, setPageSection] = useState<ComponentType<PageSlotProps> | null>(null);
  const [lazy, setLazy] = useState<{
    resources: LazyView;
    supervision: LazyView;
    whys: Readonly<Record<string, string>> | null;
  }>({ resources: null, supervision: null, whys: null });
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  const [themeRequest, setThemeRequest] = useState<{ themeId: string; at: number } | null>(null);
  useEffect(() => {
    void pageSection.then((section) => setPageSection(() => section));
    // A shortcut, the context menu or the address bar may ask the panel to open somewhere.
    let stop: (() => void) | undefined;
    void import('../../platform/intent').then(({ takeIntents }) => {
      stop = takeIntents((intent) => {
        void store.actions.showView(intent.view);
        setFocus(intent.focus);
        if (intent.themeId) setThemeRequest({ themeId: intent.themeId, at: intent.at });
      });
    });
    return () => stop?.();
  }, [store]);
  useEffect(() => {
    // The rest of the pack follows the first paint: straight away for another view, else when idle.
    const load = () =>
      void loadViews().then((m) =>
        setLazy({ resources: m.ResourcesView, supervision: m.SupervisionView, whys: m.WHYS }),
      );
    if (state.view !== 'checklist') load();
    else requestIdleCallback(load, { timeout: 500 });
  }, [state.view]);
  const { actions } = store;
  return (
    <SidePanel
      {...state}
      PageSection={PageSection}
      ResourcesView={lazy.resources}
      SupervisionView={lazy.supervision}
      whys={lazy.whys}
      focus={focus}
      themeRequest={themeRequest}
      onOpenCase={actions.openCase}
      onAnswer={(id, answer) => void actions.answer(id, answer)}
      onReset={() => void actions.resetCase()}
      onForget={() => void actions.forgetCase()}
      onDismissNotice={actions.dismissNotice}
      onChooseMoment={(choice, virtual) => void actions.chooseMoment(choice, virtual)}
      onShowView={(view) => void actions.showView(view)}
      onCopySummary={() => loadViews().then((m) => m.copySummary(store.getState()))}
      onPrintSummary={() => void loadViews().then((m) => m.printSummary(store.getState()))}
    />
  );
}

const root = document.getElementById('app');
// Render once stored answers are in, so the first thing shown is the practitioner's case.
void store.actions.start().finally(() => {
  if (root) render(<ConnectedPanel store={store} />, root);
  // The benchmark reads this mark: the stored case is on screen and answers can be given.
  performance.mark('pause-point:interactive');
});
addEventListener('pagehide', () => store.actions.stop());
