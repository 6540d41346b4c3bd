import { render, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { CaseSelector } from '../../components/CaseSelector';

it('writes when a recent case was last used in the one date format ("Sep", not "Sept")', () => {
  render(
    <CaseSelector
      openRef={null}
      recent={[{ ref: 'CS-1', touchedAt: Date.UTC(2026, 8, 3, 7, 0) }]}
      onOpen={async () => ({ ok: true })}
    />,
  );
  expect(screen.getByText('Last used 3 Sep 2026, 07:00')).toBeTruthy();
});
