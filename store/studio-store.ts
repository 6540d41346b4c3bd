/**
 * Pack studio's state: the draft open for editing, the drafts kept in this browser, and
 * saving. The draft is written to storage a moment after each change, so closing the tab
 * loses nothing. Browser calls come in as dependencies: the store is tested with fakes.
 */
import { produce } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DRAFT_DELETED_ELSEWHERE,
  FULL_OF_DRAFTS_ADVICE,
  MAX_DRAFTS,
  newDraftId,
  type OpenDraft,
  type StoredDraft,
  TOO_MANY_DRAFTS,
} from '../core/drafts';
import { bringThemesIn } from '../core/pack/combine';
import {
  blankPack,
  type DraftPack,
  draftForSave,
  type OverLimit,
  overLimits,
  packFingerprint,
  packOfDraft,
  readDraftPack,
} from '../core/pack/edit';
import { MAX_PACK_BYTES, PACK_TOO_LARGE, type PackCheck, readPackObject, utf8Length } from '../core/pack/file';
import type { PackInfo } from '../core/pack/info';
import { PACK_LIMITS, type Pack } from '../core/pack/schema';
import { isStorageFull, notSavedText } from '../core/storage-full';
import type { DraftSummary, DraftsListener } from './draft-storage';

export interface StudioDeps {
  listDrafts(): Promise<DraftSummary[]>;
  loadDraft(id: string): Promise<OpenDraft | null>;
  /** `kept`: the draft was kept before, so finding it gone means it was deleted elsewhere. */
  saveDraft(id: string, draft: StoredDraft, options?: { kept?: boolean }): Promise<void>;
  removeDraft(id: string): Promise<void>;
  listPacks(): Promise<PackInfo[]>;
  /** A pack on this device, whole, with its cue lists. */
  loadPack(id: string): Promise<Pack | null>;
  /** The ids a pack from a file may not use (built-in and the organisation's packs). */
  reservedIds(): Promise<ReadonlySet<string>>;
  /** The same check a pack file meets when added on the settings page. */
  checkFile(text: string, byteLength: number): Promise<PackCheck>;
  addPack(pack: Pack): Promise<void>;
  download(fileName: string, text: string): void;
  now(): number;
  /** Calls `listener` when drafts change in any tab, with the ids removed; returns the unsubscribe. */
  watchDrafts?(listener: DraftsListener): () => void;
}

interface EditingDraft {
  id: string;
  startedAt: number;
  pack: DraftPack;
  savedFingerprint?: string;
}

export interface StudioState {
  ready: boolean;
  drafts: DraftSummary[];
  packs: PackInfo[];
  reservedIds: ReadonlySet<string>;
  open: EditingDraft | null;
  /** What the last save or add did, or why it could not. */
  said: { ok: boolean; text: string } | null;
  /** A problem with starting a draft (a file that is not a pack, say). */
  startProblem: string | null;
  /** A calm word about something done elsewhere: the open draft was deleted in another tab, say. */
  note: string | null;
  /** Another pack to bring themes in from, once chosen, with what came of the last bringing in. */
  other: { pack: Pack } | null;
  otherSaid: { ok: boolean; text: string } | null;
  /** Chooses a pack in this browser to bring themes in from. */
  chooseOther(packId: string): Promise<void>;
  /** Chooses a pack file to bring themes in from (read tolerantly, as a file opened to edit is). */
  /** `null`: the file was too large to read (file-text.ts). */
  chooseOtherFile(text: string | null): void;
  /** Brings the chosen themes of the other pack into the open draft, each with its review. */
  bringIn(themeIds: readonly string[]): void;
  refresh(): Promise<void>;
  startBlank(): void;
  startCopy(packId: string): Promise<void>;
  /** `null`: the file was too large to read (file-text.ts). */
  startFromFile(text: string | null): void;
  openDraft(id: string): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  /**
   * Changes the open draft: `edit` changes the draft it is given, and the next draft copies
   * only what the edit touched (immer), so a key costs the same in a small pack and a large one.
   */
  change(edit: (pack: DraftPack) => void): void;
  close(): Promise<void>;
  saveFile(): Promise<void>;
  addToBrowser(): Promise<void>;
  /** Writes the open draft now, rather than a moment after the last change. */
  flush(): Promise<void>;
  /** Starts hearing drafts written or deleted in other tabs; returns the unsubscribe. */
  watch(): () => void;
}

export type StudioStore = StoreApi<StudioState>;

/** How long after the last change the draft is written: typing does not write every key. */
const WRITE_DELAY_MS = 400;

/** A kept draft, as the studio edits it. */
function editing(id: string, draft: OpenDraft): EditingDraft {
  return {
    id,
    startedAt: draft.stored.startedAt,
    pack: draft.pack,
    ...(draft.stored.savedFingerprint ? { savedFingerprint: draft.stored.savedFingerprint } : {}),
  };
}

/** Why a file or draft far beyond a pack's limits is not opened, in plain words. */
function overLimitText(kind: 'file' | 'draft', over: OverLimit): string {
  const text = `This ${kind} has ${over.count} ${over.what}, far more than the ${over.most} a pack can hold, so Pack studio does not open it.`;
  return kind === 'draft' ? `${text} You can delete it below.` : text;
}

export function createStudioStore(deps: StudioDeps): StudioStore {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  /** Drafts this tab has seen kept in storage: one of them found gone was deleted elsewhere. */
  const kept = new Set<string>();
  /** When this tab last wrote each draft: a draft written at another time was written elsewhere. */
  const wroteAt = new Map<string, number>();

  const store = createStore<StudioState>()((set, get) => {
    const write = (): Promise<void> => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const open = get().open;
      if (!open) return writing;
      const stored: StoredDraft = {
        startedAt: open.startedAt,
        updatedAt: deps.now(),
        packText: JSON.stringify(open.pack),
        ...(open.savedFingerprint === undefined ? {} : { savedFingerprint: open.savedFingerprint }),
      };
      wroteAt.set(open.id, stored.updatedAt);
      writing = writing
        .then(async () => {
          // Closed since (deleted elsewhere, say): a save queued before then writes nothing.
          if (get().open?.id !== open.id) return;
          await deps.saveDraft(open.id, stored, { kept: kept.has(open.id) });
          kept.add(open.id);
        })
        .catch((error: unknown) => {
          // Deleted in another tab or by "Delete all data" while this save was on its way.
          if (error instanceof Error && error.message === DRAFT_DELETED_ELSEWHERE) {
            if (get().open?.id === open.id) closeDeleted(open);
            return;
          }
          // Another tab took the last place for a draft: this one was never kept.
          if (error instanceof Error && error.message === TOO_MANY_DRAFTS) {
            if (get().open?.id === open.id) set({ open: null, said: null, startProblem: TOO_MANY_DRAFTS });
            return;
          }
          // Typing goes on in the page; the person must know the draft is not being kept.
          const text = isStorageFull(error)
            ? `Your draft was not saved: ${FULL_OF_DRAFTS_ADVICE}`
            : notSavedText('Your draft', error);
          set({ said: { ok: false, text } });
        });
      return writing;
    };
    const closeDeleted = (open: EditingDraft) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      set({
        open: null,
        said: null,
        note: `“${open.pack.title || 'Untitled pack'}” was deleted in another tab or by “Delete all data”, so it was closed here.`,
      });
    };
    /** The open draft as another tab wrote it, in place of this tab's older copy. */
    const takeUp = async (id: string, updatedAt: number) => {
      const draft = await deps.loadDraft(id).catch(() => null);
      const open = get().open;
      if (!draft || open?.id !== id || timer !== null || draft.stored.updatedAt !== updatedAt) return;
      wroteAt.set(id, updatedAt);
      set({
        open: editing(id, draft),
        note: `“${draft.pack.title || 'Untitled pack'}” was changed in another tab; this tab now shows those changes.`,
      });
    };
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void write(), WRITE_DELAY_MS);
    };
    const begin = (pack: DraftPack, savedFingerprint?: string) => {
      // A backup holds at most this many; more would make a backup that cannot be restored.
      if (get().drafts.length >= MAX_DRAFTS) {
        set({ startProblem: TOO_MANY_DRAFTS });
        return;
      }
      const now = deps.now();
      set({
        open: { id: newDraftId(now), startedAt: now, pack, ...(savedFingerprint ? { savedFingerprint } : {}) },
        said: null,
        startProblem: null,
        note: null,
      });
      void write();
    };
    /** The draft as saved, checked as a file is: the version raised first if it changed. */
    const prepare = async (): Promise<{ pack: Pack; text: string; raisedFrom: string | null } | null> => {
      const open = get().open;
      if (!open) return null;
      const next = draftForSave(open.pack, open.savedFingerprint);
      const text = `${JSON.stringify(packOfDraft(next), null, 2)}\n`;
      const checked = await deps.checkFile(text, new TextEncoder().encode(text).length);
      if (!checked.ok) {
        set({
          said: { ok: false, text: 'The pack has problems, listed at the top of the page. Fix them, then save again.' },
        });
        return null;
      }
      set({ open: { ...open, pack: next, savedFingerprint: packFingerprint(next) } });
      await write();
      return { pack: checked.pack, text, raisedFrom: next.version === open.pack.version ? null : open.pack.version };
    };
    /** "version 1.1.0" and, when saving raised it, why: the business-manager trial asked. */
    const versionText = ({ pack, raisedFrom }: { pack: Pack; raisedFrom: string | null }) =>
      raisedFrom === null
        ? `version ${pack.version}`
        : `version ${pack.version} (raised from ${raisedFrom} because the pack changed, so browsers that have ${raisedFrom} replace it)`;

    return {
      ready: false,
      drafts: [],
      packs: [],
      reservedIds: new Set(),
      open: null,
      said: null,
      startProblem: null,
      note: null,
      other: null,
      otherSaid: null,
      async chooseOther(packId) {
        const pack = await deps.loadPack(packId).catch(() => null);
        set(
          pack
            ? { other: { pack }, otherSaid: null }
            : { other: null, otherSaid: { ok: false, text: 'That pack could not be read. Choose another.' } },
        );
      },
      chooseOtherFile(text) {
        const read = text === null || text.length > MAX_PACK_BYTES ? null : readPackObject(text);
        const over = read?.ok ? overLimits(read.value) : null;
        if (!read?.ok || over) {
          const why = !read ? PACK_TOO_LARGE : !read.ok ? read.problem : overLimitText('file', over as OverLimit);
          set({ other: null, otherSaid: { ok: false, text: why } });
          return;
        }
        set({ other: { pack: readDraftPack(read.value) }, otherSaid: null });
      },
      bringIn(themeIds) {
        const other = get().other;
        if (!other || !get().open) return;
        let brought = 0;
        get().change((pack) => {
          brought = bringThemesIn(pack, other.pack, themeIds, PACK_LIMITS.themes);
        });
        const title = other.pack.title.trim() || 'the other pack';
        set({
          otherSaid:
            brought === themeIds.length
              ? {
                  ok: true,
                  text: `Brought in ${brought === 1 ? 'one theme' : `${brought} themes`} from “${title}”, with the review ${brought === 1 ? 'it comes' : 'they come'} from.`,
                }
              : {
                  ok: false,
                  text: `Brought in ${brought} of ${themeIds.length} themes from “${title}”: a pack holds at most ${PACK_LIMITS.themes} themes.`,
                },
        });
      },
      async refresh() {
        const [drafts, packs, reservedIds] = await Promise.all([
          deps.listDrafts(),
          deps.listPacks(),
          deps.reservedIds(),
        ]);
        set({ drafts, packs, reservedIds, ready: true });
      },
      startBlank() {
        begin(blankPack());
      },
      async startCopy(packId) {
        const pack = await deps.loadPack(packId);
        if (!pack) {
          set({ startProblem: 'That pack could not be read. Choose another.' });
          return;
        }
        const copy = readDraftPack(pack);
        // A pack built in or set by the organisation keeps its id; the copy needs its own.
        if (get().reservedIds.has(copy.id)) {
          copy.id = `${copy.id}-copy`;
          copy.title = `${copy.title} (copy)`.slice(0, 120);
        }
        begin(copy, packFingerprint(copy));
      },
      startFromFile(text) {
        if (text === null || utf8Length(text) > MAX_PACK_BYTES) {
          set({ startProblem: PACK_TOO_LARGE });
          return;
        }
        const read = readPackObject(text);
        if (!read.ok) {
          set({ startProblem: read.problem });
          return;
        }
        const over = overLimits(read.value);
        if (over) {
          set({ startProblem: overLimitText('file', over) });
          return;
        }
        const pack = readDraftPack(read.value);
        begin(pack, packFingerprint(pack));
      },
      async openDraft(id) {
        // A draft is outside input like any file (a backup can plant one): read whole, and
        // refused when far beyond a pack, as a file is.
        const draft = await deps.loadDraft(id).catch(() => null);
        if (!draft) {
          set({ startProblem: 'That draft could not be read.' });
          return;
        }
        const over = overLimits(draft.pack);
        if (over) {
          set({ startProblem: overLimitText('draft', over) });
          return;
        }
        kept.add(id);
        set({
          open: editing(id, draft),
          said: null,
          startProblem: null,
          note: null,
        });
      },
      async deleteDraft(id) {
        await deps.removeDraft(id);
        if (get().open?.id === id) set({ open: null });
        set({ drafts: get().drafts.filter((d) => d.id !== id) });
      },
      change(edit) {
        const open = get().open;
        if (!open) return;
        let pack: DraftPack;
        try {
          pack = produce(open.pack, edit);
        } catch {
          // The change is not made; the person must know, not find it missing later.
          set({ said: { ok: false, text: 'That change could not be made. Your draft is as it was before it.' } });
          return;
        }
        if (pack === open.pack) return;
        set({ open: { ...open, pack }, said: null, note: null });
        schedule();
      },
      async close() {
        await get().flush();
        set({ open: null, said: null, other: null, otherSaid: null });
        await get().refresh();
      },
      async saveFile() {
        const saved = await prepare();
        if (!saved) return;
        const fileName = `${saved.pack.id}-${saved.pack.version}.json`;
        deps.download(fileName, saved.text);
        set({
          said: {
            ok: true,
            text: `Saved “${saved.pack.title}”, ${versionText(saved)}, as ${fileName} in your downloads.`,
          },
        });
      },
      async addToBrowser() {
        const saved = await prepare();
        if (!saved) return;
        try {
          await deps.addPack(saved.pack);
        } catch (error) {
          set({ said: { ok: false, text: notSavedText(`“${saved.pack.title}”`, error) } });
          return;
        }
        set({
          said: {
            ok: true,
            text: `Added “${saved.pack.title}”, ${versionText(saved)}, to this browser. Choose it for a case in the side panel.`,
          },
        });
      },
      // Only what this tab changed and has not written yet: an idle tab, closed, wrote its old
      // copy over what another tab had written since.
      flush: () => (timer !== null ? write() : writing),
      watch() {
        if (!deps.watchDrafts) return () => {};
        return deps.watchDrafts((removed, written = []) => {
          const open = get().open;
          // Deleted in another tab or by "Delete all data": never written back from here.
          if (open && removed.includes(open.id)) closeDeleted(open);
          // Written in another tab: this tab takes it up, unless it has changes of its own not
          // yet written (then the later write wins, as before).
          else if (open && timer === null) {
            const there = written.find((w) => w.id === open.id);
            if (there && there.updatedAt !== wroteAt.get(open.id)) void takeUp(open.id, there.updatedAt);
          }
          void get().refresh();
        });
      },
    };
  });
  return store;
}
