import { describe, expect, it } from 'vitest';
import { quadrantOf, quadrants } from '../../src/analytics/quadrants.ts';
import { linkedFixture } from './aggregate.fixtures.ts';

describe('quadrants()', () => {
  const linked = linkedFixture({
    units: ['v', 'f', 'u', 'c', 'x'],
    employee: { engagement: [4, 2, 4, 2, 3] },
    customer: { nps: [40, 40, 0, 0, 20], ces: [2, 2, 6, 6, 4] },
    linked: [true, true, true, true, false],
  });

  it('places linked units by z-score on both axes', () => {
    const result = quadrants(linked, { employee: 'engagement', customer: 'nps' });
    expect(result.n).toBe(4);
    expect(result.points.map((p) => [p.unit, p.quadrant])).toEqual([
      ['v', 'virtuous'], ['f', 'fragile'], ['u', 'untapped'], ['c', 'critical'],
    ]);
    const sd = Math.sqrt(4 / 3); // sample sd of 4, 2, 4, 2
    expect(result.points[0]!.zEmployee).toBeCloseTo(1 / sd, 12);
    expect(result.counts).toEqual({ virtuous: 1, fragile: 1, untapped: 1, critical: 1 });
  });

  it('reads low effort as high for CES', () => {
    const result = quadrants(linked, { employee: 'engagement', customer: 'ces' });
    expect(result.customerLowerIsBetter).toBe(true);
    expect(result.points.map((p) => p.quadrant)).toEqual(['virtuous', 'fragile', 'untapped', 'critical']);
  });

  it('places no unit, with a reason, when an axis has no spread', () => {
    const flat = linkedFixture({ units: ['a', 'b', 'c'], employee: { engagement: [3, 3, 3] }, customer: { nps: [1, 2, 3] } });
    expect(quadrants(flat, { employee: 'engagement', customer: 'nps' }).reason).toBe('constant-input');
    expect(quadrants(flat, { employee: 'missing', customer: 'nps' }).reason).toBe('too-few-units');
  });

  it('counts z = 0 as high', () => {
    expect(quadrantOf(0, 0)).toBe('virtuous');
    expect(quadrantOf(-0.1, 0)).toBe('fragile');
    expect(quadrantOf(0, -0.1)).toBe('untapped');
  });
});
