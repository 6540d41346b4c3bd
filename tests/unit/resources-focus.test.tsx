import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResourcesView } from '../../components/ResourcesView';
import { ivyPack } from '../../content/ivy';
import { saferSleepCard } from '../../content/safer-sleep';
import { searchItemsOf } from '../../core/pack/search-items';
import { buildIndex } from '../../core/search';

const index = buildIndex(searchItemsOf(ivyPack, saferSleepCard));
const view = (focus: 'search' | 'safer-sleep-card', focusAt: number) => (
  <>
    <nav>
      <button type="button">Checklist</button>
    </nav>
    <ResourcesView
      pack={ivyPack}
      card={saferSleepCard}
      index={index}
      focus={focus}
      focusAt={focusAt}
      onShowTheme={() => {}}
    />
  </>
);

afterEach(() => vi.restoreAllMocks());

describe('the search shortcut when the browser opens the panel without the keyboard (Firefox)', () => {
  it('puts the keyboard in the search box once it arrives on the panel’s first control (F6)', () => {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    render(view('search', 1));
    const box = screen.getByRole('searchbox');
    // Firefox's F6 moves the keyboard into the sidebar on its first control.
    screen.getByRole('button', { name: 'Checklist' }).focus();
    hasFocus.mockReturnValue(true);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement).toBe(box);
  });

  it('leaves the keyboard where a click put it, on any other control', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    render(view('search', 2));
    const other = screen.getAllByRole('link')[0];
    if (!other) throw new Error('no link in Resources');
    other.focus();
    window.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement).toBe(other);
  });
});
