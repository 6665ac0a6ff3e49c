import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Lang, MetricId } from '../../i18n/translation.ts';

/** Metrics reported in percent (0–100). */
const PERCENT_METRICS: ReadonlySet<string> = new Set(['csat', 'fcr']);
/** Metrics in points from −100 to 100, shown signed. */
const NET_METRICS: ReadonlySet<string> = new Set(['enps', 'nps']);

/** Formats a metric value the way its audience reads it: "+32", "4.12", "81.5%" / "81,5 %". */
export function formatMetric(lang: Lang, metric: MetricId | string, value: number | null | undefined): string {
  if (NET_METRICS.has(metric)) return formatNumber(lang, value, 0, true);
  if (PERCENT_METRICS.has(metric)) return formatPercent(lang, value, 1);
  return formatNumber(lang, value, 2);
}

/** Formats a change between periods with its sign. */
export function formatMetricDelta(lang: Lang, metric: MetricId | string, delta: number): string {
  if (NET_METRICS.has(metric)) return formatNumber(lang, delta, 0, true);
  if (PERCENT_METRICS.has(metric)) return `${formatNumber(lang, delta, 1, true)} pt`;
  return formatNumber(lang, delta, 2, true);
}

/** Whether a higher value is better (customer effort is the exception). */
export function higherIsBetter(metric: string): boolean {
  return metric !== 'ces' && metric !== 'workload_heavy';
}
