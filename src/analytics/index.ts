/**
 * `symmetry-insights/analytics`: pure statistics and metrics. No DOM, no IndexedDB, no worker:
 * runs in Node, a worker or the page.
 */
export * from './distributions.ts';
export * from './correlation.ts';
export * from './ranks.ts';
export * from './multiple-comparisons.ts';
export * from './relative-weights.ts';
export * from './reliability.ts';
export * from './regression.ts';
export * from './metrics.ts';
export * from './periods.ts';
export * from './anonymity.ts';
export * from './aggregate.ts';
export * from './linkage.ts';
export * from './lags.ts';
export * from './quadrants.ts';
export * from './mirror.ts';
export * from './insights.ts';
export * from './analyze.ts';
export * from './filters.ts';
export * from './packed-result.ts';
