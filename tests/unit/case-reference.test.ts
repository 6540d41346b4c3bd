import { describe, expect, it } from 'vitest';
import { checkCaseReference } from '../../core/case-reference';

describe('case references', () => {
  it.each([
    ['123456', '123456'],
    ['  CS-2024-000781 ', 'CS-2024-000781'],
    ['LCS/12/3456', 'LCS/12/3456'],
    ['mosaic_99887', 'mosaic_99887'],
    ['a'.repeat(40), 'a'.repeat(40)],
  ])('accepts the case system id %j', (input, ref) => {
    expect(checkCaseReference(input)).toEqual({ ok: true, ref });
  });

  it.each([
    ['', /Enter the case reference/],
    ['   ', /Enter the case reference/],
    ['Jane Smith', /letters, numbers, hyphens/],
    ['case#1', /letters, numbers, hyphens/],
    ['<script>', /letters, numbers, hyphens/],
    ['12 34', /Do not use names or spaces/],
    ['a'.repeat(41), /up to 40 characters\. This one has 41/],
    ['Zoë-1', /letters, numbers/],
    ['constructor', /cannot be a case reference/],
    ['__proto__', /cannot be a case reference/],
  ])('refuses %j with a clear reason', (input, reason) => {
    const result = checkCaseReference(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
