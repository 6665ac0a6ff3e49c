import { describe, expect, it } from 'vitest';
import { DEFAULT_MIRROR_PAIRS, attentionMirror } from '../../src/analytics/mirror.ts';
import { linkedFixture, seededRandom } from './aggregate.fixtures.ts';

describe('attentionMirror()', () => {
  const random = seededRandom(6); // a seed where the independent pair is, as expected, not significant
  const size = 40;
  const climate = Array.from({ length: size }, () => random());
  const noise = () => 0.3 * (random() - 0.5);
  const linked = linkedFixture({
    units: Array.from({ length: size }, (_, i) => `t${i}`),
    employee: {
      Recognition: climate.map((c) => c + noise()),
      'Work-load': climate.map((c) => c + noise()),
      autonomy: climate.map(() => random()),
    },
    customer: {
      nps: climate.map((c) => 50 * c + 10 * noise()),
      ces: climate.map((c) => 5 - 2 * c + noise()),
      fcr: climate.map(() => 100 * random()),
    },
  });

  it('matches item ids loosely and reports the expected direction', () => {
    const result = attentionMirror(linked);
    expect(result.entries.map((e) => [e.employee, e.metric, e.customer])).toEqual([
      ['recognition', 'Recognition', 'nps'],
      ['autonomy', 'autonomy', 'fcr'],
      ['workload', 'Work-load', 'ces'],
    ]);
    const [recognition, autonomy, workload] = result.entries;
    expect(recognition!.asExpected).toBe(true);
    expect(recognition!.significant).toBe(true);
    expect(workload!.r).toBeLessThan(-0.5);
    expect(workload!.asExpected).toBe(true);
    expect(autonomy!.significant).toBe(false); // shown, not hidden
    expect(result.missing.map((p) => p.employee)).toEqual(['wellbeing', 'manager_support', 'development']);
    expect(DEFAULT_MIRROR_PAIRS).toHaveLength(6);
  });

  it('accepts custom pairs', () => {
    const result = attentionMirror(linked, [{ employee: 'autonomy', customer: 'nps', expected: 'positive' }]);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]!.pAdjusted).toBe(result.entries[0]!.p); // a family of one
  });
});
