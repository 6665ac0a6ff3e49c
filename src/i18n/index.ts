export * from './format.ts';
export type { Lang, MetricId, QuadrantId, Translation } from './translation.ts';
