// (b) Full linkage: 2,000 units × 8 quarters × (7 employee × 4 customer metrics) × 3 methods
// + lags + key drivers + Benjamini–Hochberg, on columnar tables built directly (no CSV here).
import { measure, ms, normal, table, uniform } from './timing.mjs';

export const LINKAGE_TARGET_MS = 50;

const PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
/** Five items + eNPS + engagement = the 7 employee metrics of the issue. */
const ITEMS = ['autonomy', 'recognition', 'wellbeing', 'workload', 'development'];
const MISSING = 0xffffffff;

const clamp = (value, min, max) => Math.min(max, Math.max(min, Math.round(value)));

/**
 * Every unit gets a latent climate; its respondents answer around it and its customers answer
 * around a noisy function of it, so correlations are real (not all null) and p-values vary.
 */
export function linkageDataset({ units = 2000, respondents = 8, customers = 12, seed = 7 } = {}) {
  const draw = normal(seed);
  const coin = uniform(seed + 1);
  const unitIds = Array.from({ length: units }, (_, u) => `U${String(u + 1).padStart(4, '0')}`);
  const employeeRows = units * PERIODS.length * respondents;
  const customerRows = units * PERIODS.length * customers;
  const employees = {
    kind: 'employees', length: employeeRows,
    unit: { codes: new Uint32Array(employeeRows), values: unitIds },
    period: { codes: new Uint32Array(employeeRows), values: PERIODS },
    itemIds: ITEMS, items: ITEMS.map(() => new Float64Array(employeeRows)), itemScale: { min: 1, max: 5 },
    enps: new Float64Array(employeeRows),
  };
  const feedback = {
    kind: 'customers', length: customerRows,
    unit: { codes: new Uint32Array(customerRows), values: unitIds },
    period: { codes: new Uint32Array(customerRows), values: PERIODS },
    nps: new Float64Array(customerRows), csat: new Float64Array(customerRows),
    ces: new Float64Array(customerRows), fcr: new Float64Array(customerRows),
  };
  let e = 0;
  let c = 0;
  for (let u = 0; u < units; u++) {
    const climate = draw();
    for (let t = 0; t < PERIODS.length; t++) {
      const now = climate + 0.3 * draw();
      for (let r = 0; r < respondents; r++, e++) {
        employees.unit.codes[e] = u;
        employees.period.codes[e] = t;
        const person = now + 0.8 * draw();
        ITEMS.forEach((_, i) => { employees.items[i][e] = coin() < 0.03 ? NaN : clamp(3.4 + 0.8 * person + 0.6 * draw(), 1, 5); });
        employees.enps[e] = clamp(7 + 1.8 * person + 1.2 * draw(), 0, 10);
      }
      for (let k = 0; k < customers; k++, c++) {
        feedback.unit.codes[c] = u;
        feedback.period.codes[c] = coin() < 0.01 ? MISSING : t;
        const mood = 0.4 * now + draw();
        feedback.nps[c] = clamp(7.5 + 1.8 * mood, 0, 10);
        feedback.csat[c] = coin() < 0.1 ? NaN : clamp(3.8 + 0.9 * mood, 1, 5);
        feedback.ces[c] = clamp(3 - 1.1 * mood, 1, 7);
        feedback.fcr[c] = coin() < 0.05 ? NaN : coin() < 0.7 + 0.1 * mood ? 1 : 0;
      }
    }
  }
  return { employees, customers: feedback };
}

/** The linkage steps `analyze()` runs after aggregation, on prepared aggregates. */
export function linkOnly(a, employeeTable, employees, customers, lag) {
  const linked = a.linkUnits(employees, customers, { level: 'team', periods: 'all' });
  const reliability = a.linkedReliability(employeeTable, employees, linked);
  const linkage = a.correlateLinked(linked, { reliability });
  const panel = a.linkUnits(employees, customers, { level: 'team', periods: 'each' });
  const lags = [];
  for (const employee of linked.employee.keys()) for (const customer of linked.customer.keys()) lags.push(a.lagCorrelations(panel, { employee, customer, maxLag: lag }));
  const drivers = [...linked.customer.keys()].map((customer) => a.keyDrivers(linked, customer));
  const quadrants = a.quadrants(linked, { employee: a.ENGAGEMENT, customer: 'nps' });
  const mirror = a.attentionMirror(linked);
  const insights = a.buildInsights({ linkage, lags, drivers, quadrants, reliability });
  return { linked, linkage, lags, drivers, mirror, insights };
}

export function benchLinkage(a) {
  const lag = 1;
  const { employees, customers } = linkageDataset();
  const granularity = 'quarter';
  const units = employees.unit.values.map((id) => ({ id, name: id }));
  const periods = a.periodAxis([employees.period, customers.period], granularity);
  const aggregateEmployees = measure(() => a.aggregateEmployees(employees, units, { granularity, minEmployees: 5, periods }), 7);
  const aggregateCustomers = measure(() => a.aggregateCustomers(customers, units, { granularity, minCustomers: 10, periods }), 7);
  const link = measure(() => linkOnly(a, employees, aggregateEmployees.result, aggregateCustomers.result, lag), 9);
  const full = measure(() => a.analyze(employees, customers, undefined, { granularity, lag }), 7);

  const result = link.result;
  const pairs = result.linkage.pairs.length;
  const lagCells = result.lags.reduce((sum, l) => sum + (Array.isArray(l.lags) ? l.lags.length : 0), 0);
  const shape = `${employees.unit.values.length} units × ${periods.length} quarters; ${employees.length.toLocaleString('en')} employee rows, ` +
    `${customers.length.toLocaleString('en')} customer rows; ${result.linked.employee.size} employee × ${result.linked.customer.size} customer metrics = ` +
    `${pairs} pairs × 3 methods over ${result.linked.n} linked units (periods pooled); lags −${lag}..${lag} (${result.lags.length} pairs, ${lagCells} lag cells, panel), ` +
    `${result.drivers.length} driver models, BH across the pairs; ${result.insights.length} insights.`;
  const rows = [
    ['aggregate employees (anonymity, complements)', ms(aggregateEmployees.ms), ''],
    ['aggregate customers', ms(aggregateCustomers.ms), ''],
    ['linkage on prepared aggregates (link, ICC, 3 methods, BH, lags, drivers, quadrants, mirror, insights)', ms(link.ms), link.ms < LINKAGE_TARGET_MS ? 'ok' : 'MISS'],
    ['analyze() end to end (aggregation + linkage + summaries)', ms(full.ms), ''],
  ];
  return {
    text: `${shape}\n${table(['step', 'median ms', `< ${LINKAGE_TARGET_MS} ms`], rows)}`,
    summary: { linkMs: link.ms, aggregateMs: aggregateEmployees.ms + aggregateCustomers.ms, analyzeMs: full.ms },
  };
}
