import { describe, expect, it } from 'vitest';
import { translation } from '../../src/i18n/format.ts';

describe('counts in sentences', () => {
  it('group digits as each language writes them', () => {
    expect(translation('en').respondents(2988)).toBe('2,988 respondents');
    expect(translation('en').customers(18178)).toBe('18,178 customer answers');
    expect(translation('en').respondents(1)).toBe('1 respondent');
    // French groups thousands with a narrow no-break space (some ICU versions use a no-break space).
    expect(translation('fr').respondents(2988)).toMatch(/^2[\u202f\u00a0]988 répondants$/);
    expect(translation('fr').customers(18178)).toMatch(/^18[\u202f\u00a0]178 réponses clients$/);
    expect(translation('en').recognition.found(4263)).toBe('4,263 new candidates found');
    expect(translation('fr').insights.showAll(1200)).toMatch(/^Afficher les 1[\u202f\u00a0]200 enseignements$/);
  });
});
