/**
 * The partnership report: an extension page of its own, reached from Settings and Pack studio.
 * Observable Plot loads with the first chart (components/report/PlotChart.tsx).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReportView } from '../../components/report/ReportView';
import type { Pack } from '../../core/pack/schema';
import { downloadText } from '../../platform/download';
import { cachedPack, listPacks } from '../../store/pack-storage';
import '../../components/panel.css';
import './report.css';

function Report() {
  const [packs, setPacks] = useState<Map<string, Pack> | null>(null);
  useEffect(() => {
    void listPacks().then(async (list) => {
      const found = await Promise.all(list.packs.map((p) => cachedPack(p.id)));
      setPacks(new Map(found.flatMap((p) => (p ? [[p.id, p] as const] : []))));
    });
  }, []);
  useEffect(() => {
    if (packs) requestAnimationFrame(() => performance.mark('pause-point:interactive'));
  }, [packs]);
  if (!packs) return <main class="panel report" aria-busy="true" />;
  return (
    <ReportView
      packs={packs}
      onSaveCsv={(fileName, text) => downloadText(fileName, text, 'text/csv')}
      onPrint={() => window.print()}
      // The benchmark's mark: every file opened is read and the report drawn.
      onRead={() => requestAnimationFrame(() => performance.mark('pause-point:report-read'))}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Report />, root);
