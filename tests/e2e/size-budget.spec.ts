import { expect, test } from '@playwright/test';
import { sizeReport } from '../../scripts/sizes.mjs';
import { RELEASE_DIR } from './fixtures';

// Practitioners' machines are slow and locked down; what Pause Point loads must stay small.
// Budgets in KB of gzip, measured on the release build (npm run bench prints the same figures).
const BUDGETS: Record<string, number> = {
  // The goal is 25 (issue 11). It is not met: webextension-polyfill (one promise API for Chrome,
  // Edge and Firefox, issue 13) adds 2.7 KB to every page's first load, and the pack's sources
  // (issue 12) about 1 KB; 29.5 KB measured, the glossary now loading after. This guard keeps it from growing
  // while the first load is split further. Raised to 32 in December 2026, when the panel came to
  // read its store in named pieces with slices of actions (issue 19, about 0.7 KB), the Ivy pack
  // gained a short line for every question and six questions (issue 20, about 0.9 KB), and the
  // panel learned to say where a case came from beside a page that is not its own (issue 21):
  // 31.6 KB measured. Issue 19 asked for 30: not met, said so in its closing note.
  // Raised to 33.5 when each question came to show its short line with the full question one
  // step away, the moment select to follow the panel's width and the case line to name the pack
  // (issue 21, about 0.7 KB), the counter to be loaded with the first answer (issue 25, 0.3 KB)
  // and pack format 2 to be read (issue 24): 33.2 KB measured. Still not issue 19's 30.
  // Raised to 35 for issue 23 (34.7 KB measured, +1.5): each answer's wording hash and the
  // "reworded" mark, a panel that reads a pack's new version when it arrives, and a case page
  // read with its case's own pack; the update itself (core/pack-update.ts) loads only when a
  // case's pack is newer than its answers.
  // Raised to 35.5 (35.1 KB measured, +0.1): "why this matters" names each theme's review in a
  // pack of several (issue 24) and the case reference stays readable beside a long pack name
  // (issue 23). The page part now loads after the first render (issue 19): faster, not smaller.
  'side panel, first load': 35.5,
  // Loaded after the panel is interactive, or on demand: the pack's reference material, the
  // page section, site set-up, quick lookup (search and the safer sleep card), supervision and
  // the summary, and learning packs from files or policy (the full pack checks, the list of
  // packs, the chooser). Not an issue's figure: a guard so the total cannot grow unnoticed.
  // Raised from 20 when learning packs came in (24.4 KB measured), and from 26 for the print
  // tab, the storage-full messages and the sourced card (27.0 KB measured), and from 28 when every
  // stored key got one declaration (schema, fallback, watch) and the packs one cache (28.4 KB
  // measured).
  // Raised to 33.5 when the safer sleep card, glossary and sources were rewritten and checked
  // (issue 20), the policy came to be parsed once and cached (issue 22) and the pack cache
  // became one (33.0 KB measured).
  // Raised to 34.5 when every write came to refuse data from a newer version and not to bring
  // back what "Delete all data" deleted (issue 22 round three; 33.9 KB measured), then to 38 for
  // counting (issue 25): the counts' declarations and the counter, loaded with the first answer
  // (2.0 KB), and "Your practice" in the Supervision view (1.8 KB), drawn without a chart
  // library (37.3 KB measured); then to 40 once Pack studio's work (pack format 2 with several
  // reviews, governance for the About, complete resources; issue 24) was merged: 39.8 KB.
  // Raised to 41.5 for issue 23 (41.3 KB measured, +1.6): the print tab's summary written again
  // when a pack changes, the pack update, a site's start pack and each pack's source and date.
  // Raised to 43.5 (43.0 KB measured, +1.5): counts written after ticking goes quiet, under a
  // lock all pages share, and handed over when a panel closes (issue 25); pack format 3's
  // "added in" versions for the update notice and a pack's own sleep findings (issue 23); files
  // far too large refused by their size before they are read (issue 22).
  // Raised to 44 (43.51 KB measured): a refused pack's problems in plain words, not the schema
  // library's, and control characters refused in pack text (issue 22's probe, findings 6 and 7).
  'side panel, loaded later': 44,
  // 2.8 KB of webextension-polyfill and Pause Point's own: 2.7 KB until the cue matcher learned
  // capital cues, context cues and the cues inside a longer phrase, which read case records
  // far better (issue 20; 5.5 KB measured before, 6.5 KB after). Raised from 6.
  // Raised to 8.5 when the script came to read the page in small idle slices, block by block,
  // and the note being typed (issue 22 item 2, issue 20 item 6): 8.3 KB measured.
  // Raised to 9.5 when it came never to throw out of a slice (loops, not recursion, for deep
  // pages), to read a long rich-text note around the caret, and to look for frames added later
  // within its slice (issue 22 round three): 9.1 KB measured.
  'case-page script': 9.5,
  // The service worker carries the whole pack (cue lists for case pages, prompts for the badge,
  // everything for address-bar search) and the policy, retention and message checks. It loads
  // when the browser starts or wakes it, never while a page or the panel waits. Not an issue's
  // figure: a guard against it growing unnoticed. Raised from 28 when retention came to judge
  // every stored item by its declaration (28.8 KB measured), and when the Ivy cue lists grew to
  // read records as practitioners write them (issue 20; 30.8 KB measured).
  // Raised to 36.5 with the storage declarations, policy caching and cue lists together
  // (36.1 KB measured once all of December 2026's work was merged).
  // Raised to 37 when it came to forget a print job whose tab closed, retention to read far-future
  // times as now (issue 22 round three) and to judge the counts (issue 25): 36.7 KB measured.
  // Raised to 38 when address-bar search came to find explained words and pack format 2 to be
  // read (issue 24): 37.8 KB measured. Raised to 39 for issue 23 (38.6 KB measured, +0.8): each
  // case page read with its case's own pack, and a pack's new version passed on to open case
  // pages and the badge.
  // Raised to 39.5 (39.2 KB measured): pack format 3 read, and a pack's own sleep findings on
  // the card the address bar opens (issue 23).
  // Raised to 40 (39.81 KB measured): a tab's case-page reports answered in order, so a slow one
  // cannot leave the panel on the previous case; a refused pack's problems in plain words, and
  // control characters refused in pack and policy text (issue 22's probe, findings 6 and 7).
  background: 40,
  // Pack studio is a page of its own for partnerships writing a pack, never loaded by the side
  // panel. Not an issue's figure: a generous guard, so the report shows it and it cannot grow
  // far unnoticed (44.7 KB measured, most of it the form and the pack checks).
  // Raised to 69 for a partnership's year of learning (issue 24): short-line fields, lists built
  // from the questions' moments, plain-words problems, several reviews and themes brought in
  // from another pack, resources' links and dates, governance and the handout: 68.5 KB measured.
  // Raised to 70.5 for issue 23 (70.0 KB measured, +1.5): the wording hash shared with the panel
  // and the "When you reword it" choice on each question.
  // Raised to 71.5 (71.25 KB measured): "Is it new?" on each question and sleep findings kept
  // through an edit (issue 23), the preview's case line (issue 24), and a draft open in two tabs
  // taking up what the other wrote (issue 22).
  // Raised to 72 (71.76 KB measured): a refused pack's problems in plain words, and control
  // characters refused in pack text (issue 22's probe, findings 6 and 7).
  'Pack studio, first load': 72,
};

const report = sizeReport(RELEASE_DIR);

for (const [part, budget] of Object.entries(BUDGETS)) {
  test(`${part}: at most ${budget} KB gzip of JS and CSS`, () => {
    const measured = report[part];
    if (!measured) throw new Error(`No size for ${part}`);
    const kb = measured.gzip / 1024;
    expect(measured.files.length, `${part} has files`).toBeGreaterThan(0);
    expect(kb, `${part}: ${kb.toFixed(1)} KB (${measured.files.join(', ')})`).toBeLessThanOrEqual(budget);
  });
}

test('the side panel’s first load includes its styles', () => {
  expect(report['side panel, first load']?.files.some((f) => f.endsWith('.css'))).toBe(true);
});
