import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { YourPractice } from '../../components/YourPractice';
import { ivyPack } from '../../content/ivy';
import type { MonthCounts } from '../../core/counting';

const NOW = new Date(2026, 5, 15).getTime();
const month = (checks: number, questions: Record<string, [number, number, number]>): MonthCounts => ({
  packs: [{ packId: 'cscp-ivy', version: '1.0.0', moments: { visit: { checks, questions } } }],
});
const father = ivyPack.themes.flatMap((t) => t.prompts).find((p) => p.fatherOrMaleCarer === true);

describe('Your practice, in the supervision view', () => {
  afterEach(cleanup);

  it('shows checks by moment, and the questions most often not yet considered and not applicable', () => {
    const counts = new Map([
      ['2026-06', month(4, { [father?.id as string]: [1, 3, 0], 'seen-alone': [1, 0, 3] })],
      // Five months back: in the last 6 months, not the last 3.
      ['2026-01', month(6, { 'seen-alone': [6, 0, 0] })],
    ]);
    render(<YourPractice pack={ivyPack} counts={counts} on={true} now={NOW} onOpenSettings={() => undefined} />);
    const practice = screen.getByRole('region', { name: 'Your practice' });
    const table = within(practice).getByRole('table', { name: /last 3 months/ });
    const row = within(table).getByRole('row', { name: /Recording a visit/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '25%', '38%', '38%']);
    const notYet = within(practice).getByRole('heading', { name: 'Most often not yet considered' }).nextElementSibling;
    expect(notYet?.textContent).toContain('75% of 4 checks');
    const na = within(practice).getByRole('heading', { name: 'Most often marked not applicable' }).nextElementSibling;
    expect(na?.textContent).toContain('Father or male carer');

    fireEvent.click(within(practice).getByRole('radio', { name: '6 months' }));
    const six = within(practice).getByRole('table', { name: /last 6 months/ });
    expect(
      within(within(six).getByRole('row', { name: /Recording a visit/ })).getAllByRole('cell')[0]?.textContent,
    ).toBe('10');
  });

  it('says when counting is off and where to turn it on', () => {
    render(<YourPractice pack={ivyPack} counts={new Map()} on={false} now={NOW} onOpenSettings={() => undefined} />);
    expect(screen.getByText(/Counting is off/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn it on in Settings' })).toBeTruthy();
  });
});
