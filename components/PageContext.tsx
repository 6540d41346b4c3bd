import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CaseRule } from '../core/case-rules';
import type { TabContext } from '../core/messages';
import { isWebPage, type Site, type SiteChange } from '../core/sites';
import { ConfirmAction } from './ConfirmAction';
import type { SiteSetupProps } from './SiteSetup';

export interface PageContextProps {
  tab: { url?: string; title?: string } | null;
  site: Site | null;
  context: TabContext | null;
  openRef: string | null;
  /** Whether the panel shows the page's case by itself. */
  follow: boolean;
  /** Each theme's short name, by id. */
  themeTitles: Readonly<Record<string, string>>;
  onProposeRule(): Promise<CaseRule | null>;
  onJump(themeId: string, detectedRef: string | null): void;
  onFollow(follow: boolean): void;
  onTestRule(rule: CaseRule): Promise<string | null>;
  onEnable(rule: CaseRule): Promise<SiteChange>;
  onChangeRule(rule: CaseRule): Promise<SiteChange>;
  onDisable(): Promise<SiteChange>;
}

function hostOf(url: string): string {
  return new URL(url).host;
}

/**
 * The page beside the panel in two lines at most: the case found there, and the themes the
 * page raises as short links. Everything about the site itself (following, how the case is
 * found, turning Pause Point off) sits behind one "Site" control.
 */
export function PageContext(props: PageContextProps) {
  const { tab, site, context } = props;
  // Themes are raised with the cue words of the pack new cases start with; a case answered with
  // another pack shows only the themes its own pack has.
  const raisedThemes = (context?.themes ?? []).filter((raised) => Object.hasOwn(props.themeTitles, raised.themeId));
  const [editing, setEditing] = useState<'enable' | 'rule' | null>(null);
  const [options, setOptions] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [setup, setSetup] = useState<{ Form: (p: SiteSetupProps) => preact.JSX.Element; proposed: CaseRule | null }>();

  // The rule form loads on first use only: most page views never need it.
  const edit = async (mode: 'enable' | 'rule') => {
    const [{ SiteSetup }, proposed] = await Promise.all([
      import('./SiteSetup'),
      mode === 'enable' ? props.onProposeRule() : Promise.resolve(null),
    ]);
    setSetup({ Form: SiteSetup, proposed });
    setEditing(mode);
  };
  const SiteSetup = setup?.Form;
  // Once the page shows its case, "now reading this site" has done its work.
  const pageRef = context?.ref;
  useEffect(() => {
    if (pageRef) setSaid(null);
  }, [pageRef]);

  const done = (message: string) => (result: SiteChange) => {
    if (result.ok) {
      setEditing(null);
      setOptions(false);
      setSaid(message);
    }
    return result;
  };

  let body: ComponentChildren;
  if (!tab?.url || !isWebPage(tab.url)) {
    body = (
      <p class="hint">
        {tab && !tab.url
          ? 'Pause Point cannot see this tab. Press its toolbar button twice on your case system.'
          : 'Open your case system in this window. Once Pause Point reads it, the case shows here.'}
      </p>
    );
  } else if (!site) {
    const host = hostOf(tab.url);
    body =
      editing === 'enable' && SiteSetup ? (
        <SiteSetup
          idPrefix="enable"
          initial={setup?.proposed ?? null}
          submitLabel={`Turn on for ${host}`}
          onTest={props.onTestRule}
          onSubmit={(rule) => props.onEnable(rule).then(done(`Pause Point now reads case references on ${host}.`))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p class="page-case">
          <span>Pause Point is not reading {host}.</span>{' '}
          <button type="button" class="quiet" onClick={() => void edit('enable')}>
            Use Pause Point on this site
          </button>
        </p>
      );
  } else {
    const host = hostOf(site.origin);
    const ref = context?.ref ?? null;
    body = (
      <>
        <p class="page-case">
          <span>
            {ref ? (
              <>
                Page: case <span class="case-ref">{ref}</span>
              </>
            ) : (
              'No case found on this page.'
            )}
          </span>
          <button
            type="button"
            class="quiet"
            aria-expanded={options}
            aria-controls="site-options"
            onClick={() => setOptions(!options)}
          >
            Site<span class="visually-hidden"> options for {host}</span>
          </button>
        </p>
        {raisedThemes.length > 0 && (
          <RaisedLine
            raised={raisedThemes}
            titles={props.themeTitles}
            onJump={(themeId) => props.onJump(themeId, ref)}
          />
        )}
        {options && (
          <div id="site-options" class="site-options">
            <p class="hint">Pause Point reads {host} to find the case and the themes a page raises.</p>
            <div class="choice">
              <input
                type="checkbox"
                id="follow"
                checked={props.follow}
                onChange={(e) => props.onFollow(e.currentTarget.checked)}
              />
              <label for="follow">Show the checklist of the case on the page</label>
            </div>
            {editing === 'rule' && SiteSetup ? (
              <SiteSetup
                idPrefix="rule"
                initial={site.rule}
                submitLabel="Save"
                onTest={props.onTestRule}
                onSubmit={(rule) =>
                  props.onChangeRule(rule).then(done('Saved. Pause Point uses the new rule on this site.'))
                }
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div class="form-actions">
                <button type="button" class="quiet" onClick={() => void edit('rule')}>
                  Change how the case is found
                </button>
                <ConfirmAction
                  id="stop-site"
                  buttonLabel="Stop using Pause Point on this site"
                  title={`Stop using Pause Point on ${host}?`}
                  description="Pause Point will no longer read this site, and gives the browser’s permission back. Answers already given are kept."
                  confirmLabel="Yes, stop using it here"
                  onConfirm={() => void props.onDisable().then(done(`Pause Point no longer reads ${host}.`))}
                />
              </div>
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <section class="page-context" aria-label="This page">
      {body}
      <p role="status" class="hint">
        {said}
      </p>
    </section>
  );
}

interface RaisedLineProps {
  raised: TabContext['themes'];
  titles: Readonly<Record<string, string>>;
  onJump(themeId: string): void;
}

/**
 * The themes the page raises, on one line: as many links as fit the panel's width, then
 * "N more", which shows them all. Links that do not fit are hidden, not clipped, so the
 * keyboard never lands on one that cannot be seen.
 */
function RaisedLine({ raised, titles, onJump }: RaisedLineProps) {
  const list = useRef<HTMLUListElement>(null);
  const [fits, setFits] = useState(raised.length);
  const [all, setAll] = useState(false);
  const key = raised.map((r) => r.themeId).join();

  useLayoutEffect(() => {
    const element = list.current;
    if (!element || all) return;
    const measure = () => {
      // Show every link, then count those on the first line, leaving room for "N more".
      setFits(raised.length);
      requestAnimationFrame(() => {
        const items = [...element.children] as HTMLElement[];
        const top = items[0]?.offsetTop ?? 0;
        const onFirstLine = items.filter((item) => item.offsetTop === top).length;
        setFits(onFirstLine >= raised.length ? raised.length : Math.max(1, onFirstLine - 1));
      });
    };
    measure();
    // The panel's width is the window's: measure again when it is resized.
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, [key, all]);

  const hidden = all ? 0 : raised.length - fits;
  return (
    <div class="raised-line">
      <span id="raised-heading">Raised:</span>
      <ul aria-labelledby="raised-heading" ref={list}>
        {raised.map((item, i) => (
          <li key={item.themeId} hidden={!all && i >= fits}>
            <button type="button" class="quiet" onClick={() => onJump(item.themeId)}>
              {titles[item.themeId]}
              <span class="visually-hidden"> (the page says {item.cues.map((cue) => `“${cue}”`).join(', ')})</span>
            </button>
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <button type="button" class="quiet" onClick={() => setAll(true)}>
              {hidden} more<span class="visually-hidden"> raised themes</span>
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
