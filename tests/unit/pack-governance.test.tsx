import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PackAbout } from '../../components/PackAbout';
import { PacksSettings } from '../../components/PacksSettings';
import { BUILT_IN_PACKS } from '../../content';
import { blankPack, packOfDraft, readDraftPack } from '../../core/pack/edit';
import { packInfo } from '../../core/pack/info';
import { checkDraft } from '../../core/pack/problems';
import { type Pack, validatePack } from '../../core/pack/schema';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');
const builtIn: Pack = ivy;
const approved = {
  ...ivy,
  id: 'ivy-approved',
  title: 'Ivy, approved',
  approvedBy: 'the Learning and Improvement subgroup',
  approvedOn: '2026-03-02',
  checkAgainBy: '2027-03-01',
};

afterEach(cleanup);

function settings(now: number) {
  render(
    <PacksSettings
      packs={[packInfo(approved, 'added'), packInfo(builtIn, 'built-in')]}
      defaultPackId="cscp-ivy"
      casesByPack={{}}
      unreadable={[]}
      onCheck={async () => ({ ok: false, problems: [] }) as never}
      onAdd={async () => {}}
      onRemove={async () => {}}
      onOpenStudio={() => {}}
      now={now}
    />,
  );
}

describe('who approved a pack, and when to check it again', () => {
  it('are optional parts of a pack, kept through Pack studio, and a day is written year-month-day', () => {
    expect(validatePack(approved).ok).toBe(true);
    expect(validatePack(ivy).ok).toBe(true);
    expect(packOfDraft(readDraftPack(approved))).toMatchObject({
      approvedOn: '2026-03-02',
      checkAgainBy: '2027-03-01',
    });
    expect(packOfDraft(blankPack())).not.toHaveProperty('approvedBy');
    const draft = readDraftPack({ ...approved, checkAgainBy: 'March 2027' });
    expect(checkDraft(draft, new Set())).toEqual([
      expect.objectContaining({
        fieldId: 'f-checkAgainBy',
        place: 'Details: check again by',
        message: 'Choose a day from the calendar, or write it as year-month-day, like 2027-03-31.',
      }),
    ]);
  });

  it('show in the panel’s About', () => {
    render(<PackAbout pack={approved} />);
    expect(
      screen.getByText(
        /Approved by the Learning and Improvement subgroup on 2 Mar 2026\. To be checked again by 1 Mar 2027\./,
      ),
    ).toBeTruthy();
  });

  it('show on the settings page, which flags a pack past its check-again date', () => {
    settings(Date.UTC(2027, 1, 28, 12));
    const item = screen.getByText('Ivy, approved', { selector: 'strong' }).closest('li');
    expect(item?.textContent).toContain('Approved by the Learning and Improvement subgroup on 2 Mar 2026.');
    expect(screen.queryByText('Past its check-again date')).toBeNull();
    cleanup();
    settings(Date.UTC(2027, 2, 2, 12));
    expect(screen.getAllByText('Past its check-again date')).toHaveLength(1);
    expect(screen.getByText('Past its check-again date').closest('p')?.textContent).toContain('(1 Mar 2027)');
  });
});

describe('a pack of several reviews, in the panel’s About', () => {
  it('names each further review, with its themes', () => {
    const theme = ivy?.themes[1];
    if (!theme) throw new Error('no theme');
    const pack: Pack = {
      ...builtIn,
      reviews: [
        {
          id: 'invisible-men',
          title: 'The myth of invisible men',
          publisher: 'The national panel',
          kind: 'national',
          published: 'September 2021',
        },
      ],
      themes: builtIn.themes.map((t) => (t.id === theme.id ? { ...t, reviewId: 'invisible-men' } : t)),
    };
    render(<PackAbout pack={pack} />);
    expect(screen.getByRole('heading', { name: 'Further reviews in this pack' })).toBeTruthy();
    const item = screen.getByText(
      /National panel review by The national panel: “The myth of invisible men”, September 2021\./,
    );
    expect(item.closest('li')?.textContent).toContain(`Its themes: ${theme.title}.`);
  });
});
