/**
 * The side panel's state, as the store holds it, and the shared means its slices use: a save
 * queue, the panel's place, and finding a case's pack. Each slice (cases, packs, view) adds
 * its own actions on top; store/panel-store.ts puts them together.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { CaseIndex } from '../../core/case-index';
import { type CaseChecklist, emptyChecklist } from '../../core/checklist';
import { caseMoment, type MomentChoice } from '../../core/moments';
import type { PackInfo } from '../../core/pack/info';
import type { PackChecklist } from '../../core/pack/schema';
import type { PanelView } from '../../core/stored';
import type { CaseStorage } from '../case-storage';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** What the panel knows of the page beside it. */
export interface PageCase {
  /** The tab the panel follows. */
  tabId: number;
  /** Whether Pause Point reads that page (its site is turned on). */
  readable: boolean;
  /** The case reference found on the page, where it reads one. */
  ref: string | null;
  /** Ids of the themes the page raises. */
  raised: readonly string[];
  /**
   * The pack the page's case uses (its own, or the one a new case on that site starts with),
   * whose themes `raised` are; null when not known.
   */
  packId: string | null;
}

/** Where the open case came from, so the panel can say so when the page beside it shows another. */
export type CaseSource = { kind: 'page'; tabId: number } | { kind: 'typed' } | { kind: 'last-time' };

/** Where a shortcut, the context menu or the address bar asks the panel to put the practitioner. */
export type PanelFocus = 'search' | 'safer-sleep-card';

export interface PanelState {
  status: 'loading' | 'ready' | 'failed';
  /** The open case's learning pack (the one a new case starts with while it has no answers). */
  pack: PackChecklist;
  /** The pack new cases start with: the built-in one, or the organisation's choice. */
  defaultPack: PackChecklist;
  /** Every pack on this device, for choosing one per case; null until the list has loaded. */
  packs: PackInfo[] | null;
  /** The id of the open case's pack when that pack is not on this device. */
  missingPack: string | null;
  openRef: string | null;
  /**
   * True from opening a case until its answers and its pack are in: no answer is taken
   * meanwhile, so a tick can never land on the case with the previous case's pack.
   */
  opening: boolean;
  /** The open case's answers; an empty checklist until the first answer is saved. */
  checklist: CaseChecklist | null;
  index: CaseIndex;
  notice: Notice | null;
  view: PanelView;
  /** The moment last chosen in any case: a case with no moment of its own opens on it. */
  lastMoment: MomentChoice;
  /** The page beside the panel: its case and themes where Pause Point reads it; null until known. */
  page: PageCase | null;
  /** Where the open case came from. */
  caseFrom: CaseSource | null;
  /** Looking at every prompt (from a raised theme) without changing the case's moment. */
  browsing: boolean;
  /** The open case's pack chooser is open (from the pack's name on the case line). */
  choosingPack: boolean;
  /** The themes open in "All prompts". */
  expanded: ReadonlySet<string>;
  /** A theme to bring into view and focus, once it is drawn. */
  jumpTo: string | null;
  /** Set when the case heading should take the focus (a case opened from the panel); `at` tells requests apart. */
  focusCaseAt: number | null;
  /**
   * Where an outside request puts the keyboard (the search box, the safer sleep card); `at` tells
   * requests apart, so a second Alt+Shift+2 with the panel open moves the keyboard again.
   */
  focus: { to: PanelFocus; at: number } | null;
}

/** The moment a case is shown at: its own, else the one last used. */
export function momentOf(state: Pick<PanelState, 'checklist' | 'lastMoment' | 'pack'>): MomentChoice {
  return caseMoment(state.checklist?.view, state.lastMoment, state.pack).moment;
}

/**
 * Whether the open case is kept on this device. A case that was only looked at (followed from
 * the page, or typed in) is not: no list of references someone merely viewed is kept.
 */
export function isStored(state: Pick<PanelState, 'openRef' | 'index'>): boolean {
  return state.openRef !== null && (state.index[state.openRef] ?? 0) > 0;
}

/**
 * Whether an answer can be taken now: a case is open, its answers and pack are in, the pack
 * is on this device, and it is the pack the answers were given with.
 */
export function canAnswer(state: PanelState): state is PanelState & { openRef: string } {
  return (
    state.openRef !== null &&
    state.status !== 'failed' &&
    !state.opening &&
    state.missingPack === null &&
    (state.checklist === null || state.checklist.packId === state.pack.id)
  );
}

/** The open case's checklist, or an empty one for it with the pack shown. */
export function checklistOf(state: PanelState & { openRef: string }): CaseChecklist {
  return state.checklist ?? emptyChecklist(state.openRef, state.pack.id, state.pack.version);
}

/** What every slice of the panel store works with. */
export interface PanelKit {
  store: StoreApi<PanelState>;
  caseStorage: CaseStorage;
  now: () => number;
  /** Queues a write; `what` names it if it cannot be saved, `undo` takes it back off the screen. */
  save(write: () => Promise<void>, what?: string, undo?: () => void): Promise<void>;
  /** Writes the panel's place (open case once stored, view, moment) when it has changed. */
  savePanel(): Promise<void>;
  /** A pack by id: one already in memory, or from this device; null when it is not here. */
  findPack(id: string): Promise<PackChecklist | null>;
  /** A pack by id read from this device now, never from memory; null when it is not here. */
  loadPack(id: string): Promise<PackChecklist | null>;
  /** Shows the case with the pack its answers were given with, or says that pack is missing. */
  followPack(ref: string, checklist: CaseChecklist | null): Promise<void>;
  /**
   * Brings the open case's answers up to its pack's version, once: answers whose question
   * changed meaning are cleared, and the update is told in one line.
   */
  bringUpToDate(ref: string): Promise<void>;
  /** Shows a problem reading storage, if there was one. */
  report(problem: string | null): void;
  /** Told of each answer once it is saved (counting, core/counting.ts); loads its own code. */
  answered?(answer: AnsweredCase): void;
}

/** An answer just saved, for counting: the case as it now is, its pack, and where it was given. */
export interface AnsweredCase {
  checklist: CaseChecklist;
  pack: PackChecklist;
  moment: MomentChoice;
  virtual: boolean;
  /** The question just answered, counted even when it is not on the moment's list (looked at from a theme). */
  promptId: string;
  now: number;
}
