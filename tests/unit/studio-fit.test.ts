import { describe, expect, it } from 'vitest';
import { fitText } from '../../core/pack/fit';

describe('the fit check, in words', () => {
  it('says “fits”, or how many questions are below the fold at which size', () => {
    expect(fitText({ below: [0, 0, 0] })).toBe('fits at 360×585, 240×600, 400×740');
    expect(fitText({ below: [2, 4, 0] })).toBe(
      '2 questions below the fold at 360×585, 4 questions below the fold at 240×600',
    );
    expect(fitText({ below: [0, 1, 0] })).toBe('one question below the fold at 240×600');
  });
});
