import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutSettings } from '../../components/AboutSettings';

describe('About Pause Point, on the settings page', () => {
  afterEach(cleanup);

  it('says the version, the day it was built, and where the assurance papers are', () => {
    render(<AboutSettings version="0.1.0" builtAt={Date.UTC(2026, 11, 5, 12)} />);
    const about = screen.getByRole('region', { name: 'About Pause Point' });
    expect(about.textContent).toContain('Version 0.1.0, built 5 Dec 2026.');
    expect(about.textContent).toContain('in the docs/assurance folder of Pause Point’s source code');
    expect(about.textContent).toContain('the clinical safety hazard log');
  });

  it('says only the version when the build date is not known', () => {
    render(<AboutSettings version="0.1.0" builtAt={null} />);
    const about = screen.getByRole('region', { name: 'About Pause Point' });
    expect(about.textContent).toContain('Version 0.1.0.');
    expect(about.textContent).not.toContain('built');
  });
});
