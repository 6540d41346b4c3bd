import { useState } from 'preact/hooks';
import type { CaseRule } from '../core/case-rules';
import { describeRuleText } from '../core/case-rules';
import type { PackInfo } from '../core/pack/info';
import { originOf, type Site, type SiteChange } from '../core/sites';
import { ConfirmAction } from './ConfirmAction';
import { SitePackChoice } from './SitePackChoice';
import { SiteSetup } from './SiteSetup';

export interface SitesSettingsProps {
  sites: readonly Site[];
  /** Sites the organisation set; they cannot be changed here, only allowed in the browser. */
  managedSites?: readonly Site[];
  /** Asks the browser for access to an organisation's site (straight from the click). */
  onAllow?(site: Site): Promise<SiteChange>;
  /** Called straight from the submit: it opens the browser's permission prompt. */
  onEnable(site: Site): Promise<SiteChange>;
  onChangeRule(site: Site): Promise<SiteChange>;
  onDisable(origin: string): Promise<SiteChange>;
  /** Whether the panel shows the checklist of the case on the page. */
  follow: boolean;
  /** Saves following on or off; a change not saved says why (the box is set back by the caller). */
  onFollow(follow: boolean): Promise<SiteChange>;
  /** The packs on this device and the default one, for choosing the pack a site's new cases start with. */
  packs?: readonly PackInfo[];
  defaultPackId?: string;
}

/** The case-system sites Pause Point reads, on the settings page: add by address, change, turn off. */
export function SitesSettings({
  sites,
  managedSites = [],
  onAllow,
  onEnable,
  onChangeRule,
  onDisable,
  follow,
  onFollow,
  packs = [],
  defaultPackId = '',
}: SitesSettingsProps) {
  const [address, setAddress] = useState('');
  const [addressProblem, setAddressProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  /** What happened to a listed site, said beside the list; `added` is said beside the form. */
  const [said, setSaid] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [followProblem, setFollowProblem] = useState<string | null>(null);

  const add = (rule: CaseRule): Promise<SiteChange> => {
    const checked = originOf(address);
    if (!checked.ok) {
      setAddressProblem(checked.reason);
      return Promise.resolve({ ok: true }); // the problem is shown by the address field
    }
    setAddressProblem(null);
    return onEnable({ origin: checked.origin, rule }).then((result) => {
      if (result.ok) {
        setAddress('');
        setAdded(`Pause Point now reads case references on ${checked.origin}.`);
      }
      return result;
    });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Case-system sites</h2>
      <p>
        Pause Point reads only the sites listed here, and only to find the case reference and the themes a page raises.
        Nothing from the page is kept.
      </p>
      <div class="choice">
        <input
          type="checkbox"
          id="settings-follow"
          checked={follow}
          aria-describedby="settings-follow-hint"
          onChange={(e) => {
            setFollowProblem(null);
            void onFollow(e.currentTarget.checked).then((saved) => setFollowProblem(saved.ok ? null : saved.reason));
          }}
        />
        <label for="settings-follow">Show the checklist of the case on the page</label>
      </div>
      {followProblem && (
        <p class="notice notice-error" role="alert">
          {followProblem}
        </p>
      )}
      <p class="hint" id="settings-follow-hint">
        When it is off, the panel tells you when the checklist is not the page’s case.
      </p>
      {managedSites.length > 0 && (
        <ul class="site-list" aria-label="Sites set by your organisation">
          {managedSites.map((site) => (
            <li key={site.origin}>
              <p>
                <strong>{site.origin}</strong>: the case reference is in {describeRuleText(site.rule)}.{' '}
                <span class="managed">Set by your organisation.</span>
                {site.packId && (
                  <> New cases there start with “{packs.find((p) => p.id === site.packId)?.title ?? site.packId}”.</>
                )}
              </p>
              {onAllow && (
                <button
                  type="button"
                  class="quiet"
                  onClick={() =>
                    void onAllow(site).then((r) =>
                      setSaid(r.ok ? `Pause Point may now read ${site.origin}.` : r.reason),
                    )
                  }
                >
                  Allow access<span class="visually-hidden"> to {site.origin}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sites.length === 0 ? (
        <p class="hint">No sites yet.</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-heading">
          {sites.map((site) => (
            <li key={site.origin}>
              <p>
                <strong>{site.origin}</strong>: the case reference is in {describeRuleText(site.rule)}.
              </p>
              {packs.length > 1 && (
                <SitePackChoice site={site} packs={packs} defaultPackId={defaultPackId} onChoose={onChangeRule} />
              )}
              {editing === site.origin ? (
                <SiteSetup
                  idPrefix={`edit-${site.origin.replace(/\W/g, '-')}`}
                  initial={site.rule}
                  submitLabel="Save"
                  onSubmit={(rule) =>
                    onChangeRule({ ...site, rule }).then((result) => {
                      if (result.ok) {
                        setEditing(null);
                        setSaid(`Saved the rule for ${site.origin}.`);
                      }
                      return result;
                    })
                  }
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div class="form-actions">
                  <button type="button" class="quiet" onClick={() => setEditing(site.origin)}>
                    Change<span class="visually-hidden"> how the case is found on {site.origin}</span>
                  </button>
                  <ConfirmAction
                    id={`turn-off-${site.origin.replace(/\W/g, '-')}`}
                    buttonClass="quiet"
                    buttonLabel={
                      <>
                        Turn off<span class="visually-hidden"> for {site.origin}</span>
                      </>
                    }
                    title={`Turn off Pause Point for ${site.origin}?`}
                    description="Pause Point will stop reading case references on this site, and the browser takes back its access. Your answers stay. You can turn the site on again here."
                    confirmLabel="Turn off"
                    onConfirm={() =>
                      void onDisable(site.origin).then(() => setSaid(`Pause Point no longer reads ${site.origin}.`))
                    }
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="hint">
        {said}
      </p>
      <h3>Add a site</h3>
      <label for="site-address">Address of your case system</label>
      <p class="hint" id="site-address-hint">
        Copy it from the address bar, e.g. https://lcs.example.gov.uk. Your browser will ask you to allow it.
      </p>
      <input
        id="site-address"
        type="url"
        autocomplete="off"
        spellcheck={false}
        value={address}
        aria-invalid={addressProblem ? 'true' : undefined}
        aria-describedby={addressProblem ? 'site-address-hint site-address-problem' : 'site-address-hint'}
        onInput={(e) => setAddress(e.currentTarget.value)}
      />
      {addressProblem && (
        <p class="field-error" id="site-address-problem" role="alert">
          {addressProblem}
        </p>
      )}
      <SiteSetup idPrefix="add" initial={null} submitLabel="Turn on for this site" onSubmit={add} />
      <p role="status" class="hint">
        {added}
      </p>
    </section>
  );
}
