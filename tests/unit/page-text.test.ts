// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { pageText } from '../../entrypoints/case-page/page-text';

const ivy = compileCues(cueListsOf(ivyPack, packCues(ivyPack)));

function pageOf(html: string): string {
  // Test-only markup from a literal: the DOM parser builds the page the script would walk.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return pageText(doc.body, doc);
}

const raised = (html: string) => findCues(ivy, pageOf(html)).map((t) => t.themeId);

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
