import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecentCase } from '../core/case-index';
import { formatTime } from '../core/time';

export interface CaseSelectorProps {
  openRef: string | null;
  recent: readonly RecentCase[];
  onOpen(input: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Put the keyboard in the box as it appears (it was opened with "Other cases"). */
  focusOnOpen?: boolean;
}

export function CaseSelector({ openRef, recent, onOpen, focusOnOpen = false }: CaseSelectorProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnOpen) box.current?.focus();
  }, [focusOnOpen]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onOpen(input);
    if (result.ok) {
      setInput('');
      setError(null);
    } else {
      setError(result.reason);
    }
  };

  return (
    <section id="case-selector" class="case-selector" aria-labelledby="case-selector-heading">
      <h2 id="case-selector-heading">Case</h2>
      <form onSubmit={submit} noValidate>
        <label for="case-ref">Case reference</label>
        <p class="hint" id="case-ref-hint">
          The case system’s id for the case, not a name.
        </p>
        <div class="field-row">
          <input
            id="case-ref"
            ref={box}
            name="case-ref"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'case-ref-hint case-ref-error' : 'case-ref-hint'}
          />
          <button type="submit">Open case</button>
        </div>
        {error && (
          <p class="field-error" id="case-ref-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {recent.length > 0 && (
        <nav aria-labelledby="recent-heading" class="recent">
          <h3 id="recent-heading">Recent cases</h3>
          <ul>
            {recent.map((c) => {
              const current = c.ref === openRef;
              return (
                <li key={c.ref}>
                  <button
                    type="button"
                    class="recent-case"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => void onOpen(c.ref)}
                  >
                    <span class="recent-ref">{c.ref}</span>
                    {current && <span class="tag"> (open)</span>}
                  </button>
                  <span class="recent-when">Last used {formatTime(c.touchedAt)}</span>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </section>
  );
}
