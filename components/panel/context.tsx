/**
 * How the side panel's components reach its store and its shell, as preact-devtools' view does:
 * the shell (entrypoints/sidepanel/main.tsx) creates the store and renders once inside
 * <PanelProvider>; every piece reads state and actions through usePanel(). Components never call
 * the browser: what needs it (settings, copy, print, the parts that load later) comes from the shell.
 */
import { type ComponentChildren, type ComponentType, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GlossaryEntry } from '../../core/pack/schema';
import type { PanelActions, PanelState, PanelStore } from '../../store/panel-store';
import { useStoreState } from '../use-store';

/** The parts of a pack that load a moment after the checklist. */
export interface PackExtras {
  whys: Readonly<Record<string, string>>;
  /** In a pack of several reviews, the title of the review each theme comes from (core/pack/sources' themeReviews). */
  reviews: Readonly<Record<string, string>>;
  glossary: readonly GlossaryEntry[];
}

/** What the shell gives the panel: the store, the parts whose code loads later, and browser services. */
export interface PanelShell {
  store: PanelStore;
  /** The section about the page beside the panel (following, raised themes, the site). */
  pagePart(): Promise<ComponentType>;
  /** Choosing the open case's pack, and what to do when it is missing. */
  packPart(): Promise<ComponentType>;
  resourcesView(): Promise<ComponentType>;
  supervisionView(): Promise<ComponentType>;
  /** Each theme's "why this matters" and the glossary, for a pack by "id@version". */
  extrasOf(packKey: string): Promise<PackExtras | null>;
  openSettings(): void;
  /** Copies the open case's summary for the moment shown; true once it is on the clipboard. */
  copySummary(): Promise<boolean>;
  /** Prints the same summary (or saves it as PDF). */
  printSummary(): void;
}

const PanelContext = createContext<PanelShell | null>(null);

export function PanelProvider({ shell, children }: { shell: PanelShell; children: ComponentChildren }) {
  return <PanelContext.Provider value={shell}>{children}</PanelContext.Provider>;
}

/** The panel's state (re-rendering on change), its actions and its shell. */
export function usePanel(): { state: PanelState; actions: PanelActions; shell: PanelShell } {
  const shell = useContext(PanelContext);
  if (!shell) throw new Error('usePanel() needs a <PanelProvider> above it.');
  const state = useStoreState(shell.store);
  return { state, actions: shell.store.actions, shell };
}
