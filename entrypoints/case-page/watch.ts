/**
 * Runs on an enabled case-system page. Finds the case reference by the site's rule and the
 * pack's cue words in the visible text, and tells the extension only those: the reference,
 * theme ids and the pack's own cue terms. It never changes the page, never sends or keeps
 * page text, and does its work in idle time, at most about once a second (see scan-timer.ts),
 * on at most MAX_SCAN_CHARS characters.
 */
import { browser } from 'wxt/browser';
import { type CaseRule, findCaseReference, type PageFacts } from '../../core/case-rules';
import { compileCues, findCues } from '../../core/cues';
import type { CasePageHelloReply, CasePageMessage, ToCasePage } from '../../core/messages';
import { answerMessages, sendToExtension } from '../../platform/messaging';
import { pageText } from './page-text';
import { scanTimer } from './scan-timer';

/** Longest a read waits for the browser to be idle; a busy page may never be. */
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

export function watchCasePage(): void {
  // The script can be started twice (registered, and started in an already open tab).
  const scope = globalThis as { [RUNNING]?: boolean };
  if (scope[RUNNING]) return;
  scope[RUNNING] = true;
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
  const reply = (await sendToExtension({ type: 'case-page/hello' } satisfies CasePageMessage).catch(() => undefined)) as
    | CasePageHelloReply
    | undefined;
  if (!reply?.enabled) return;
  const matcher = compileCues(reply.themes);
  let lastReport = '';
  let lastHref = location.href;
  let stopped = false;

  const scan = () => {
    if (stopped) return;
    if (!extensionAlive()) {
      stop();
      return;
    }
    lastHref = location.href;
    const report: CasePageMessage = {
      type: 'case-page/report',
      ref: findCaseReference(reply.rule, pageFacts()),
      themes: findCues(matcher, pageText(document.body)),
    };
    const key = JSON.stringify(report);
    if (key === lastReport) return;
    lastReport = key;
    sendToExtension(report).catch(stop);
  };

  const timer = scanTimer(
    (urgent) => {
      // A move to another case is read straight away: the panel must not show the last child's.
      if (urgent || !('requestIdleCallback' in window)) scan();
      else requestIdleCallback(scan, { timeout: IDLE_TIMEOUT_MS });
    },
    {
      now: () => performance.now(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    },
  );
  const moved = () => timer.soon();
  // Single-page case systems change the address and the record without a page load. A script
  // in this isolated world cannot see the page's history.pushState, so the address is also
  // compared on every change to the page, and by the Navigation API where the browser has it.
  const changed = () => {
    if (location.href !== lastHref) moved();
    else timer.changed();
  };
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
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
    stopListening();
    delete (globalThis as { [RUNNING]?: boolean })[RUNNING];
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
    return undefined;
  });
  // The script starts before the page is parsed (document_start costs the page nothing); the
  // first look waits for the page to be read, then for the browser to be idle.
  const firstLook = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(scan, { timeout: 1000 });
    else setTimeout(scan, 0);
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', firstLook, { once: true });
  else firstLook();
}
