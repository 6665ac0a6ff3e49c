/**
 * Quadrants (DESIGN §4): linked units placed by z-score on both axes. Both high: virtuous;
 * customers high but employees low: fragile (erosion ahead); employees high but customers low:
 * untapped; both low: critical. A z of exactly 0 counts as high. "High" means better: for CES,
where a higher answer means more effort, the customer z is negated by default.
 *
 * @module
 */

import type { LinkedUnits } from './linkage.ts';
import { LINKAGE_CAPTION } from './linkage.ts';

export type Quadrant = 'virtuous' | 'fragile' | 'untapped' | 'critical';

export interface QuadrantPoint {
  unit: string;
  period: string;
  employee: number;
  customer: number;
  /** (value − mean) / sample sd over the placed units (negated when lower is better). */
  zEmployee: number;
  zCustomer: number;
  quadrant: Quadrant;
}

export interface QuadrantResult {
  caption: typeof LINKAGE_CAPTION;
  employee: string;
  customer: string;
  /** Units placed (linked rows with both values). */
  n: number;
  points: QuadrantPoint[];
  counts: Record<Quadrant, number>;
  /** Whether the customer axis was negated so that high means better. */
  customerLowerIsBetter: boolean;
  /** Why no unit is placed: fewer than 3 units, or no spread on an axis. */
  reason?: 'too-few-units' | 'constant-input';
}

/** The quadrant of a pair of z-scores. */
export function quadrantOf(zEmployee: number, zCustomer: number): Quadrant {
  if (zEmployee >= 0) return zCustomer >= 0 ? 'virtuous' : 'untapped';
  return zCustomer >= 0 ? 'fragile' : 'critical';
}

/** Mean and sample sd of the selected values (two-pass). */
function standardise(values: Float64Array): { mean: number; sd: number } {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let m2 = 0;
  for (const value of values) m2 += (value - mean) * (value - mean);
  return { mean, sd: Math.sqrt(m2 / (values.length - 1)) };
}

/**
 * Places the linked units of a metric pair in the four quadrants. `customerLowerIsBetter`
 * defaults to true for `ces` only.
 */
export function quadrants(linked: LinkedUnits, pair: { employee: string; customer: string; customerLowerIsBetter?: boolean }): QuadrantResult {
  const customerLowerIsBetter = pair.customerLowerIsBetter ?? pair.customer === 'ces';
  const sign = customerLowerIsBetter ? -1 : 1;
  const employee = linked.employee.get(pair.employee);
  const customer = linked.customer.get(pair.customer);
  const rows: number[] = [];
  if (employee && customer) {
    for (let row = 0; row < linked.linked.length; row++) {
      if (linked.linked[row] && Number.isFinite(employee[row]) && Number.isFinite(customer[row])) rows.push(row);
    }
  }
  const counts: Record<Quadrant, number> = { virtuous: 0, fragile: 0, untapped: 0, critical: 0 };
  const base: Omit<QuadrantResult, 'points' | 'reason'> = { caption: LINKAGE_CAPTION, employee: pair.employee, customer: pair.customer, n: rows.length, counts, customerLowerIsBetter };
  if (!employee || !customer || rows.length < 3) return { ...base, points: [], reason: 'too-few-units' };
  const x = standardise(Float64Array.from(rows, (row) => employee[row]!));
  const y = standardise(Float64Array.from(rows, (row) => customer[row]!));
  if (!(x.sd > 0) || !(y.sd > 0)) return { ...base, points: [], reason: 'constant-input' };
  const P = linked.periods.length;
  const points = rows.map((row): QuadrantPoint => {
    const zEmployee = (employee[row]! - x.mean) / x.sd;
    const zCustomer = (sign * (customer[row]! - y.mean)) / y.sd;
    const quadrant = quadrantOf(zEmployee, zCustomer);
    counts[quadrant]++;
    return {
      unit: linked.units[Math.floor(row / P)]!,
      period: linked.periods[row % P]!,
      employee: employee[row]!,
      customer: customer[row]!,
      zEmployee,
      zCustomer,
      quadrant,
    };
  });
  return { ...base, points };
}
