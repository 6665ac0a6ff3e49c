import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analytics/analyze.ts';
import { packPeriods, periodUnit, unpackPeriods } from '../../src/analytics/packed-result.ts';
import { syntheticDataset } from './aggregate.fixtures.ts';

describe('packPeriods() / unpackPeriods()', () => {
  const data = syntheticDataset({ teams: 30, teamsPerSite: 10, sitesPerRegion: 3, quarters: 3 });
  const result = analyze(data.employees, data.customers, data.units);

  it('round-trips through a structured clone, NaN included, decoding each period on first read', () => {
    const packed = structuredClone(packPeriods(result));
    expect(packed.periods.every((p) => p.units.length === 0)).toBe(true);
    expect(packed.packedPeriodUnits).toHaveLength(3);
    const unpacked = unpackPeriods(packed);
    // One unit decodes alone while the period is still packed.
    const team = result.periods[1]!.units.find((u) => u.unit === 'T3')!;
    expect(periodUnit(unpacked.periods[1]!, 'T3')).toEqual(team);
    expect(periodUnit(unpacked.periods[1]!, 'nope')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(unpacked.periods[1]!, 'units')!.get).toBeDefined();
    expect('packedPeriodUnits' in unpacked).toBe(false);
    expect(unpacked.periods[0]!.units).toEqual(result.periods[0]!.units);
    expect(unpacked.periods[0]!.units).toBe(unpacked.periods[0]!.units); // decoded once
    expect(periodUnit(unpacked.periods[0]!, 'T3')).toBe(unpacked.periods[0]!.units.find((u) => u.unit === 'T3'));
    expect(unpacked.periods.map((p) => p.units)).toEqual(result.periods.map((p) => p.units));
    const withNaN = result.periods.flatMap((p) => p.units).find((u) => u.employees?.engagement && Number.isNaN(u.employees.engagement.sd));
    if (withNaN) expect(Number.isNaN(unpacked.periods.flatMap((p) => p.units).find((u) => u.unit === withNaN.unit)!.employees!.engagement!.sd)).toBe(true);
    expect(unpacked.organisation).toEqual(result.organisation);
  });

  it('leaves an unpacked result as it is', () => {
    expect(unpackPeriods(result)).toBe(result);
  });
});
