import { useState } from 'preact/hooks';
import { type CaseRule, REF_PLACEHOLDER, ruleProblem, ruleValue } from '../core/case-rules';
import type { SiteChange } from '../core/sites';

type Kind = CaseRule['kind'];

const KINDS: Record<Kind, { choice: string; label: string; hint: string; example: string }> = {
  path: {
    choice: 'In the page address, as part of the path',
    label: 'Address pattern',
    hint: `Write ${REF_PLACEHOLDER} where the case reference is and * for any other part, e.g. /people/${REF_PLACEHOLDER}/record.`,
    example: `/cases/${REF_PLACEHOLDER}`,
  },
  query: {
    choice: 'In the page address, after a name and “=”',
    label: 'Name in the address',
    hint: 'The name before “=” in the address, e.g. caseId in …?caseId=123456.',
    example: 'caseId',
  },
  title: {
    choice: 'In the page title (the tab’s name)',
    label: 'Title pattern',
    hint: `Write ${REF_PLACEHOLDER} where the case reference is and * for any other text, e.g. Case ${REF_PLACEHOLDER}*.`,
    example: `Case ${REF_PLACEHOLDER}`,
  },
  selector: {
    choice: 'In a part of the page',
    label: 'CSS selector of that part',
    hint: 'Ask your system administrator, e.g. #case-id. Pause Point reads the case reference from its text.',
    example: '#case-id',
  },
};

function ruleOf(kind: Kind, value: string): CaseRule {
  const v = value.trim();
  if (kind === 'query') return { kind, name: v };
  if (kind === 'selector') return { kind, selector: v };
  return { kind, pattern: v };
}

export interface SiteSetupProps {
  /** Prefixes ids so two forms can share a page. */
  idPrefix: string;
  initial: CaseRule | null;
  submitLabel: string;
  /** Tests a rule on the open tab; absent where there is no tab to test on (settings page). */
  onTest?(rule: CaseRule): Promise<string | null>;
  /** Called straight from the submit, so a permission prompt can open. */
  onSubmit(rule: CaseRule): Promise<SiteChange>;
  onCancel?(): void;
}

/** How a case system shows the case reference: the rule, with a way to test it on the open page. */
export function SiteSetup({ idPrefix, initial, submitLabel, onTest, onSubmit, onCancel }: SiteSetupProps) {
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'path');
  const [value, setValue] = useState(initial ? ruleValue(initial) : '');
  const [found, setFound] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  const test = async () => {
    const rule = ruleOf(kind, value);
    const reason = ruleProblem(rule);
    if (reason) {
      setProblem(reason);
      setFound(null);
      return;
    }
    setProblem(null);
    const ref = onTest ? await onTest(rule) : null;
    setFound(ref ? `Finds case ${ref} on this page.` : 'Finds no case reference on this page.');
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const rule = ruleOf(kind, value);
    const reason = ruleProblem(rule);
    if (reason) {
      setProblem(reason);
      return;
    }
    setProblem(null);
    // No await before this call: it may need to open the browser's permission prompt.
    void onSubmit(rule).then((result) => {
      if (!result.ok) setProblem(result.reason);
    });
  };

  return (
    <form class="site-setup" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Where does this site show the case reference?</legend>
        {(Object.keys(KINDS) as Kind[]).map((k) => (
          <div class="choice" key={k}>
            <input
              type="radio"
              id={id(`kind-${k}`)}
              name={id('kind')}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setFound(null);
              }}
            />
            <label for={id(`kind-${k}`)}>{KINDS[k].choice}</label>
          </div>
        ))}
      </fieldset>
      <label for={id('value')}>{KINDS[kind].label}</label>
      <p class="hint" id={id('value-hint')}>
        {KINDS[kind].hint}
      </p>
      <input
        id={id('value')}
        type="text"
        spellcheck={false}
        autocomplete="off"
        value={value}
        placeholder={KINDS[kind].example}
        aria-describedby={problem ? `${id('value-hint')} ${id('problem')}` : id('value-hint')}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      {problem && (
        <p class="field-error" id={id('problem')} role="alert">
          {problem}
        </p>
      )}
      <div class="form-actions">
        {onTest && (
          <button type="button" class="secondary" onClick={() => void test()}>
            Test on this page
          </button>
        )}
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" class="quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" class="test-result">
        {found}
      </p>
    </form>
  );
}
