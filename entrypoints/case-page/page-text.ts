/**
 * The text of a case page that the cue words are looked for in: what a practitioner can see
 * of the record itself. Left out: scripts, styles and anything hidden, and the case system's
 * own navigation, header, footer and menus, whose words ("Core group", "Safety plan",
 * "Procedures") are on every page and say nothing about this child.
 *
 * A page is read block by block (a paragraph, a list item, a table cell: any element that is
 * not an inline one such as a span or a link), so that when part of a page changes only the
 * blocks that changed are read again (page-reader.ts). A cue is found within one block: words
 * of one paragraph, never a word at the end of one cell and the next at the start of another.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'NAV', 'MENU']);

/** Landmark and widget roles of a page's chrome rather than its content. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'toolbar', 'tablist']);

// A header or footer inside an article, section, aside or main belongs to that content (a
// record's own heading); only the page's own header and footer are chrome, as in ARIA.
const SECTIONING = 'article, aside, main, nav, section, [role="main"], [role="article"], [role="region"]';

/** Elements whose text runs on within the block around them. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
]);

/** Most characters read from one block: one read of a block stays well under a millisecond. */
export const BLOCK_CHARS = 50_000;

function isChrome(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag)) return true;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  if (tag === 'HEADER' || tag === 'FOOTER') return element.parentElement?.closest(SECTIONING) == null;
  return false;
}

/** An element whose text (and everything inside it) is never read. */
export function isLeftOut(element: Element): boolean {
  return isChrome(element) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

export function isBlock(element: Element): boolean {
  return !INLINE.has(element.tagName.toUpperCase());
}

/** The block a node's text belongs to: the nearest element around it that is not inline. */
export function blockOf(node: Node): Element | null {
  let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && !isBlock(element)) element = element.parentElement;
  return element;
}

/**
 * Whether `element`'s text is read at all: it is inside `body`, and neither it nor anything
 * around it is left out.
 */
export function isRead(element: Element, body: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (isLeftOut(at)) return false;
    if (at === body) return true;
  }
  return false;
}

/**
 * A block's own text: its text nodes and those of its inline elements, at most `cap`
 * characters. Blocks inside it are left to be read on their own. Text nodes are joined with a
 * space, never read through innerText, which would make the browser lay the page out. The
 * walk is a loop, not a recursion, so a page nested however deep never overflows the stack.
 */
export function ownText(block: Element, cap = BLOCK_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = block.firstChild;
  while (node && length < cap) {
    let inside = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length + 1;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      inside = !isBlock(element) && !isLeftOut(element) && element.firstChild !== null;
    }
    if (inside) {
      node = node.firstChild;
      continue;
    }
    // On to the next node in page order, climbing out of inline elements that are finished.
    while (node && node !== block && node.nextSibling === null) node = node.parentNode;
    node = node && node !== block ? node.nextSibling : null;
  }
  const text = parts.join(' ');
  return text.length > cap ? text.slice(0, cap) : text;
}

/**
 * Every block under `root` that is read, root first if it is one, in page order. The walk
 * leaves out what isLeftOut says, with everything inside it.
 */
export function blocksUnder(root: Element, doc: Document): TreeWalker {
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      const element = node as Element;
      if (isLeftOut(element)) return NodeFilter.FILTER_REJECT;
      return isBlock(element) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
}
