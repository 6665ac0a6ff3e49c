/**
 * Builders of small columnar tables for the analytics tests, and a seeded synthetic dataset
 * (regions > sites > teams, quarters) whose customer side follows the employee side with a lag.
 */
import type { CategoricalColumn, CustomerTable, EmployeeTable, Unit } from '../../src/model/types.ts';
import { MISSING_CODE } from '../../src/model/types.ts';
import type { LinkedUnits } from '../../src/analytics/linkage.ts';

/** Dictionary-encodes strings (null = missing). */
export function categorical(values: readonly (string | null)[]): CategoricalColumn {
  const dictionary = new Map<string, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((value, i) => {
    if (value === null) {
      codes[i] = MISSING_CODE;
      return;
    }
    let code = dictionary.get(value);
    if (code === undefined) {
      code = dictionary.size;
      dictionary.set(value, code);
    }
    codes[i] = code;
  });
  return { codes, values: [...dictionary.keys()] };
}

export interface EmployeeRow {
  unit: string | null;
  period: string | null;
  items?: Record<string, number | null>;
  enps?: number | null;
}

export function employeeTable(rows: readonly EmployeeRow[], itemIds: readonly string[], withEnps = true): EmployeeTable {
  return {
    kind: 'employees',
    length: rows.length,
    unit: categorical(rows.map((r) => r.unit)),
    period: categorical(rows.map((r) => r.period)),
    itemIds: [...itemIds],
    items: itemIds.map((id) => Float64Array.from(rows, (r) => r.items?.[id] ?? Number.NaN)),
    itemScale: { min: 1, max: 5 },
    ...(withEnps ? { enps: Float64Array.from(rows, (r) => r.enps ?? Number.NaN) } : {}),
  };
}

export interface CustomerRow {
  unit: string | null;
  period: string | null;
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
  fcr?: number | null;
  segment?: string | null;
  channel?: string | null;
}

export function customerTable(rows: readonly CustomerRow[]): CustomerTable {
  const column = (key: 'nps' | 'csat' | 'ces' | 'fcr') => Float64Array.from(rows, (r) => r[key] ?? Number.NaN);
  return {
    kind: 'customers',
    length: rows.length,
    unit: categorical(rows.map((r) => r.unit)),
    period: categorical(rows.map((r) => r.period)),
    nps: column('nps'),
    csat: column('csat'),
    ces: column('ces'),
    fcr: column('fcr'),
    segment: categorical(rows.map((r) => r.segment ?? null)),
    channel: categorical(rows.map((r) => r.channel ?? null)),
  };
}

/** Mulberry32: a small seeded generator, so fixtures are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  teams?: number;
  teamsPerSite?: number;
  sitesPerRegion?: number;
  quarters?: number;
  respondents?: number;
  customers?: number;
  seed?: number;
}

export const SYNTHETIC_ITEMS = ['recognition', 'autonomy', 'workload', 'wellbeing', 'manager_support'] as const;

/**
 * Teams with a latent climate that drifts by quarter; items and eNPS follow the climate of the
 * quarter, customer answers follow the climate of the previous quarter (a one-period lag).
 * Columns are filled directly (no row objects), as ingest would.
 */
export function syntheticDataset(options: SyntheticOptions = {}): { employees: EmployeeTable; customers: CustomerTable; units: Unit[]; periods: string[] } {
  const teams = options.teams ?? 200;
  const teamsPerSite = options.teamsPerSite ?? 20;
  const sitesPerRegion = options.sitesPerRegion ?? 10;
  const quarters = options.quarters ?? 8;
  const respondents = options.respondents ?? 8;
  const customersPerCell = options.customers ?? 15;
  const random = seededRandom(options.seed ?? 7);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

  const units: Unit[] = [];
  const sites = Math.ceil(teams / teamsPerSite);
  const regions = Math.ceil(sites / sitesPerRegion);
  for (let r = 0; r < regions; r++) units.push({ id: `R${r}`, name: `Region ${r}`, attributes: { level: 'region' } });
  for (let s = 0; s < sites; s++) units.push({ id: `S${s}`, name: `Site ${s}`, parentId: `R${Math.floor(s / sitesPerRegion)}`, attributes: { level: 'site' } });
  for (let t = 0; t < teams; t++) units.push({ id: `T${t}`, name: `Team ${t}`, parentId: `S${Math.floor(t / teamsPerSite)}`, attributes: { level: 'team' } });
  const periods = Array.from({ length: quarters }, (_, q) => `${2024 + Math.floor(q / 4)}-Q${(q % 4) + 1}`);

  const climate = new Float64Array(teams * quarters);
  for (let t = 0; t < teams; t++) {
    let level = normal();
    for (let q = 0; q < quarters; q++) {
      level = 0.7 * level + 0.5 * normal();
      climate[t * quarters + q] = level;
    }
  }

  // Employees.
  const employeeRows = teams * quarters * respondents;
  const unitCodes = new Uint32Array(employeeRows);
  const periodCodes = new Uint32Array(employeeRows);
  const items = SYNTHETIC_ITEMS.map(() => new Float64Array(employeeRows));
  const enps = new Float64Array(employeeRows);
  let row = 0;
  for (let t = 0; t < teams; t++) {
    for (let q = 0; q < quarters; q++) {
      const c = climate[t * quarters + q]!;
      // Team sizes vary, so some slices fall below the anonymity floor.
      const size = random() < 0.08 ? 1 + Math.floor(random() * 4) : respondents;
      for (let i = 0; i < respondents; i++) {
        if (i >= size) {
          unitCodes[row] = MISSING_CODE;
          periodCodes[row] = MISSING_CODE;
          for (const column of items) column[row] = Number.NaN;
          enps[row] = Number.NaN;
          row++;
          continue;
        }
        unitCodes[row] = t;
        periodCodes[row] = q;
        items.forEach((column, j) => {
          column[row] = random() < 0.03 ? Number.NaN : clamp(3.4 + 0.6 * c + (j === 2 ? -0.2 : 0) + 0.9 * normal(), 1, 5);
        });
        enps[row] = random() < 0.05 ? Number.NaN : clamp(7 + 1.5 * c + 1.8 * normal(), 0, 10);
        row++;
      }
    }
  }
  const teamIds = Array.from({ length: teams }, (_, t) => `T${t}`);
  const employees: EmployeeTable = {
    kind: 'employees',
    length: employeeRows,
    unit: { codes: unitCodes, values: teamIds },
    period: { codes: periodCodes, values: periods },
    itemIds: [...SYNTHETIC_ITEMS],
    items,
    itemScale: { min: 1, max: 5 },
    enps,
  };

  // Customers: answers follow last quarter's climate.
  const customerRows = teams * quarters * customersPerCell;
  const cUnit = new Uint32Array(customerRows);
  const cPeriod = new Uint32Array(customerRows);
  const nps = new Float64Array(customerRows);
  const csat = new Float64Array(customerRows);
  const ces = new Float64Array(customerRows);
  const fcr = new Float64Array(customerRows);
  const segment = new Uint32Array(customerRows);
  row = 0;
  for (let t = 0; t < teams; t++) {
    for (let q = 0; q < quarters; q++) {
      const c = q > 0 ? climate[t * quarters + q - 1]! : climate[t * quarters]!;
      for (let i = 0; i < customersPerCell; i++) {
        cUnit[row] = t;
        cPeriod[row] = q;
        nps[row] = clamp(7.5 + 1.2 * c + 2 * normal(), 0, 10);
        csat[row] = random() < 0.2 ? Number.NaN : clamp(3.8 + 0.5 * c + 0.9 * normal(), 1, 5);
        ces[row] = random() < 0.3 ? Number.NaN : clamp(3 - 0.6 * c + 1.3 * normal(), 1, 7);
        fcr[row] = random() < 0.1 ? Number.NaN : random() < 0.7 + 0.08 * c ? 1 : 0;
        segment[row] = random() < 0.4 ? 0 : 1;
        row++;
      }
    }
  }
  const customers: CustomerTable = {
    kind: 'customers',
    length: customerRows,
    unit: { codes: cUnit, values: teamIds },
    period: { codes: cPeriod, values: periods },
    nps,
    csat,
    ces,
    fcr,
    segment: { codes: segment, values: ['B2B', 'B2C'] },
  };
  return { employees, customers, units, periods };
}

/**
 * A linkage grid built by hand: values per metric in row order (unit-major), NaN for missing;
 * rows are linked where given (default: every row), with 10 respondents and 20 answers each.
 */
export function linkedFixture(spec: {
  units: string[];
  periods?: string[];
  employee: Record<string, readonly number[]>;
  customer: Record<string, readonly number[]>;
  linked?: readonly boolean[];
}): LinkedUnits {
  const periods = spec.periods ?? ['all'];
  const rows = spec.units.length * periods.length;
  const linked = Uint8Array.from({ length: rows }, (_, i) => (spec.linked ? (spec.linked[i] ? 1 : 0) : 1));
  return {
    level: 'team',
    units: spec.units,
    periods,
    employee: new Map(Object.entries(spec.employee).map(([k, v]) => [k, Float64Array.from(v)])),
    customer: new Map(Object.entries(spec.customer).map(([k, v]) => [k, Float64Array.from(v)])),
    employeeN: new Float64Array(rows).fill(10),
    customerN: new Float64Array(rows).fill(20),
    linked,
    n: linked.reduce((a, b) => a + b, 0),
  };
}
