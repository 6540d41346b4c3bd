import { render } from 'preact';
import type { PrintJob } from '../../core/messages';
import { takeWholePrintJob } from '../../platform/print';
import '../../components/panel.css';

/** The summary opened from the side panel's Print button, with the print dialog on top. */
function Summary({ text, updated }: { text: string | null; updated?: string | null }) {
  if (text === null) {
    return (
      <main class="panel summary-page">
        <h1>Nothing to print</h1>
        <p>This summary was printed already, or the browser was closed since. Choose Print in the side panel again.</p>
      </main>
    );
  }
  return (
    <main class="panel summary-page">
      <div class="form-actions no-print">
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" class="secondary" onClick={() => close()}>
          Close
        </button>
      </div>
      <p role="status" class="no-print">
        {updated}
      </p>
      <h1 class="visually-hidden">Case summary</h1>
      <pre class="print-summary">{text}</pre>
    </main>
  );
}

/**
 * Writes the summary again whenever the case's pack changes (a new version added, replaced or
 * changed by policy) or its answers do, so the page never shows another version than the panel.
 */
async function keepCurrent(job: PrintJob, show: (text: string, updated: string | null) => void) {
  const source = job.source;
  if (!source) return;
  const [{ cachedPack, watchPackChanges }, { summaryText }, { CASES }, { getStored }] = await Promise.all([
    import('../../store/pack-storage'),
    import('../../core/summary'),
    import('../../core/stored'),
    import('../../platform/stored'),
  ]);
  let shownVersion: string | null = null;
  const rewrite = async () => {
    const [pack, { checklist }] = await Promise.all([
      import('../../content').then(({ BUILT_IN_PACKS }) => {
        const builtIn = BUILT_IN_PACKS.find((p) => p.id === source.packId);
        return builtIn ?? cachedPack(source.packId);
      }),
      getStored(CASES, source.ref),
    ]);
    if (!pack) return;
    const text = summaryText({ ...source, pack, checklist, now: new Date() });
    const changed = shownVersion !== null && shownVersion !== pack.version;
    shownVersion = pack.version;
    show(text, changed ? `Written again with version ${pack.version} of “${pack.title}”. Print it again.` : null);
  };
  await rewrite();
  const stop = watchPackChanges(() => void rewrite());
  addEventListener('pagehide', stop);
}

const root = document.getElementById('app');
void takeWholePrintJob().then((job) => {
  if (!root) return;
  render(<Summary text={job?.text ?? null} />, root);
  if (job === null) return;
  print();
  void keepCurrent(job, (text, updated) => render(<Summary text={text} updated={updated} />, root));
});
