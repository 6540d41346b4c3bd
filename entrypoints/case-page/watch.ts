/**
 * Runs on an enabled case-system page. Finds the case reference by the site's rule and the
 * pack's cue words in the visible text and in the note being typed, and tells the extension
 * only those: the reference, theme ids and the pack's own cue terms. It never changes the
 * page, never sends or keeps page or typed text, and never holds the page up: it reads in
 * slices of a few milliseconds when the browser is idle (page-reader.ts), reads again only
 * what changed, at most about once a second (scan-timer.ts), and a typed note once typing
 * pauses (typed-notes.ts).
 */
import { browser } from 'wxt/browser';
import { type CaseRule, findCaseReference, type PageFacts } from '../../core/case-rules';
import { compileCues, findCues } from '../../core/cues';
import type {
  CasePageHelloReply,
  CasePageMessage,
  CasePageReportReply,
  PageCues,
  ToCasePage,
} from '../../core/messages';
import { answerMessages, sendToExtension } from '../../platform/messaging';
import { pageReader } from './page-reader';
import { unionOfRaised } from './raised';
import { scanTimer } from './scan-timer';
import { typedNotes } from './typed-notes';

/** Longest one slice of reading runs: far under the 50 ms that makes a long task. */
export const SLICE_MS = 4;
/** How often a long read tells what it has found so far. */
const PROGRESS_MS = 250;
/** How soon a report lost on its way to the extension is sent again. */
const RETRY_MS = 1000;
/** Longest a slice waits for the browser to be idle; a busy page may never be. */
const IDLE_TIMEOUT_MS = 250;

const RUNNING = Symbol.for('pause-point.case-page');
function pageFacts(): PageFacts {
  return {
    url: location.href,
    title: document.title,
    textOf(selector) {
      try {
        return document.querySelector(selector)?.textContent ?? null;
      } catch {
        return null; // not a valid selector
      }
    },
  };
}

/**
 * The script's state in this page, kept on the page's script world so that a second start
 * (registered, and started in an already open tab) sees the first: 'asking' while the
 * extension is asked whether the site is on, true while reading.
 */
type Running = { [RUNNING]?: 'asking' | true; [ASK_AGAIN]?: boolean };
const ASK_AGAIN = Symbol.for('pause-point.case-page.ask-again');

export function watchCasePage(): void {
  const scope = globalThis as Running;
  // Started while the first start still waits for its answer: that answer may predate the
  // site being turned on, so the extension is asked once more.
  if (scope[RUNNING] === 'asking') scope[ASK_AGAIN] = true;
  if (scope[RUNNING]) return;
  scope[RUNNING] = 'asking';
  void start();
}

/** False once the extension is updated, reloaded or removed; the script must then go quiet. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function start() {
  const scope = globalThis as Running;
  let lost = 0;
  for (;;) {
    scope[ASK_AGAIN] = false;
    const reply = (await sendToExtension({ type: 'case-page/hello' } satisfies CasePageMessage).catch(
      () => 'lost' as const,
    )) as CasePageHelloReply | 'lost' | undefined;
    if (reply !== 'lost' && reply?.enabled) {
      read(reply);
      return;
    }
    // A question lost on its way is asked again, a few times, while the extension is there.
    if (reply === 'lost' && extensionAlive() && ++lost <= 3) {
      await new Promise((wait) => setTimeout(wait, RETRY_MS));
      continue;
    }
    if (!scope[ASK_AGAIN]) break;
  }
  // A site's permission covers its whole host, so the script also starts on the pages of
  // sites that are not turned on (another port). It goes quiet there, and is not left marked
  // as running: turning that site on starts it again in the open page.
  delete scope[RUNNING];
}

/** The extension's cue lists for another pack, checked for their form before they are used. */
function isPageCues(value: unknown): value is PageCues {
  const cues = value as Partial<PageCues> | null;
  return typeof cues === 'object' && cues !== null && typeof cues.packId === 'string' && Array.isArray(cues.themes);
}

/**
 * Reads the page with one pack's cue lists until stopped. When the case found uses another
 * pack, the extension answers with that pack's lists, and the page is read again with them.
 */
function read(reply: Extract<CasePageHelloReply, { enabled: true }>) {
  const scope = globalThis as Running;
  scope[RUNNING] = true;
  const readAgainWith = (cues: PageCues) => {
    stop();
    read({ ...reply, packId: cues.packId, themes: cues.themes });
  };
  const matcher = compileCues(reply.themes);
  const find = (text: string) => findCues(matcher, text);
  const reader = pageReader({ doc: document, pack: reply.themes, find, now: () => performance.now() });
  let lastReport = '';
  let lastReportAt = Number.NEGATIVE_INFINITY;
  let lastHref = location.href;
  let stopped = false;
  /** A report sent again after it was lost, to be cancelled on stop. */
  let retry: ReturnType<typeof setTimeout> | undefined;
  /** A slice waiting to run, to be cancelled on stop. */
  let slice: { idle?: number; timeout?: ReturnType<typeof setTimeout> } | null = null;

  const report = () => {
    if (stopped) return;
    if (!extensionAlive()) {
      stop();
      return;
    }
    const message: CasePageMessage = {
      type: 'case-page/report',
      ref: findCaseReference(reply.rule, pageFacts()),
      packId: reply.packId,
      themes: unionOfRaised(reply.themes, [reader.raised(), ...notes.raised()]),
    };
    const key = JSON.stringify(message);
    if (key === lastReport) return;
    lastReport = key;
    sendToExtension(message)
      .then((answer) => {
        if (!stopped && isPageCues(answer as CasePageReportReply)) readAgainWith(answer as PageCues);
      })
      .catch(() => {
        // Gone for good when the extension was removed or updated. Otherwise the message was
        // lost on its way (the background starting again, say): it is sent again shortly, as a
        // page left reading nothing would leave the panel on the last case it was told of.
        if (!extensionAlive()) {
          stop();
          return;
        }
        lastReport = '';
        if (retry === undefined && !stopped) {
          retry = setTimeout(() => {
            retry = undefined;
            report();
          }, RETRY_MS);
        }
      });
  };

  const notes = typedNotes({
    find,
    onChange: report,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });

  /** One slice of reading, then what is known is reported, and the next slice waits its turn. */
  const readSlice = (urgent: boolean, idle?: IdleDeadline) => {
    slice = null;
    if (stopped) return;
    lastHref = location.href;
    const budget = idle && !idle.didTimeout ? Math.min(SLICE_MS, Math.max(1, idle.timeRemaining())) : SLICE_MS;
    const deadline = performance.now() + budget;
    let done = true;
    try {
      done = reader.work(deadline);
      // Frames added to the page since the last look, within the same slice: the notes typed
      // in them are read too.
      done = notes.work(deadline, () => performance.now()) && done;
      // While a long read goes on, what it has found so far is told a few times a second.
      const now = performance.now();
      if (done || urgent || now - lastReportAt >= PROGRESS_MS) {
        lastReportAt = now;
        report();
      }
    } catch {
      // Nothing a page does may throw out of a slice: the next change is read as usual.
    }
    if (!done) nextSlice(urgent);
  };

  const nextSlice = (urgent: boolean) => {
    if (stopped) return;
    // A move to another case is read straight away: the panel must not show the last child's.
    if (slice?.idle !== undefined && urgent) {
      cancelIdleCallback(slice.idle);
      slice = null;
    }
    if (slice) return;
    if (urgent || !('requestIdleCallback' in window)) {
      slice = { timeout: setTimeout(() => readSlice(urgent), 0) };
    } else {
      slice = { idle: requestIdleCallback((idle) => readSlice(false, idle), { timeout: IDLE_TIMEOUT_MS }) };
    }
  };

  const timer = scanTimer((urgent) => nextSlice(urgent), {
    now: () => performance.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  const moved = () => timer.soon();
  // Single-page case systems change the address and the record without a page load. A script
  // in this isolated world cannot see the page's history.pushState, so the address is also
  // compared on every change to the page, and by the Navigation API where the browser has it.
  const changed = (records: MutationRecord[]) => {
    reader.changed(records); // only noted here: the reading waits for its slice
    for (const record of records) if (record.addedNodes.length > 0) notes.added(record.addedNodes);
    if (location.href !== lastHref) moved();
    else timer.changed();
  };
  const observer = new MutationObserver(changed);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', moved);
  addEventListener('popstate', moved);
  addEventListener('hashchange', moved);

  const stop = () => {
    stopped = true;
    observer.disconnect();
    navigation?.removeEventListener('currententrychange', moved);
    removeEventListener('popstate', moved);
    removeEventListener('hashchange', moved);
    timer.stop();
    if (slice?.idle !== undefined) cancelIdleCallback(slice.idle);
    if (slice?.timeout !== undefined) clearTimeout(slice.timeout);
    if (retry !== undefined) clearTimeout(retry);
    notes.stop();
    stopListening();
    delete (globalThis as Running)[RUNNING];
  };

  const stopListening = answerMessages(async (raw) => {
    const message = raw as Partial<ToCasePage> | undefined;
    if (message?.type === 'case-page/stop') {
      stop();
      return true;
    }
    if (message?.type === 'case-page/find' && message.rule) {
      return { ref: findCaseReference(message.rule as CaseRule, pageFacts()) };
    }
    if (message?.type === 'case-page/cues' && isPageCues(message)) {
      readAgainWith({ packId: message.packId, themes: message.themes });
      return true;
    }
    return undefined;
  });
  // The script starts before the page is parsed (document_start costs the page nothing). It
  // starts watching once the page is parsed, not while: a watcher during parsing is told of
  // every element the parser adds, which slows a large page's load. The first look reads
  // the parsed page in slices, in idle time.
  const firstLook = () => {
    if (stopped) return;
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'role'],
    });
    reader.readAll();
    notes.watch(document);
    nextSlice(false);
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', firstLook, { once: true });
  else firstLook();
}
