import { useEffect } from 'preact/hooks';
import { ThemeSection } from '../ThemeSection';
import { usePanel } from './context';
import { useExtras } from './extras';

/** Every theme of the pack, each opened on request, with its "why this matters". */
export function AllThemes() {
  const { state, actions } = usePanel();
  const { pack, expanded, jumpTo } = state;
  const extras = useExtras();
  const allExpanded = expanded.size === pack.themes.length;

  // A theme asked for (from the page, the address bar or Resources) comes into view with the keyboard on it.
  useEffect(() => {
    if (!jumpTo) return;
    const toggle = document.getElementById(`theme-toggle-${jumpTo}`);
    toggle?.scrollIntoView({ block: 'start' });
    toggle?.focus();
    actions.themeShown();
  }, [jumpTo, actions]);

  return (
    <>
      <div class="toolbar">
        <button type="button" class="quiet" onClick={() => actions.setAllThemes(!allExpanded)}>
          {allExpanded ? 'Collapse all themes' : 'Expand all themes'}
        </button>
      </div>
      {pack.themes.map((theme) => (
        <ThemeSection
          key={theme.id}
          theme={theme}
          why={extras?.whys[theme.id]}
          review={extras?.reviews[theme.id]}
          checklist={state.checklist}
          expanded={expanded.has(theme.id)}
          onToggle={actions.toggleTheme}
          onAnswer={(id, answer) => void actions.answer(id, answer)}
        />
      ))}
    </>
  );
}
