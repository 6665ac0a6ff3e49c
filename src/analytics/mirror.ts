/**
 * The attention mirror ("symétrie des attentions", Ditandy & Meyronin 2007): how a team is
 * treated, set beside how its customers are treated, one employee item against the customer
 * metric it plausibly mirrors. Each pair states the direction it expects, so a result can be
 * read as matching the expectation or not; correlations are BH-adjusted across the mirror.
 *
 * @module
 */

import type { CustomerMetric } from './aggregate.ts';
import { pearson, spearman } from './correlation.ts';
import type { LinkedUnits } from './linkage.ts';
import { LINKAGE_CAPTION, adjustFinite, linkedColumn } from './linkage.ts';
import type { Interval } from './metrics.ts';

export interface MirrorPair {
  /** Employee item id (matched case- and punctuation-insensitively), `engagement` or `enps`. */
  employee: string;
  customer: CustomerMetric;
  /** Expected sign of the association when items are agreement-worded (higher = better). */
  expected: 'positive' | 'negative';
}

/**
 * Default mirror. Why each pair:
 * - recognition ↔ NPS: people who feel their work is seen tend to make customers feel seen;
 * - autonomy ↔ FCR: staff allowed to decide can solve a problem on the first contact;
 * - workload ↔ CES: a manageable workload (higher = better) should mean less customer effort,
 *   and CES counts effort (higher = worse), hence a negative expectation;
 * - wellbeing ↔ CSAT: the mood of the interaction;
 * - manager_support ↔ NPS: support passed on down the line (service-climate research);
 * - development ↔ CSAT: skills show up in the quality of the answer.
 */
export const DEFAULT_MIRROR_PAIRS: readonly MirrorPair[] = [
  { employee: 'recognition', customer: 'nps', expected: 'positive' },
  { employee: 'autonomy', customer: 'fcr', expected: 'positive' },
  { employee: 'workload', customer: 'ces', expected: 'negative' },
  { employee: 'wellbeing', customer: 'csat', expected: 'positive' },
  { employee: 'manager_support', customer: 'nps', expected: 'positive' },
  { employee: 'development', customer: 'csat', expected: 'positive' },
];

export interface MirrorEntry extends MirrorPair {
  /** The employee metric id actually used. */
  metric: string;
  n: number;
  r: number;
  p: number;
  ci: Interval;
  rho: number;
  /** BH-adjusted Pearson p across the mirror's pairs. */
  pAdjusted: number;
  significant: boolean;
  /** Whether r has the expected sign (null when r is undefined). */
  asExpected: boolean | null;
  reason?: string;
}

export interface MirrorResult {
  caption: typeof LINKAGE_CAPTION;
  entries: MirrorEntry[];
  /** Pairs whose employee item or customer metric is not in the data. */
  missing: MirrorPair[];
}

const normalise = (id: string): string => id.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Computes the attention mirror over linked rows. */
export function attentionMirror(linked: LinkedUnits, pairs: readonly MirrorPair[] = DEFAULT_MIRROR_PAIRS, alpha = 0.05): MirrorResult {
  const byNormalisedId = new Map<string, string>();
  for (const metric of linked.employee.keys()) if (!byNormalisedId.has(normalise(metric))) byNormalisedId.set(normalise(metric), metric);
  const found: { pair: MirrorPair; metric: string }[] = [];
  const missing: MirrorPair[] = [];
  for (const pair of pairs) {
    const metric = linked.employee.has(pair.employee) ? pair.employee : byNormalisedId.get(normalise(pair.employee));
    if (metric === undefined || !linked.customer.has(pair.customer)) missing.push(pair);
    else found.push({ pair, metric });
  }
  const rows = found.map(({ pair, metric }) => {
    const x = linkedColumn(linked, linked.employee.get(metric)!);
    const y = linkedColumn(linked, linked.customer.get(pair.customer)!);
    return { pair, metric, pearson: pearson(x, y), spearman: spearman(x, y) };
  });
  const adjusted = adjustFinite(rows.map((row) => row.pearson.p));
  const entries = rows.map((row, i): MirrorEntry => {
    const { r } = row.pearson;
    return {
      ...row.pair,
      metric: row.metric,
      n: row.pearson.n,
      r,
      p: row.pearson.p,
      ci: [row.pearson.ci[0], row.pearson.ci[1]],
      rho: row.spearman.rho,
      pAdjusted: adjusted[i]!,
      significant: adjusted[i]! < alpha,
      asExpected: Number.isNaN(r) ? null : row.pair.expected === 'positive' ? r > 0 : r < 0,
      ...(row.pearson.reason !== undefined ? { reason: row.pearson.reason } : {}),
    };
  });
  return { caption: LINKAGE_CAPTION, entries, missing };
}
