/** "Delete all data" always says what happened, also when part of it could not be done (issue 22, item 1). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSettings } from '../../components/DataSettings';

function deleteAll(onDeleteAll: () => Promise<string[]>) {
  render(<DataSettings retentionDays={90} onSaveRetention={async () => 0} onDeleteAll={onDeleteAll} />);
  fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything', hidden: true }));
}

describe('“Delete all data”', () => {
  afterEach(cleanup);

  it('says it deleted everything, and what it could not do besides', async () => {
    deleteAll(async () => ['Pause Point could not stop its case-page script.']);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'All Pause Point data on this device was deleted. Pause Point could not stop its case-page script.',
      ),
    );
  });

  it('says so when the data could not be deleted', async () => {
    deleteAll(async () => {
      throw new Error('The browser is shutting down');
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Not all Pause Point data could be deleted (The browser is shutting down). Try again.',
      ),
    );
  });
});
