import type { CaseRule } from './case-rule-shape';

/** A rule in plain words, completing "the case reference is in …". */
export function describeRuleText(rule: CaseRule): string {
  switch (rule.kind) {
    case 'query':
      return `the “${rule.name}” part of the page address`;
    case 'path':
      return `the page address, shaped like ${rule.pattern}`;
    case 'title':
      return `the page title, shaped like “${rule.pattern}”`;
    case 'selector':
      return `the text of the page element ${rule.selector}`;
  }
}
