import { describe, expect, it } from 'vitest';
import { assuredEffect, orderInsights, sectionOf, showInsights } from '../../src/components/insights/insights-order.ts';
import type { Insight } from '../../src/components/insights/insights.types.ts';
import { insightsAreaEn, insightsAreaFr } from '../../src/i18n/areas/insights.ts';

const caveat = 'unit-level-association-not-causation' as const;
const NaN2: [number, number] = [Number.NaN, Number.NaN];

function effect(kind: Insight['kind'], employee: string, customer: string, r: number, ci: [number, number], pAdjusted: number, n = 96): Insight {
  return {
    kind, employee, customer, n, effect: { r, ci }, pAdjusted, significant: pAdjusted < 0.05,
    strength: 'moderate', direction: r > 0 ? 'positive' : r < 0 ? 'negative' : 'none', caveat,
  };
}

const lagAutonomyCes = { ...effect('lag', 'autonomy', 'ces', -0.608, [-0.66, -0.55], 3e-56, 548), lag: 1 };
const linkAutonomyCes = effect('linkage', 'autonomy', 'ces', -0.677, [-0.77, -0.55], 1.2e-12);
const linkEngagementCes = effect('linkage', 'engagement', 'ces', -0.627, [-0.73, -0.49], 1.4e-10);
const lagEngagementNps = { ...effect('lag', 'engagement', 'nps', 0.428, [0.36, 0.49], 2e-25, 549), lag: 1 };
// Larger r than the next one but a wide interval: the precise effect ranks first.
const vague = effect('linkage', 'recognition', 'fcr', 0.5, [0.1, 0.76], 0.02, 18);
const precise = effect('linkage', 'wellbeing', 'nps', 0.45, [0.39, 0.5], 1e-9, 600);
const driver = { ...effect('driver', 'autonomy', 'nps', 0.462, NaN2, 6.4e-6), driver: { rescaled: 31, rSquared: 0.41 } };
const driverNotSignificant = { ...effect('driver', 'workload', 'fcr', 0.12, NaN2, 0.3), driver: { rescaled: 22, rSquared: 0.08 } };
const driverRefused = { ...effect('driver', '', 'csat', Number.NaN, NaN2, Number.NaN, 12), reason: 'too-few-units' };
const quadrant = { ...effect('quadrant', 'engagement', 'nps', 0.39, [0.21, 0.55], 2.3e-4), quadrants: { virtuous: 30, fragile: 18, untapped: 20, critical: 28 } };
const reliability = (metric: string, icc2: number): Insight => ({
  ...effect('reliability', metric, 'x', Number.NaN, NaN2, Number.NaN, 24000), customer: null, reliability: { icc1: 0.1, icc2, reliable: icc2 >= 0.7 },
});
const notSignificantSmall = effect('linkage', 'recognition', 'csat', 0.09, [-0.11, 0.29], 0.37);
const notSignificantLarger = effect('linkage', 'development', 'fcr', 0.196, [-0.004, 0.38], 0.061);
const undefinedR = { ...effect('linkage', 'wellbeing', 'fcr', Number.NaN, NaN2, Number.NaN, 2), reason: 'too-few-pairs' };

describe('sectionOf', () => {
  it('sorts each insight into its group', () => {
    expect(sectionOf(lagAutonomyCes)).toBe('associations');
    expect(sectionOf(linkEngagementCes)).toBe('associations');
    expect(sectionOf(driver)).toBe('drivers');
    expect(sectionOf(driverNotSignificant)).toBe('not-significant');
    expect(sectionOf(driverRefused)).toBe('no-estimate');
    expect(sectionOf(quadrant)).toBe('quadrants');
    expect(sectionOf({ ...quadrant, effect: { r: 0.05, ci: [-0.15, 0.25] }, pAdjusted: 0.6, significant: false })).toBe('not-significant');
    expect(sectionOf({ ...quadrant, effect: { r: Number.NaN, ci: NaN2 } })).toBe('quadrants');
    expect(sectionOf({ ...quadrant, reason: 'too-few-units' })).toBe('no-estimate');
    expect(sectionOf(reliability('engagement', 0.74))).toBe('reliability');
    expect(sectionOf({ ...reliability('engagement', 0.74), reliability: { icc1: Number.NaN, icc2: Number.NaN, reliable: false } })).toBe('no-estimate');
    expect(sectionOf(notSignificantSmall)).toBe('not-significant');
    expect(sectionOf(undefinedR)).toBe('no-estimate');
  });
});

describe('assuredEffect', () => {
  it('is the CI bound nearest zero, 0 across zero, |r| without an interval, -1 without an effect', () => {
    expect(assuredEffect(lagAutonomyCes)).toBe(0.55);
    expect(assuredEffect(lagEngagementNps)).toBe(0.36);
    expect(assuredEffect(notSignificantSmall)).toBe(0);
    expect(assuredEffect(driver)).toBe(0.462);
    expect(assuredEffect(driverNotSignificant)).toBe(0);
    expect(assuredEffect(undefinedR)).toBe(-1);
  });
});

describe('orderInsights', () => {
  const input = [
    reliability('engagement', 0.74), notSignificantSmall, undefinedR, driverRefused, vague, quadrant, notSignificantLarger,
    lagEngagementNps, driver, reliability('recognition', 0.66), linkAutonomyCes, driverNotSignificant, precise, lagAutonomyCes, linkEngagementCes,
  ];
  const ordered = orderInsights(input);

  it('puts significant associations first, then drivers, quadrants, reliability, not significant, no estimate; drops nothing', () => {
    expect(ordered).toHaveLength(input.length);
    expect(new Set(ordered)).toEqual(new Set(input));
    expect(ordered.map(sectionOf)).toEqual([
      'associations', 'associations', 'associations', 'associations', 'associations', 'associations',
      'drivers', 'quadrants', 'reliability', 'reliability',
      'not-significant', 'not-significant', 'not-significant',
      'no-estimate', 'no-estimate',
    ]);
  });

  it('ranks associations by the CI bound nearest zero, each metric pair once before any repeat', () => {
    expect(ordered.slice(0, 6)).toEqual([
      // Both autonomy–CES effects reach 0.55 at the near bound; the lagged one waits as a repeat of the pair.
      linkAutonomyCes, linkEngagementCes, precise, lagEngagementNps, vague, lagAutonomyCes,
    ]);
  });

  it('ranks the not-significant ones by effect and keeps reliability and no-estimate in their given order', () => {
    expect(ordered.slice(8, 10).map((i) => i.employee)).toEqual(['engagement', 'recognition']);
    expect(ordered.slice(10, 13)).toEqual([notSignificantLarger, driverNotSignificant, notSignificantSmall]);
    expect(ordered.slice(10, 13).every((i) => !i.significant)).toBe(true);
    expect(ordered.slice(13)).toEqual([undefinedR, driverRefused]);
  });
});

describe('showInsights', () => {
  const ordered = orderInsights([lagEngagementNps, driver, quadrant, reliability('engagement', 0.74), notSignificantSmall, notSignificantLarger, undefinedR, linkAutonomyCes]);

  it('shows the first `limit`, grouped, and counts the hidden non-significant ones', () => {
    const shown = showInsights(ordered, 3);
    expect(shown.groups.map((g) => [g.section, g.insights.length])).toEqual([['associations', 2], ['drivers', 1]]);
    expect(shown).toMatchObject({ total: 8, shown: 3, hidden: 5, hiddenNotSignificant: 2, grouped: true });
  });

  it('shows everything when the limit is 0, not a number, or not reached', () => {
    for (const limit of [0, Number.NaN, -1, 8, 50]) {
      const shown = showInsights(ordered, limit);
      expect(shown.shown).toBe(8);
      expect(shown.hidden).toBe(0);
      expect(shown.groups.map((g) => g.section)).toEqual(['associations', 'drivers', 'quadrants', 'reliability', 'not-significant', 'no-estimate']);
    }
    expect(showInsights(ordered, 2.7).shown).toBe(2);
  });

  it('does not group a list of one kind', () => {
    expect(showInsights(orderInsights([lagEngagementNps, linkAutonomyCes]), 6).grouped).toBe(false);
    expect(showInsights([], 6)).toMatchObject({ groups: [], total: 0, hidden: 0, grouped: false });
  });
});

describe('insights area strings', () => {
  it('say how many are left out and how many of those are not significant, in both languages', () => {
    expect(insightsAreaEn.notShown(5, 0)).toBe('5 more insights are not shown.');
    expect(insightsAreaEn.notShown(1, 1)).toBe('1 more insight is not shown: it is not significant after Benjamini–Hochberg adjustment.');
    expect(insightsAreaEn.notShown(4, 4)).toBe('4 more insights are not shown: none of them is significant after Benjamini–Hochberg adjustment.');
    expect(insightsAreaEn.notShown(71, 4)).toBe('71 more insights are not shown, 4 of them not significant after Benjamini–Hochberg adjustment.');
    expect(insightsAreaFr.notShown(1, 0)).toBe('1 autre enseignement n’est pas affiché.');
    expect(insightsAreaFr.notShown(71, 1)).toBe('71 autres enseignements ne sont pas affichés, dont 1 non significatif après correction de Benjamini–Hochberg.');
    expect(insightsAreaFr.notShown(71, 4)).toBe('71 autres enseignements ne sont pas affichés, dont 4 non significatifs après correction de Benjamini–Hochberg.');
    expect(insightsAreaFr.notShown(3, 3)).toBe('3 autres enseignements ne sont pas affichés : aucun n’est significatif après correction de Benjamini–Hochberg.');
    expect(insightsAreaEn.showAll(77)).toBe('Show all 77 insights');
    expect(insightsAreaFr.showAll(77)).toBe('Afficher les 77 enseignements');
    expect(Object.keys(insightsAreaFr.sectionHeading)).toEqual(Object.keys(insightsAreaEn.sectionHeading));
  });
});
