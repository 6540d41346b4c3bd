/**
 * The text of a case page that the cue words are looked for in: what a practitioner can see
 * of the record itself. Left out: scripts, styles and anything hidden, and the case system's
 * own navigation, header, footer and menus, whose words ("Core group", "Safety plan",
 * "Procedures") are on every page and say nothing about this child.
 */
import { MAX_SCAN_CHARS } from '../../core/cues';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'NAV', 'MENU']);

/** Landmark and widget roles of a page's chrome rather than its content. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'toolbar', 'tablist']);

// A header or footer inside an article, section, aside or main belongs to that content (a
// record's own heading); only the page's own header and footer are chrome, as in ARIA.
const SECTIONING = 'article, aside, main, nav, section, [role="main"], [role="article"], [role="region"]';

function isChrome(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag)) return true;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  if (tag === 'HEADER' || tag === 'FOOTER') return element.parentElement?.closest(SECTIONING) == null;
  return false;
}

/**
 * Text nodes under root, without forcing the browser to lay the page out (reading innerText
 * of a large record can take a tenth of a second). Stops at MAX_SCAN_CHARS.
 */
export function pageText(root: HTMLElement | null, doc: Document = document): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isChrome(element) || element.hasAttribute('hidden')) return NodeFilter.FILTER_REJECT;
      if (element.getAttribute('aria-hidden') === 'true') return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node && length < MAX_SCAN_CHARS; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ');
}
