import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MoreForm } from '../../components/studio/MoreForm';
import { ThemesForm } from '../../components/studio/ThemesForm';
import { BUILT_IN_PACKS } from '../../content';
import { type DraftPack, packOfDraft } from '../../core/pack/edit';
import { checkDraft } from '../../core/pack/problems';
import { RESOURCE_GROUPS } from '../../core/pack/schema';
import { renderWithDraft } from './studio-harness';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

afterEach(cleanup);

/** Opens a closed "Resources to read with it" as a click on its summary does: the ticks are drawn once open. */
function openLinks(summaryId: string) {
  const details = document.getElementById(summaryId)?.closest('details');
  if (!details) throw new Error(`no links at ${summaryId}`);
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

/** Ivy's first theme and two resources: a whole pack, quick to draw. */
function small(): DraftPack {
  const pack = structuredClone(ivy) as DraftPack;
  for (const prompt of pack.themes[0]?.prompts ?? []) delete prompt.resourceIds;
  return {
    ...pack,
    id: 'ivy-copy',
    themes: pack.themes.slice(0, 1),
    moments: [],
    cues: undefined,
    glossary: [],
    resources: pack.resources.slice(0, 2).map(({ addressChecked: _a, ...r }) => r),
    actions: pack.actions.slice(0, 1).map(({ resourceIds: _r, ...a }) => a),
  };
}

function renderBoth(start: DraftPack) {
  return renderWithDraft(start, (pack, onChange) => (
    <>
      <ThemesForm pack={pack} onChange={onChange} />
      <MoreForm pack={pack} onChange={onChange} unusedWords="" />
    </>
  ));
}

describe('resources, in Pack studio', () => {
  it('say when the address was last checked, and that it could not be confirmed, with what to search for', () => {
    const pack = renderBoth(small());
    const resource = pack().resources[0];
    if (!resource) throw new Error('no resource');
    fireEvent.input(screen.getByRole('textbox', { name: 'Resource 1: Address last checked (optional)' }), {
      target: { value: 'November 2026' },
    });
    const unconfirmed = screen.getByRole('checkbox', { name: 'Resource 1: The address could not be confirmed then' });
    fireEvent.click(unconfirmed);
    expect(unconfirmed.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText(
        `Practitioners are told: if the link does not work, search for “${resource.title}” by ${resource.publisher}.`,
      ),
    ).toBeTruthy();
    expect((packOfDraft(pack()) as DraftPack).resources[0]?.addressChecked).toEqual({
      on: 'November 2026',
      confirmed: false,
    });
    expect(checkDraft(pack(), new Set())).toEqual([]);
  });

  it('have a group for the review itself', () => {
    renderBoth(small());
    const group = screen.getByRole('combobox', { name: 'Resource 1: Group' });
    expect([...group.querySelectorAll('option')].map((o) => o.textContent)).toContain('The review itself');
    expect(RESOURCE_GROUPS[0]).toEqual({ id: 'the-review', title: 'The review itself' });
  });

  it('are linked from a question and from an action by ticks, and unlinked when removed', async () => {
    const pack = renderBoth(small());
    const second = pack().resources[1];
    if (!second) throw new Error('no second resource');
    expect(
      screen.queryByRole('group', { name: 'Theme 1, question 1: Resources to read with it (at most 10)' }),
    ).toBeNull();
    openLinks('f-themes-0-prompts-0-resourceIds');
    openLinks('f-actions-0-resourceIds');
    const questionLinks = await screen.findByRole('group', {
      name: 'Theme 1, question 1: Resources to read with it (at most 10)',
    });
    fireEvent.click(questionLinks.querySelector(`input[id$="-${second.id}"]`) as HTMLInputElement);
    expect(screen.getByRole('checkbox', { name: second.title, checked: true })).toBeTruthy();
    fireEvent.click(
      (await screen.findByRole('group', { name: 'Action 1: Resources to read with it (at most 10)' })).querySelector(
        `input[id$="-${second.id}"]`,
      ) as HTMLInputElement,
    );
    expect(pack().themes[0]?.prompts[0]?.resourceIds).toEqual([second.id]);
    expect(pack().actions[0]?.resourceIds).toEqual([second.id]);
    expect(checkDraft(pack(), new Set())).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove resource 2' }));
    expect(pack().themes[0]?.prompts[0]?.resourceIds).toEqual([]);
    expect(pack().actions[0]?.resourceIds).toEqual([]);
    expect(checkDraft(pack(), new Set())).toEqual([]);
  });
});

describe('a resource’s note on its address', () => {
  it('says where it was found or what to search for, and a copy of Ivy shows its own', () => {
    const draft = small();
    const first = structuredClone(ivy?.resources.find((r) => r.note));
    if (!first) throw new Error('Ivy has no notes');
    draft.resources = [first];
    const pack = renderBoth(draft);
    const note = screen.getByRole('textbox', { name: 'Resource 1: Note on the address (optional)' });
    expect(note).toHaveProperty('value', first.note);
    fireEvent.input(note, { target: { value: 'If it has moved, search GOV.UK for “Out of routine”.' } });
    expect(pack().resources[0]?.note).toBe('If it has moved, search GOV.UK for “Out of routine”.');
  });
});
