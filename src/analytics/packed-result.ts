/**
 * A compact transport form of `AnalysisResult` for crossing a thread boundary. The per-period
 * unit lists (about 80% of the result: ~25,000 small objects for the sample dataset) travel as
 * one JSON string per period and unit, decoded on first read: a structured clone of them
 * blocks the receiving thread for ~100 ms, and most views never read them (a KPI tile of one
 * unit decodes that unit's summaries only, through `periodUnit`).
 *
 * @module
 */

import type { AnalysisResult, UnitSummary } from './analyze.ts';

type PeriodEntry = AnalysisResult['periods'][number];

/** An analysis result whose `periods[i].units` are still encoded (`packedPeriodUnits[i]`: unit ids and JSON). */
export type PackedAnalysisResult = AnalysisResult & { packedPeriodUnits?: { ids: string[]; json: string[] }[] };

// Sentinels that no unit id, name or period can take: JSON has no NaN or Infinity.
const NAN = '\u0000NaN';
const POSITIVE = '\u0000+Inf';
const NEGATIVE = '\u0000-Inf';
const PACKED = Symbol('packed period units');

function replacer(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  return Number.isNaN(value) ? NAN : value > 0 ? POSITIVE : NEGATIVE;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || value.charCodeAt(0) !== 0) return value;
  return value === NAN ? Number.NaN : value === POSITIVE ? Number.POSITIVE_INFINITY : value === NEGATIVE ? Number.NEGATIVE_INFINITY : value;
}

/** Encodes the per-period unit lists; everything else is left as it is. */
export function packPeriods(result: AnalysisResult): PackedAnalysisResult {
  return {
    ...result,
    periods: result.periods.map((entry) => ({ ...entry, units: [] })),
    packedPeriodUnits: result.periods.map((entry) => ({
      ids: entry.units.map((u) => u.unit),
      json: entry.units.map((u) => JSON.stringify(u, replacer)),
    })),
  };
}

interface PackedEntry {
  [PACKED]?: { ids: string[]; json: string[] };
}

/**
 * Turns a packed result back into an `AnalysisResult` in place: each period's `units` decodes
 * the first time it is read (NaN and infinities restored). Unpacked results pass through.
 */
export function unpackPeriods(result: PackedAnalysisResult): AnalysisResult {
  const packed = result.packedPeriodUnits;
  if (!packed) return result;
  delete result.packedPeriodUnits;
  result.periods.forEach((entry, i) => {
    const lists = packed[i] ?? { ids: [], json: [] };
    Object.defineProperty(entry, PACKED, { value: lists, configurable: true, enumerable: false });
    Object.defineProperty(entry, 'units', {
      configurable: true,
      enumerable: true,
      get(): UnitSummary[] {
        const units = lists.json.map((text) => JSON.parse(text, reviver) as UnitSummary);
        Object.defineProperty(entry, 'units', { value: units, writable: true, enumerable: true, configurable: true });
        delete (entry as PackedEntry)[PACKED];
        return units;
      },
    });
  });
  return result;
}

/** One unit's summary in a period entry, decoding only that unit while the entry is packed. */
export function periodUnit(entry: PeriodEntry, unit: string): UnitSummary | undefined {
  const packed = (entry as PackedEntry)[PACKED];
  if (!packed) return entry.units.find((s) => s.unit === unit);
  const index = packed.ids.indexOf(unit);
  return index < 0 ? undefined : (JSON.parse(packed.json[index]!, reviver) as UnitSummary);
}
