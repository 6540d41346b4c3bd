/**
 * The shape of a case-reference rule and the check of one a practitioner typed. Kept apart
 * from the matching code in case-rules.ts so that reading stored sites does not load it.
 */
export type CaseRule =
  | { kind: 'query'; name: string }
  | { kind: 'path'; pattern: string }
  | { kind: 'title'; pattern: string }
  | { kind: 'selector'; selector: string };

export const REF_PLACEHOLDER = '{ref}';

export const RULE_VALUE_MAX_LENGTH = 200;

/** The one value a practitioner types for a rule. */
export function ruleValue(rule: CaseRule): string {
  return rule.kind === 'query' ? rule.name : rule.kind === 'selector' ? rule.selector : rule.pattern;
}

/** Checks a rule a practitioner typed; returns the reason it cannot be used, or null. */
export function ruleProblem(rule: CaseRule): string | null {
  const value = ruleValue(rule);
  if (value.trim() === '') return 'Fill in how to find the case reference.';
  if (value.length > RULE_VALUE_MAX_LENGTH) return `Keep it under ${RULE_VALUE_MAX_LENGTH} characters.`;
  if ((rule.kind === 'path' || rule.kind === 'title') && value.split(REF_PLACEHOLDER).length !== 2) {
    return `Put ${REF_PLACEHOLDER} once where the case reference appears, and * for any other text.`;
  }
  if (rule.kind === 'query' && !/^[\w.[\]-]+$/.test(value)) return 'A parameter name has no spaces or symbols.';
  return null;
}
