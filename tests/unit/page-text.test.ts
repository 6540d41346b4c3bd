// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { pageReader } from '../../entrypoints/case-page/page-reader';
import { blocksUnder, ownText } from '../../entrypoints/case-page/page-text';

const pack = cueListsOf(ivyPack, packCues(ivyPack));
const ivy = compileCues(pack);

function docOf(html: string): Document {
  // Test-only markup from a literal: the DOM parser builds the page the script would walk.
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every block's text the script reads, one block a line. */
function pageOf(html: string): string {
  const doc = docOf(html);
  const lines = [ownText(doc.body)];
  const walker = blocksUnder(doc.body, doc);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) lines.push(ownText(node as Element));
  return lines.join('\n');
}

/** The themes the case-page script finds on the page, read in one go. */
const raised = (html: string) => {
  const reader = pageReader({ doc: docOf(html), pack, find: (text) => findCues(ivy, text), now: () => 0 });
  reader.readAll();
  expect(reader.work(Number.POSITIVE_INFINITY)).toBe(true);
  return reader.raised().map((t) => t.themeId);
};

describe('the text a case page is read for', () => {
  it('leaves out the case system’s navigation, header, footer and menus', () => {
    const html = `
      <header><p>Core group · Safety plan · Strengths</p></header>
      <nav><a href="#">Procedures</a><a href="#">Escalation</a></nav>
      <div role="navigation">Strategy meeting</div>
      <div role="banner">Signs of Safety</div>
      <ul role="menu"><li role="menuitem">Core group</li></ul>
      <div role="menubar">Safety plan</div>
      <menu><li>Strengths</li></menu>
      <main><h1>Case 1234</h1><p>Visit completed. Nothing of note.</p></main>
      <footer>Safeguarding procedures</footer>
      <div role="contentinfo">Professional disagreement policy</div>`;
    expect(pageOf(html)).toContain('Visit completed');
    expect(raised(html)).toEqual([]);
  });

  it('reads the record itself, including a header or footer inside it', () => {
    const html = `
      <nav>Safety plan</nav>
      <main>
        <article>
          <header><h2>Home visit: baby co-sleeping on the sofa</h2></header>
          <p>Dad was not seen.</p>
          <footer>Core group to be told.</footer>
        </article>
      </main>`;
    expect(raised(html)).toEqual(['fathers', 'safer-sleep', 'procedures-and-challenge']);
  });

  it('still leaves out scripts, styles and hidden text', () => {
    const html = `
      <main>
        <script>var cannabis = 1;</script>
        <style>.sofa {}</style>
        <p hidden>co-sleeping</p>
        <p aria-hidden="true">grandmother</p>
        <p>Routine contact.</p>
      </main>`;
    expect(raised(html)).toEqual([]);
  });
});
