import { useLater } from '../later';
import { type PackExtras, usePanel } from './context';

/** The open pack's "why this matters" and glossary: null until they load, after the first paint. */
export function useExtras(): PackExtras | null {
  const { state, shell } = usePanel();
  // Keyed on the version too: a new version of the pack brings its own "why this matters".
  return useLater(shell.extrasOf, false, `${state.pack.id}@${state.pack.version}`);
}
