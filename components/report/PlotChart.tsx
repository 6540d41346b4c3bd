import { useEffect, useRef } from 'preact/hooks';

type PlotModule = typeof import('@observablehq/plot');

/** Observable Plot, loaded the first time a chart is drawn: never with any page's first load. */
let plot: Promise<PlotModule> | undefined;
const loadPlot = () => {
  plot ??= import('@observablehq/plot');
  return plot;
};

/** Charts are drawn one at a time, each in a task of its own, so the page stays responsive. */
let queue: Promise<void> = Promise.resolve();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A chart drawn by Observable Plot. It is a picture of the table beside it, which carries the
 * same figures for anyone who cannot see it. Plot's own style element is taken out before the
 * chart is shown (the extension's pages allow only their own style sheets; report.css has the
 * same rules).
 */
export function PlotChart({ label, draw }: { label: string; draw(plot: PlotModule): SVGSVGElement | HTMLElement }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    queue = queue.then(async () => {
      const module = await loadPlot();
      await nextTask();
      if (!current || !host.current) return;
      const chart = draw(module);
      for (const style of chart.querySelectorAll('style')) style.remove();
      // The chart is one picture with one name; Plot's names for its parts would be read out one by one.
      for (const part of chart.querySelectorAll('[aria-label], [aria-description]')) {
        part.removeAttribute('aria-label');
        part.removeAttribute('aria-description');
      }
      chart.setAttribute('role', 'img');
      chart.setAttribute('aria-label', label);
      host.current.replaceChildren(chart);
    });
    return () => {
      current = false;
    };
  }, [label, draw]);
  return <div class="plot-chart" ref={host} />;
}
