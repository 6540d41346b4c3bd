import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioPreview } from '../../components/studio/StudioPreview';
import { BUILT_IN_PACKS } from '../../content';
import { bringThemesIn } from '../../core/pack/combine';
import { type DraftPack, readDraftPack } from '../../core/pack/edit';
import { PACK_LIMITS, type Pack } from '../../core/pack/schema';
import { themeReviews } from '../../core/pack/sources';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');
const example: Pack = JSON.parse(readFileSync(resolve(__dirname, '../../docs/example-pack.json'), 'utf8'));

/** The example pack with Ivy's first theme brought in: a pack of two reviews. */
function combined(): DraftPack {
  const draft = readDraftPack(example);
  const first = ivy?.themes[0];
  if (!ivy || !first) throw new Error('no Ivy theme');
  bringThemesIn(draft, ivy, [first.id], PACK_LIMITS.themes);
  return draft;
}

/** Opens "All prompts", then the theme and its "why this matters", in the preview. */
function openWhy(title: string) {
  fireEvent.change(screen.getByRole('combobox', { name: /now:$/i }), { target: { value: 'all' } });
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '.')}`) }));
  fireEvent.click(screen.getByRole('button', { name: `Why this matters (${title})` }));
}

afterEach(cleanup);

describe('“why this matters” names the review a theme comes from', () => {
  it('in a pack of several reviews, each theme’s own review, by its title as printed', () => {
    const draft = combined();
    const brought = draft.themes.at(-1);
    const own = draft.themes[0];
    if (!brought || !own) throw new Error('no themes');
    expect(themeReviews(draft)).toEqual({
      ...Object.fromEntries(example.themes.map((t) => [t.id, example.review.sourceTitle])),
      [brought.id]: ivy?.review.sourceTitle,
    });
    render(<StudioPreview pack={draft} />);
    openWhy(brought.title);
    expect(screen.getByText(`From “${ivy?.review.sourceTitle}”, section “${brought.sourceSection}”.`)).toBeTruthy();
    openWhy(own.title);
    expect(screen.getByText(`From “${example.review.sourceTitle}”, section “${own.sourceSection}”.`)).toBeTruthy();
  });

  it('in a pack of one review, says “the brief” and does not repeat the review’s name on every theme', () => {
    const draft = readDraftPack(ivy);
    expect(themeReviews(draft)).toEqual({});
    const theme = draft.themes[0];
    if (!theme) throw new Error('no theme');
    render(<StudioPreview pack={draft} />);
    openWhy(theme.title);
    expect(screen.getByText(`From the brief’s section “${theme.sourceSection}”.`)).toBeTruthy();
    expect(screen.queryByText(new RegExp(ivy?.review.sourceTitle ?? 'none'))).toBeNull();
  });
});
