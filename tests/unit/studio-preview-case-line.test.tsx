import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioPreview } from '../../components/studio/StudioPreview';
import { BUILT_IN_PACKS } from '../../content';
import { readDraftPack } from '../../core/pack/edit';

afterEach(cleanup);

describe('Pack studio’s preview', () => {
  it('shows the panel’s case line above the list, with the pack named on it, as practitioners will see it', () => {
    const ivy = BUILT_IN_PACKS[0];
    if (!ivy) throw new Error('no built-in pack');
    const draft = { ...readDraftPack(ivy), title: 'Our year of learning' };
    render(<StudioPreview pack={draft} />);
    const heading = screen.getByRole('heading', { name: /^Case EXAMPLE · / });
    expect(heading.textContent).toMatch(/^Case EXAMPLE · \w+$/);
    // The pack's name, as the panel puts it on the case line when a browser has more than one pack.
    const named = screen.getByRole('button', { name: 'Learning pack: Our year of learning (change)' });
    expect(named.textContent).toBe('· Learning pack: Our year of learning (change)');
    // The line comes before the moment's list, as in the panel.
    const list = screen.getByRole('list', { name: /^Preview, .*: prompts$/ });
    expect(heading.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
