import { useLater } from '../later';
import { type PackExtras, usePanel } from './context';

/** The open pack's "why this matters" and glossary: null until they load, after the first paint. */
export function useExtras(): PackExtras | null {
  const { state, shell } = usePanel();
  return useLater(shell.extrasOf, false, state.pack.id);
}
