// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { pageReader, ROUND_CHARS } from '../../entrypoints/case-page/page-reader';

const pack = cueListsOf(ivyPack, packCues(ivyPack));
const ivy = compileCues(pack);

/**
 * A page, a reader on it that counts the characters it hands the matcher, and an observer
 * whose records are given to the reader as the script's own observer does.
 */
function setUp(html: string, now: () => number = () => 0, roundChars?: number) {
  // Test-only markup from a literal: the DOM parser builds the page the script would read.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const matched: string[] = [];
  const reader = pageReader({
    doc,
    pack,
    find: (text) => {
      matched.push(text);
      return findCues(ivy, text);
    },
    now,
    ...(roundChars === undefined ? {} : { roundChars }),
  });
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'role'],
  });
  reader.readAll();
  const readAll = () => {
    reader.changed(observer.takeRecords());
    expect(reader.work(Number.POSITIVE_INFINITY)).toBe(true);
    return reader.raised();
  };
  const charsMatched = () => matched.reduce((sum, text) => sum + text.length, 0);
  return { doc, reader, readAll, matched, charsMatched, takeRecords: () => observer.takeRecords() };
}

const ids = (raised: { themeId: string }[]) => raised.map((t) => t.themeId);

function rows(count: number, text: string): string {
  return Array.from({ length: count }, (_, i) => `<div><span>Entry ${i}</span> <b>Visit</b> ${text}</div>`).join('');
}

describe('reading a case page a little at a time', () => {
  it('reads a changed block again, not the page', () => {
    const page = setUp(`<main>${rows(500, 'Routine contact.')}<p id="note">Nothing of note.</p></main>`);
    expect(page.readAll()).toEqual([]);
    const before = page.charsMatched();
    expect(before).toBeGreaterThan(500 * 20);

    const note = page.doc.getElementById('note')?.firstChild as Text;
    note.data = 'Baby co-sleeping on the sofa.';
    expect(page.readAll()).toEqual([{ themeId: 'safer-sleep', cues: ['co-sleeping', 'sofa'] }]);
    // Only the paragraph that changed was read.
    expect(page.charsMatched() - before).toBeLessThan(100);
  });

  it('forgets what a removed or hidden part raised, and reads what is added or shown', () => {
    const page = setUp(
      '<main><p id="a">Dad was not seen.</p><section id="s"><p>Grandmother helps at weekends.</p></section></main>',
    );
    expect(ids(page.readAll())).toEqual(['fathers', 'wider-family']);

    page.doc.getElementById('a')?.remove();
    expect(ids(page.readAll())).toEqual(['wider-family']);

    page.doc.getElementById('s')?.setAttribute('hidden', '');
    expect(page.readAll()).toEqual([]);
    page.doc.getElementById('s')?.removeAttribute('hidden');
    expect(ids(page.readAll())).toEqual(['wider-family']);

    const added = page.doc.createElement('article');
    added.append(Object.assign(page.doc.createElement('p'), { textContent: 'Cannabis smell in the hallway.' }));
    page.doc.querySelector('main')?.append(added);
    expect(ids(page.readAll())).toEqual(['wider-family', 'substances']);

    // Added to the case system's navigation: raises nothing.
    const nav = page.doc.createElement('nav');
    page.doc.body.append(nav);
    page.readAll();
    nav.append(Object.assign(page.doc.createElement('p'), { textContent: 'Safer sleep co-sleeping' }));
    expect(ids(page.readAll())).toEqual(['wider-family', 'substances']);
  });

  it('stops at each deadline and goes on from there, finding what one read would find', () => {
    const html = `<main>${rows(600, 'Routine contact.')}<p>Dad seen.</p>${rows(600, 'Mum says baby sleeps on the sofa.')}</main>`;
    const whole = setUp(html).readAll();

    let time = 0;
    // Each look at the clock is a millisecond later: a slice of 4 ms ends after a few steps.
    const page = setUp(html, () => time++);
    let slices = 0;
    let done = false;
    while (!done) {
      const before = page.charsMatched();
      done = page.reader.work(time + 4);
      slices += 1;
      // A slice reads a handful of blocks, never the page.
      expect(page.charsMatched() - before).toBeLessThan(5_000);
    }
    expect(slices).toBeGreaterThan(10);
    expect(page.reader.pending()).toBe(false);
    expect(page.reader.raised()).toEqual(whole);
  }, 20_000); // happy-dom builds a page of 1,200 entries slowly on a busy machine

  it('notes rows added one at a time a few at a step, and reads them all', () => {
    let time = 0;
    const page = setUp('<main><ul id="list"></ul></main>', () => time++);
    expect(page.reader.work(Number.POSITIVE_INFINITY)).toBe(true);
    const list = page.doc.getElementById('list') as HTMLElement;
    for (let i = 0; i < 2000; i++) {
      list.append(Object.assign(page.doc.createElement('li'), { textContent: i === 1999 ? 'Dad seen.' : 'Routine.' }));
    }
    page.reader.changed(page.takeRecords());
    let slices = 0;
    while (!page.reader.work(time + 4)) slices += 1;
    expect(slices).toBeGreaterThan(5);
    expect(ids(page.reader.raised())).toEqual(['fathers']);
  }, 20_000);

  it('reads at most its round’s characters of a very long page', () => {
    expect(ROUND_CHARS).toBeLessThanOrEqual(500_000);
    // About 100,000 characters read with a round of 20,000; the cue is at the very end.
    const page = setUp(
      `<main>${rows(2000, 'Routine contact with the family.')}<p>Dad seen.</p></main>`,
      undefined,
      20_000,
    );
    expect(page.readAll()).toEqual([]);
    expect(page.charsMatched()).toBeLessThanOrEqual(20_000);
    expect(page.charsMatched()).toBeGreaterThan(18_000);
    // The next round (a change) reads again, within its own budget.
    page.doc.querySelector('main > div')?.append(' Dad seen.');
    expect(ids(page.readAll())).toEqual(['fathers']);
  });
});
