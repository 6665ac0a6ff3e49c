import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleDataset, SAMPLE_PERIODS, type SampleDataset } from '../../src/model/sample-dataset.ts';
import { MISSING_CODE, type CategoricalColumn } from '../../src/model/types.ts';

/** Two-pass Pearson r over pairs where both values are finite. */
function pearsonR(x: readonly number[], y: readonly number[]): number {
  const xs: number[] = [];
  const ys: number[] = [];
  x.forEach((v, i) => {
    const w = y[i] as number;
    if (Number.isFinite(v) && Number.isFinite(w)) {
      xs.push(v);
      ys.push(w);
    }
  });
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = (xs[i] as number) - mx;
    const b = (ys[i] as number) - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const QUARTERS = SAMPLE_PERIODS.length;
const MIN_EMPLOYEES = 5;
const MIN_CUSTOMERS = 10;

function quarterOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return (year - 2025) * 4 + Math.floor((month - 1) / 3);
}

/** Per team and quarter (index team·8 + q): the sums the linkage tests need. */
interface Cells {
  teams: string[];
  respondents: Float64Array;
  engagement: Float64Array;
  item: (id: string) => Float64Array;
  customers: Float64Array;
  nps: Float64Array;
  fcr: Float64Array;
  ces: Float64Array;
}

function aggregate(data: SampleDataset): Cells {
  const { employees: e, customers: c } = data;
  const teams = e.unit.values;
  const size = teams.length * QUARTERS;
  const respondents = new Float64Array(size);
  const engagementSum = new Float64Array(size);
  const itemSums = e.itemIds.map(() => new Float64Array(size));
  const itemCounts = e.itemIds.map(() => new Float64Array(size));
  for (let i = 0; i < e.length; i++) {
    const cell = (e.unit.codes[i] as number) * QUARTERS + (e.period.codes[i] as number);
    let sum = 0;
    let answered = 0;
    e.items.forEach((column, k) => {
      const v = column[i] as number;
      if (Number.isNaN(v)) return;
      sum += v;
      answered++;
      (itemSums[k] as Float64Array)[cell]! += v;
      (itemCounts[k] as Float64Array)[cell]! += 1;
    });
    if (answered === 0) continue;
    respondents[cell]! += 1;
    engagementSum[cell]! += sum / answered;
  }
  const teamIndex = new Map(teams.map((id, i) => [id, i]));
  const customerTeam = c.unit.values.map((id) => teamIndex.get(id) ?? -1);
  const dayQuarter = c.period.values.map(quarterOfDate);
  const customers = new Float64Array(size);
  const promoters = new Float64Array(size);
  const detractors = new Float64Array(size);
  const npsN = new Float64Array(size);
  const fcrSum = new Float64Array(size);
  const fcrN = new Float64Array(size);
  const cesSum = new Float64Array(size);
  const cesN = new Float64Array(size);
  for (let i = 0; i < c.length; i++) {
    const cell = (customerTeam[c.unit.codes[i] as number] as number) * QUARTERS + (dayQuarter[c.period.codes[i] as number] as number);
    customers[cell]! += 1;
    const nps = c.nps?.[i] as number;
    if (!Number.isNaN(nps)) {
      npsN[cell]! += 1;
      if (nps >= 9) promoters[cell]! += 1;
      else if (nps <= 6) detractors[cell]! += 1;
    }
    const fcr = c.fcr?.[i] as number;
    if (!Number.isNaN(fcr)) {
      fcrSum[cell]! += fcr;
      fcrN[cell]! += 1;
    }
    const ces = c.ces?.[i] as number;
    if (!Number.isNaN(ces)) {
      cesSum[cell]! += ces;
      cesN[cell]! += 1;
    }
  }
  const ratio = (a: Float64Array, b: Float64Array) => a.map((v, i) => v / (b[i] as number));
  return {
    teams,
    respondents,
    engagement: ratio(engagementSum, respondents),
    item: (id) => {
      const k = e.itemIds.indexOf(id);
      return ratio(itemSums[k] as Float64Array, itemCounts[k] as Float64Array);
    },
    customers,
    nps: promoters.map((p, i) => (100 * (p - (detractors[i] as number))) / (npsN[i] as number)),
    fcr: ratio(fcrSum, fcrN),
    ces: ratio(cesSum, cesN),
  };
}

/** Unit-level r of an employee metric at t with a customer metric at t + lag, within the floors (DESIGN §4). */
function lagR(cells: Cells, employee: Float64Array, customer: Float64Array, lag: number): { r: number; n: number } {
  const x: number[] = [];
  const y: number[] = [];
  for (let t = 0; t < cells.teams.length; t++) {
    for (let q = 0; q + lag < QUARTERS; q++) {
      const a = t * QUARTERS + q;
      const b = a + lag;
      if ((cells.respondents[a] as number) < MIN_EMPLOYEES || (cells.customers[b] as number) < MIN_CUSTOMERS) continue;
      x.push(employee[a] as number);
      y.push(customer[b] as number);
    }
  }
  return { r: pearsonR(x, y), n: x.length };
}

function decode(column: CategoricalColumn, row: number): string {
  const code = column.codes[row] as number;
  return code === MISSING_CODE ? '' : (column.values[code] as string);
}

function share(column: ArrayLike<number>, test: (v: number) => boolean): number {
  let hits = 0;
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    if (Number.isNaN(v)) continue;
    n++;
    if (test(v)) hits++;
  }
  return hits / n;
}

/** FNV-1a over every cell, one hash per column: cheap exact comparison of 150,000-row tables. */
function hashColumn(column: ArrayLike<number> | readonly string[] | undefined): string {
  if (column === undefined) return 'absent';
  let h = 0x811c9dc5;
  const mixIn = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193) >>> 0;
  };
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (typeof v === 'string') for (let k = 0; k < v.length; k++) mixIn(v.charCodeAt(k));
    else mixIn(Number.isNaN(v) ? 0xdead : ((v as number) * 1000) | 0);
    mixIn(0x2c);
  }
  return `${column.length}:${h.toString(16)}`;
}

function hashCategorical(column: CategoricalColumn | undefined): string {
  return column ? `${hashColumn(column.codes)}/${hashColumn(column.values)}` : 'absent';
}

function fingerprint(d: SampleDataset): { employees: string[]; customers: string[] } {
  const e = d.employees;
  const c = d.customers;
  return {
    employees: [hashCategorical(e.unit), hashCategorical(e.period), hashCategorical(e.respondent), ...e.items.map(hashColumn), hashColumn(e.enps)],
    customers: [hashCategorical(c.unit), hashCategorical(c.period), hashColumn(c.customer), hashColumn(c.nps), hashColumn(c.csat),
      hashColumn(c.ces), hashColumn(c.fcr), hashCategorical(c.channel), hashCategorical(c.segment), hashColumn(c.comment)],
  };
}

let data: SampleDataset;
let cells: Cells;

beforeAll(() => {
  data = generateSampleDataset();
  cells = aggregate(data);
});

describe('generateSampleDataset()', () => {
  it('is deterministic: the same seed gives identical tables, another seed different ones', () => {
    const again = generateSampleDataset({ seed: 2026 });
    expect(fingerprint(again)).toEqual(fingerprint(data));
    expect(again.units).toEqual(data.units);
    expect(again.stories).toEqual(data.stories);
    expect(again.generatingModel).toBe(data.generatingModel);
    const other = generateSampleDataset({ seed: 7 });
    const a = fingerprint(data);
    const b = fingerprint(other);
    expect(b.employees).not.toEqual(a.employees);
    expect(b.customers).not.toEqual(a.customers);
    expect(other.units.map((u) => u.people)).not.toEqual(data.units.map((u) => u.people));
  });

  it('has about 120 units in a valid region > site > team hierarchy', () => {
    const { units } = data;
    expect(units.length).toBeGreaterThanOrEqual(110);
    expect(units.length).toBeLessThanOrEqual(130);
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(byId.size).toBe(units.length);
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    const count = (level: string) => units.filter((u) => u.attributes?.level === level).length;
    expect(count('region')).toBe(4);
    expect(count('site')).toBe(20);
    expect(count('team')).toBe(96);
    const parentLevel = { region: undefined, site: 'region', team: 'site' } as const;
    for (const unit of units) {
      const level = unit.attributes?.level;
      expect(level).toBeDefined();
      if (unit.parentId === undefined) {
        expect(level).toBe('region');
        continue;
      }
      const parent = byId.get(unit.parentId);
      expect(parent, `parent of ${unit.id}`).toBeDefined();
      expect(parent?.attributes?.level).toBe(parentLevel[level ?? 'region']);
      expect(unit.attributes?.region).toBe(parent?.attributes?.region);
    }
    const parents = new Set(units.map((u) => u.parentId));
    for (const team of units.filter((u) => u.attributes?.level === 'team')) {
      expect(parents.has(team.id), `${team.id} is a leaf`).toBe(false);
      expect(['B2B', 'B2C']).toContain(team.attributes?.segment);
      expect(['phone', 'email', 'chat', 'store']).toContain(team.attributes?.channel);
      expect(team.attributes?.size).toBeGreaterThan(0);
      const people = team.people ?? [];
      expect(people.length).toBeGreaterThanOrEqual(Math.min(4, team.attributes?.size ?? 0));
      expect(people.length).toBeLessThanOrEqual(25);
      expect(new Set(people).size).toBe(people.length);
      for (const person of people) expect(person).toMatch(/^\p{L}[\p{L}'-]* \p{Lu}\.$/u);
    }
    const allPeople = units.flatMap((u) => u.people ?? []).join(' ');
    expect(allPeople).toMatch(/[éèëïöüçñáí]/i);
    expect(units.map((u) => u.name)).toEqual(expect.arrayContaining(['Lyon Part-Dieu', 'Saint-Étienne', 'Montréal Centre', 'London Bridge']));
  });

  it('puts employees and customers on teams only, in the eight quarters', () => {
    const teamIds = new Set(data.units.filter((u) => u.attributes?.level === 'team').map((u) => u.id));
    for (const id of data.employees.unit.values) expect(teamIds.has(id)).toBe(true);
    for (const id of data.customers.unit.values) expect(teamIds.has(id)).toBe(true);
    expect(data.employees.period.values).toEqual([...SAMPLE_PERIODS]);
    for (const date of data.customers.period.values) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(quarterOfDate(date)).toBeGreaterThanOrEqual(0);
      expect(quarterOfDate(date)).toBeLessThan(QUARTERS);
    }
    expect(cells.respondents.every((n) => n > 0)).toBe(true);
    expect(cells.customers.every((n) => n > 0)).toBe(true);
  });

  it('has about 25,000 responses and 150,000 feedback rows, with columns of the right length', () => {
    const { employees: e, customers: c } = data;
    expect(e.length).toBeGreaterThan(22_000);
    expect(e.length).toBeLessThan(28_000);
    expect(c.length).toBeGreaterThan(135_000);
    expect(c.length).toBeLessThan(165_000);
    expect(e.itemIds).toEqual(['autonomy', 'recognition', 'wellbeing', 'workload', 'manager_support', 'development']);
    for (const column of [e.unit.codes, e.period.codes, e.respondent?.codes, e.enps, ...e.items]) expect(column?.length).toBe(e.length);
    for (const column of [c.unit.codes, c.period.codes, c.customer, c.nps, c.csat, c.ces, c.fcr, c.channel?.codes, c.segment?.codes, c.comment]) {
      expect(column?.length).toBe(c.length);
    }
  });

  it('scales the row counts with `scale`', () => {
    const small = generateSampleDataset({ scale: 0.1 });
    expect(small.units.length).toBe(data.units.length);
    expect(small.customers.length).toBeLessThan(data.customers.length / 5);
    expect(() => generateSampleDataset({ scale: 0 })).toThrow(RangeError);
  });

  it('keeps every answer in its scale and skips 3–8% of each item', () => {
    const { employees: e, customers: c } = data;
    for (const column of e.items) {
      const skipped = share(column.map((v) => (Number.isNaN(v) ? 1 : 0)), (v) => v === 1);
      expect(skipped).toBeGreaterThanOrEqual(0.02);
      expect(skipped).toBeLessThanOrEqual(0.09);
      expect(column.every((v) => Number.isNaN(v) || (Number.isInteger(v) && v >= 1 && v <= 5))).toBe(true);
    }
    const inRange = (column: Float64Array | undefined, lo: number, hi: number) =>
      column?.every((v) => Number.isNaN(v) || (Number.isInteger(v) && v >= lo && v <= hi));
    expect(inRange(e.enps, 0, 10)).toBe(true);
    expect(inRange(c.nps, 0, 10)).toBe(true);
    expect(inRange(c.csat, 1, 5)).toBe(true);
    expect(inRange(c.ces, 1, 7)).toBe(true);
    expect(inRange(c.fcr, 0, 1)).toBe(true);
    const channels = new Set(Array.from({ length: 1000 }, (_, i) => decode(c.channel!, i * 97)));
    for (const channel of channels) expect(['phone', 'email', 'chat', 'store']).toContain(channel);
    expect(c.segment?.values).toEqual(['B2B', 'B2C']);
  });

  it('gives realistic headline metrics', () => {
    const c = data.customers;
    const nps = 100 * (share(c.nps!, (v) => v >= 9) - share(c.nps!, (v) => v <= 6));
    expect(nps).toBeGreaterThan(20);
    expect(nps).toBeLessThan(50);
    const csatTop2 = share(c.csat!, (v) => v >= 4);
    expect(csatTop2).toBeGreaterThan(0.75);
    expect(csatTop2).toBeLessThan(0.85);
    const ces = Array.from(c.ces!).filter((v) => !Number.isNaN(v));
    const cesMean = ces.reduce((a, b) => a + b, 0) / ces.length;
    expect(cesMean).toBeGreaterThan(2.6);
    expect(cesMean).toBeLessThan(3.4);
    const fcr = share(c.fcr!, (v) => v === 1);
    expect(fcr).toBeGreaterThan(0.7);
    expect(fcr).toBeLessThan(0.8);
    // Bimodal-ish: a hump of 0s above the 1–3 trough, and 10 the most common answer.
    const counts = Array.from({ length: 11 }, (_, k) => share(c.nps!, (v) => v === k));
    expect(counts[0]).toBeGreaterThan(counts[2] as number);
    expect(Math.max(...counts)).toBe(counts[10]);
  });

  it('correlates items at 0.5–0.7 between respondents', () => {
    const items = data.employees.items;
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const r = pearsonR(Array.from(items[a]!), Array.from(items[b]!));
        expect(r).toBeGreaterThan(0.45);
        expect(r).toBeLessThan(0.72);
      }
    }
  });

  it('has teams below the anonymity floor and teams with few customers', () => {
    const teamsWhere = (test: (cell: number) => boolean) =>
      cells.teams.filter((_, t) => Array.from({ length: QUARTERS }, (_, q) => t * QUARTERS + q).some(test)).length;
    const small = teamsWhere((cell) => (cells.respondents[cell] as number) < MIN_EMPLOYEES);
    expect(small).toBeGreaterThanOrEqual(6);
    expect(small).toBeLessThanOrEqual(10);
    expect(teamsWhere((cell) => (cells.respondents[cell] as number) <= 4 && (cells.respondents[cell] as number) >= 2)).toBeGreaterThanOrEqual(6);
    expect(teamsWhere((cell) => (cells.customers[cell] as number) < MIN_CUSTOMERS)).toBeGreaterThanOrEqual(3);
  });

  it('links engagement to NPS at the unit level, more strongly a quarter later', () => {
    const lag0 = lagR(cells, cells.engagement, cells.nps, 0);
    const lag1 = lagR(cells, cells.engagement, cells.nps, 1);
    expect(lag0.n).toBeGreaterThan(600);
    expect(lag0.r).toBeGreaterThanOrEqual(0.2);
    expect(lag0.r).toBeLessThanOrEqual(0.45);
    expect(lag1.r).toBeGreaterThan(lag0.r);
    expect(lag1.r).toBeLessThan(0.6);
  });

  it('shows the mirror pairs: recognition ↔ NPS, autonomy ↔ FCR, workload ↔ CES', () => {
    const recognition = lagR(cells, cells.item('recognition'), cells.nps, 1).r;
    const autonomy = lagR(cells, cells.item('autonomy'), cells.fcr, 1).r;
    const workload = lagR(cells, cells.item('workload'), cells.ces, 1).r;
    expect(recognition).toBeGreaterThan(0.2);
    expect(autonomy).toBeGreaterThan(0.2);
    // "My workload is manageable": a manageable workload goes with less customer effort.
    expect(workload).toBeLessThan(-0.2);
    for (const r of [recognition, autonomy, -workload]) expect(r).toBeLessThan(0.7);
  });

  it('writes about 15% comments in French and English, some naming the team', () => {
    const comments = data.customers.comment ?? [];
    const written = comments.filter((c) => c !== '');
    expect(written.length / comments.length).toBeGreaterThan(0.12);
    expect(written.length / comments.length).toBeLessThan(0.18);
    expect(written.some((c) => /Merci|équipe|attente/.test(c))).toBe(true);
    expect(written.some((c) => /Thanks|wait|helpful/.test(c))).toBe(true);
    let named = 0;
    for (let i = 0; i < comments.length; i++) {
      const text = comments[i] as string;
      if (!text) continue;
      const unit = data.units.find((u) => u.id === decode(data.customers.unit, i));
      if (unit?.people?.some((p) => text.includes(p.slice(0, p.lastIndexOf(' '))))) named++;
      if (named > 100) break;
    }
    expect(named).toBeGreaterThan(100);
  });

  it('tells about 60 stories with mixed statuses, consent respected', () => {
    const { stories, units } = data;
    expect(stories.length).toBeGreaterThanOrEqual(50);
    expect(stories.length).toBeLessThanOrEqual(70);
    const statuses = (s: string) => stories.filter((story) => story.status === s).length;
    expect(statuses('published')).toBeGreaterThan(stories.length / 2);
    expect(statuses('submitted')).toBeGreaterThan(0);
    expect(statuses('draft')).toBeGreaterThan(0);
    expect(statuses('rejected')).toBeGreaterThan(0);
    const withQuote = stories.filter((s) => s.customerQuote !== undefined);
    expect(withQuote.filter((s) => s.consent.given).length).toBeGreaterThan(5);
    expect(withQuote.filter((s) => !s.consent.given)).toHaveLength(2);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const story of stories) {
      if (story.customerQuote !== undefined && story.status === 'published') expect(story.consent.given).toBe(true);
      if (story.status === 'rejected') expect(story.moderation?.reason).toBeTruthy();
      const unit = byId.get(story.unit);
      expect(unit?.attributes?.level).toBe('team');
      for (const person of story.people) expect(unit?.people).toContain(person);
      expect(story.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it('describes its generating model, citing the linkage literature', () => {
    expect(data.generatingModel).toContain('seed 2026');
    expect(data.generatingModel).toContain('Harter');
    expect(data.generatingModel).toContain('AR(1)');
  });
});
