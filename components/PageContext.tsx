import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CaseRule } from '../core/case-rule-shape';
import type { TabContext } from '../core/messages';
import { isWebPage, type Site, type SiteChange } from '../core/sites';
import type { SiteSetupProps } from './SiteSetup';

export interface PageContextProps {
  tab: { url?: string; title?: string } | null;
  site: Site | null;
  context: TabContext | null;
  openRef: string | null;
  autoOpen: boolean;
  themeTitles: Readonly<Record<string, string>>;
  onProposeRule(): Promise<CaseRule | null>;
  onOpenCase(ref: string): void;
  onJump(themeId: string, detectedRef: string | null): void;
  onAutoOpen(autoOpen: boolean): void;
  onTestRule(rule: CaseRule): Promise<string | null>;
  onEnable(rule: CaseRule): Promise<SiteChange>;
  onChangeRule(rule: CaseRule): Promise<SiteChange>;
  onDisable(): Promise<SiteChange>;
  onOpenSettings(): void;
}

function hostOf(url: string): string {
  return new URL(url).host;
}

/** The page beside the panel: its case, the themes it raises, and whether Pause Point reads it. */
export function PageContext(props: PageContextProps) {
  const { tab, site, context, openRef } = props;
  // Themes are raised with the cue words of the pack new cases start with; a case answered with
  // another pack shows only the themes its own pack has.
  const raisedThemes = (context?.themes ?? []).filter((raised) => Object.hasOwn(props.themeTitles, raised.themeId));
  const [editing, setEditing] = useState<'enable' | 'rule' | null>(null);
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

  const done = (message: string) => (result: SiteChange) => {
    if (result.ok) {
      setEditing(null);
      setSaid(message);
    }
    return result;
  };

  let body: ComponentChildren;
  if (!tab?.url || !isWebPage(tab.url)) {
    body = (
      <p class="hint">
        {tab && !tab.url
          ? 'Pause Point cannot see this tab. Click the Pause Point button while your case system is open, or add the site in Settings.'
          : 'Open your case system in this window. Once you turn Pause Point on for it, the case and the themes it raises show here.'}
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
        <>
          <p>Pause Point is not reading {host}.</p>
          <button type="button" class="secondary" onClick={() => void edit('enable')}>
            Use Pause Point on this site
          </button>
        </>
      );
  } else {
    const host = hostOf(site.origin);
    const ref = context?.ref ?? null;
    body = (
      <>
        {ref ? (
          <div class="detected">
            <p>
              <strong>
                Case <span class="case-ref">{ref}</span> on this page
              </strong>
            </p>
            {ref === openRef ? (
              <p class="hint">Its checklist is open below.</p>
            ) : (
              <button type="button" onClick={() => props.onOpenCase(ref)}>
                Open case {ref}
              </button>
            )}
          </div>
        ) : (
          <p class="hint">No case reference found on this page.</p>
        )}
        {raisedThemes.length > 0 && (
          <div class="raised">
            <h3 id="raised-heading">Raised on this page</h3>
            <ul aria-labelledby="raised-heading">
              {raisedThemes.map((raised) => (
                <li key={raised.themeId}>
                  <button type="button" class="quiet" onClick={() => props.onJump(raised.themeId, ref)}>
                    <span class="visually-hidden">Go to </span>
                    {props.themeTitles[raised.themeId]}
                  </button>
                  <span class="cue-words">{raised.cues.map((cue) => `“${cue}”`).join(', ')}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="choice">
          <input
            type="checkbox"
            id="auto-open"
            checked={props.autoOpen}
            onChange={(e) => props.onAutoOpen(e.currentTarget.checked)}
          />
          <label for="auto-open">Open the case found on the page automatically</label>
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
            <button
              type="button"
              class="quiet"
              onClick={() => void props.onDisable().then(done(`Pause Point no longer reads ${host}.`))}
            >
              Stop using Pause Point on this site
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <section class="page-context" aria-labelledby="page-heading">
      <div class="section-head">
        <h2 id="page-heading">This page</h2>
        <button type="button" class="quiet" onClick={props.onOpenSettings}>
          Settings
        </button>
      </div>
      {body}
      <p role="status" class="hint">
        {said}
      </p>
    </section>
  );
}
