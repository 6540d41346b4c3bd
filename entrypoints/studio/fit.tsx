/**
 * The honest fit check: each moment's short list drawn by the side panel itself (SidePanel, its
 * store, the case line a practitioner with this pack and Ivy sees), in frames the size of the
 * panel, and the questions whose line ends below the frame counted. Wiring only: the studio's
 * components get it as a slot.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PackSection } from '../../components/PackSection';
import { PanelProvider, type PanelShell } from '../../components/panel/context';
import { SidePanel } from '../../components/SidePanel';
import { useStoreState } from '../../components/use-store';
import { MOMENTS } from '../../core/moments';
import type { DraftPack } from '../../core/pack/edit';
import { FIT_SIZES, fitText, type MomentFit } from '../../core/pack/fit';
import { type PackInfo, packInfo } from '../../core/pack/info';
import type { PackChecklist } from '../../core/pack/schema';
import { themeReviews } from '../../core/pack/sources';
import type { CaseStorage } from '../../store/case-storage';
import { createPanelStore, type PanelStore } from '../../store/panel-store';

/** Case storage that keeps nothing: the fit check's case is only shown. */
const NOTHING_KEPT: CaseStorage = {
  migrate: async () => ({ ok: true }),
  loadStart: async () => ({ ok: true, panel: { openCase: null, view: 'checklist' }, index: {}, problems: [] }),
  loadCase: async () => ({ checklist: null, problem: null }),
  keepDamaged: async () => {},
  saveCase: async () => {},
  saveIndex: async () => {},
  savePanel: async () => {},
  forgetCase: async () => {},
  watch: () => () => {},
};

const frames = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

/** Waits until `ready` holds, a frame at a time, for at most about a second. */
async function until(ready: () => boolean) {
  for (let i = 0; i < 60 && !ready(); i++) await frames();
}

function shellOf(store: PanelStore, pack: DraftPack): PanelShell {
  const nothing = async () => () => null;
  return {
    store,
    pagePart: nothing,
    packPart: async () => () => <ChooserPart store={store} />,
    resourcesView: nothing,
    supervisionView: nothing,
    extrasOf: async () => ({
      whys: Object.fromEntries(pack.themes.map((t) => [t.id, t.why])),
      reviews: themeReviews(pack),
      glossary: pack.glossary ?? [],
    }),
    openSettings: () => {},
    copySummary: async () => false,
    printSummary: () => {},
  };
}

/**
 * The panel's pack chooser, as the panel's pack part draws it (entrypoints/sidepanel/packs.tsx):
 * only once asked for from the pack's name on the case line. The list is measured as a
 * practitioner first sees it, the case line naming the pack and no chooser row above the questions.
 */
function ChooserPart({ store }: { store: PanelStore }) {
  const { packs, openRef, pack, choosingPack, missingPack } = useStoreState(store);
  if (openRef === null || (!choosingPack && missingPack === null)) return null;
  return (
    <PackSection
      caseRef={openRef}
      currentId={pack.id}
      missing={false}
      answered={0}
      onChosen={() => {}}
      packs={packs ?? []}
      onChoose={() => {}}
      onOpenSettings={() => {}}
    />
  );
}

/** Measures every moment's list at every size. */
async function measure(
  pack: DraftPack,
  devicePacks: readonly PackInfo[],
  host: HTMLElement,
): Promise<Map<string, MomentFit>> {
  const checklist = { ...pack, id: pack.id || 'draft' } as unknown as PackChecklist;
  // The packs a practitioner has once this one is added: it, and the rest of this browser's.
  const packs = [packInfo(checklist, 'added'), ...devicePacks.filter((p) => p.id !== checklist.id)];
  const lists = MOMENTS.filter((m) => pack.moments?.some((list) => list.id === m.id && list.promptIds.length > 0));
  const below = new Map<string, number[]>(lists.map((m) => [m.id, []]));
  for (const size of FIT_SIZES) {
    const frame = document.createElement('div');
    frame.className = 'fit-frame';
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    host.append(frame);
    const store = createPanelStore({ caseStorage: NOTHING_KEPT, pack: checklist });
    await store.actions.start();
    await store.actions.setPacks(packs, checklist.id);
    await store.actions.openCase('FIT-CHECK');
    render(
      <PanelProvider shell={shellOf(store, pack)}>
        <SidePanel />
      </PanelProvider>,
      frame,
    );
    // The case line names the pack once the panel knows there is more than one.
    if (packs.length > 1) await until(() => frame.querySelector('.case-pack') !== null);
    for (const moment of lists) {
      await store.actions.chooseMoment(moment.id, false);
      await until(() => frame.querySelector('.moment-list .prompt') !== null);
      await frames();
      const fold = frame.getBoundingClientRect().top + size.height;
      const items = [...frame.querySelectorAll<HTMLElement>('.moment-list .prompt')];
      below.get(moment.id)?.push(items.filter((item) => item.getBoundingClientRect().bottom > fold + 0.5).length);
    }
    render(null, frame);
    store.actions.stop();
    frame.remove();
  }
  return new Map([...below].map(([id, counts]) => [id, { below: counts }]));
}

/** The fit check's part of the studio: a button, and what it found for each moment. */
export function FitCheck({ pack, packs }: { pack: DraftPack; packs: readonly PackInfo[] }) {
  const [found, setFound] = useState<{ pack: DraftPack; fits: Map<string, MomentFit> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [host, setHost] = useState<HTMLElement | null>(null);
  const current = found?.pack === pack;
  return (
    <section aria-labelledby="fit-heading" class="studio-fit">
      <h2 id="fit-heading">Fit check</h2>
      <p class="hint">
        Each moment’s list, drawn by the side panel itself with the case line above it (naming the pack, as it does
        beside Ivy), at 360×585 (Chromium’s side panel on a 1280×720 screen), 240×600 (Firefox’s sidebar) and 400×740.
      </p>
      <div class="form-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            if (!host) return;
            setBusy(true);
            void measure(pack, packs, host)
              .then((fits) => setFound({ pack, fits }))
              .finally(() => setBusy(false));
          }}
        >
          Check the fit
        </button>
      </div>
      <div role="status">
        {busy
          ? 'Checking…'
          : found && (
              <>
                {!current && <p class="hint">The pack has changed since this check: check again.</p>}
                {found.fits.size === 0 ? (
                  <p>No short lists to check yet.</p>
                ) : (
                  <ul aria-label="Fit of each short list">
                    {MOMENTS.filter((m) => found.fits.has(m.id)).map((m) => {
                      const fit = found.fits.get(m.id) ?? { below: [] };
                      const fits = fit.below.every((n) => n === 0);
                      return (
                        <li key={m.id} class={fits ? undefined : 'field-error'}>
                          {m.title}: {fitText(fit)}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </>
            )}
      </div>
      <div class="fit-frames" aria-hidden="true" inert ref={setHost} />
    </section>
  );
}
