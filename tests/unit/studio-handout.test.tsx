import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Handout } from '../../components/studio/Handout';
import { BUILT_IN_PACKS } from '../../content';
import { MOMENTS } from '../../core/moments';
import { readDraftPack } from '../../core/pack/edit';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

afterEach(cleanup);

describe('the handout', () => {
  it('holds each moment’s short list by its short lines, the review, and the addresses to read', () => {
    const draft = {
      ...readDraftPack(structuredClone(ivy)),
      approvedBy: 'the Learning subgroup',
      approvedOn: '2026-03-02',
    };
    render(<Handout pack={draft} onPrint={() => {}} onClose={() => {}} />);
    const sheet = screen.getByRole('article', { name: 'The handout, as it prints' });
    for (const list of ivy.moments ?? []) {
      const title = MOMENTS.find((m) => m.id === list.id)?.title ?? '';
      const section = within(sheet).getByRole('region', { name: title });
      const first = ivy.themes.flatMap((t) => t.prompts).find((p) => p.id === list.promptIds[0]);
      expect(within(section).getAllByRole('listitem')[0]?.textContent).toBe(first?.short);
    }
    expect(sheet.textContent).toContain(ivy.review.sourceTitle);
    for (const resource of ivy.resources.filter((r) => r.fromSource)) expect(sheet.textContent).toContain(resource.url);
    expect(sheet.textContent).toContain('Approved by the Learning subgroup on 2 Mar 2026.');
    expect(sheet.textContent).toContain('prompts from a published review about another child');
    expect(screen.getByRole('button', { name: 'Print the handout' })).toBeTruthy();
  });
});
