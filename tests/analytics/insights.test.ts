import { describe, expect, it } from 'vitest';
import { CAVEAT, buildInsights, keyDrivers, strengthOf } from '../../src/analytics/insights.ts';
import { correlateLinked } from '../../src/analytics/linkage.ts';
import { lagCorrelations } from '../../src/analytics/lags.ts';
import { quadrants } from '../../src/analytics/quadrants.ts';
import { linkedFixture, seededRandom } from './aggregate.fixtures.ts';

describe('strengthOf()', () => {
  it.each([
    [0, 'negligible'], [0.0999, 'negligible'], [0.1, 'small'], [-0.1, 'small'], [0.2999, 'small'], [0.3, 'moderate'],
    [-0.4999, 'moderate'], [0.5, 'strong'], [-0.5, 'strong'], [1, 'strong'], [Number.NaN, 'negligible'],
  ] as const)('|r| = %s is %s', (r, word) => {
    expect(strengthOf(r)).toBe(word);
  });
});

describe('buildInsights()', () => {
  const random = seededRandom(9);
  const size = 60;
  const climate = Array.from({ length: size }, () => random());
  const linked = linkedFixture({
    units: Array.from({ length: size }, (_, i) => `t${i}`),
    employee: {
      engagement: climate.map((c) => c + 0.2 * random()),
      recognition: climate.map((c) => c + 0.3 * random()),
      workload: climate.map(() => random()),
    },
    customer: { nps: climate.map((c) => 40 * c + 5 * random()), fcr: climate.map(() => random()) },
  });
  const linkage = correlateLinked(linked);
  const insights = buildInsights({
    linkage,
    quadrants: quadrants(linked, { employee: 'engagement', customer: 'nps' }),
    drivers: [keyDrivers(linked, 'nps')],
    reliability: { engagement: { icc1: 0.12, icc2: 0.55, groups: 60, n: 600, meanGroupSize: 10 } },
  });

  it('keeps non-significant effects, ranked after the significant ones', () => {
    const linkageInsights = insights.filter((i) => i.kind === 'linkage');
    expect(linkageInsights).toHaveLength(linkage.pairs.length);
    const firstWeak = insights.findIndex((i) => !i.significant);
    expect(insights.slice(firstWeak).some((i) => i.significant)).toBe(false);
    expect(insights[0]!.significant).toBe(true);
    expect(insights[0]!.strength).toBe('strong');
    expect(insights[0]!.direction).toBe('positive');
    expect(insights.every((i) => i.caveat === CAVEAT)).toBe(true);
    expect(insights.some((i) => i.kind === 'linkage' && !i.significant)).toBe(true);
  });

  it('names the top driver with its share of R²', () => {
    const driver = insights.find((i) => i.kind === 'driver')!;
    expect(driver.employee).toBe('recognition');
    expect(driver.driver!.rescaled).toBeGreaterThan(50);
    expect(driver.pAdjusted).toBe(linkage.pairs.find((p) => p.employee === 'recognition' && p.customer === 'nps')!.pAdjusted);
  });

  it('passes the driver refusal through (too few units for the drivers)', () => {
    const small = linkedFixture({
      units: ['a', 'b', 'c', 'd', 'e', 'f'],
      employee: { recognition: [1, 2, 3, 4, 5, 3], workload: [2, 1, 4, 3, 5, 2] },
      customer: { nps: [10, 20, 15, 30, 50, 20] },
    });
    const drivers = keyDrivers(small, 'nps');
    expect(drivers.refused).toBeDefined();
    const [driver] = buildInsights({ drivers: [drivers] });
    expect(driver!.kind).toBe('driver');
    expect(driver!.reason).toBe('too-few-units');
    expect(driver!.effect.r).toBeNaN();
  });

  it('flags unreliable unit means and summarises quadrants', () => {
    const reliability = insights.find((i) => i.kind === 'reliability')!;
    expect(reliability.reliability).toEqual({ icc1: 0.12, icc2: 0.55, reliable: false });
    expect(insights.at(-1)!.kind).toBe('reliability');
    const quadrant = insights.find((i) => i.kind === 'quadrant')!;
    expect(Object.values(quadrant.quadrants!).reduce((a, b) => a + b, 0)).toBe(size);
  });

  it('describes the best lead of a lag family', () => {
    const panel = linkedFixture({
      units: ['a', 'b', 'c', 'd', 'e'],
      periods: ['2026', '2027', '2028'],
      employee: { engagement: [1, 2, 3, 2, 3, 1, 3, 1, 2, 1, 3, 2, 2, 2, 3] },
      customer: { nps: [0, 1, 2, 0, 2, 3, 0, 3, 1, 0, 1, 3, 0, 2, 2] },
    });
    const lags = lagCorrelations(panel, { employee: 'engagement', customer: 'nps', maxLag: 1 });
    const [lag] = buildInsights({ lags: [lags] });
    expect(lag!.kind).toBe('lag');
    expect(lag!.lag).toBe(1);
    expect(lag!.effect.r).toBeCloseTo(1, 12);
  });
});
