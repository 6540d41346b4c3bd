/**
 * The settings page's "Show the checklist of the case on the page" says when the change was not
 * saved (data from a newer version, storage full), and the box shows what is kept.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { SitesSettings } from '../../components/SitesSettings';
import type { SiteChange } from '../../core/sites';

function Settings({ save }: { save: (follow: boolean) => Promise<SiteChange> }) {
  const [follow, setFollow] = useState(true);
  return (
    <SitesSettings
      sites={[]}
      onEnable={async () => ({ ok: true })}
      onChangeRule={async () => ({ ok: true })}
      onDisable={async () => ({ ok: true })}
      follow={follow}
      onFollow={async (next) => {
        setFollow(next);
        const saved = await save(next);
        if (!saved.ok) setFollow(!next);
        return saved;
      }}
    />
  );
}

describe('following the page’s case, on the settings page', () => {
  afterEach(cleanup);

  it('says why a change was not saved, and the box goes back', async () => {
    const reason =
      'That setting was not saved. What is stored here was written by a newer version of Pause Point, so it was left untouched. Update Pause Point, then try again.';
    render(<Settings save={async () => ({ ok: false, reason })} />);
    const box = screen.getByRole('checkbox', { name: 'Show the checklist of the case on the page' });
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(reason));
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
