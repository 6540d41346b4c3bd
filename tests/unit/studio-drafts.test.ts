import { describe, expect, it } from 'vitest';
import { draftNames } from '../../core/drafts';

const at = Date.UTC(2026, 11, 5, 18, 10);

describe('drafts on Pack studio’s start page', () => {
  it('are named by title and version, told apart by their last change, and never share a name', () => {
    expect(
      draftNames([
        { title: 'Ivy (copy)', version: '1.4.0', updatedAt: at },
        { title: 'Ivy (copy)', version: '1.3.0', updatedAt: at },
        { title: 'Baby R', version: '1.0.0', updatedAt: at },
        { title: 'Baby R', version: '1.0.0', updatedAt: at + 60_000 },
        { title: ' ', version: '1.0.0', updatedAt: at },
        { title: '', version: '1.0.0', updatedAt: at },
      ]),
    ).toEqual([
      '“Ivy (copy)”, version 1.4.0',
      '“Ivy (copy)”, version 1.3.0',
      '“Baby R”, version 1.0.0, changed 5 Dec 2026, 18:10',
      '“Baby R”, version 1.0.0, changed 5 Dec 2026, 18:11',
      '“Untitled pack”, version 1.0.0, changed 5 Dec 2026, 18:10 (1 of 2)',
      '“Untitled pack”, version 1.0.0, changed 5 Dec 2026, 18:10 (2 of 2)',
    ]);
  });
});
