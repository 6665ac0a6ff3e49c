/**
 * `symmetry-insights`: registers every `sym-*` element and exports their classes and types.
 * Import `symmetry-insights/analytics` for the statistics alone (Node-safe).
 */
export { SymWorkspace } from './components/workspace/workspace.ts';
export { SymKpi } from './components/kpi/kpi.ts';
export { SymScatter } from './components/scatter/scatter.ts';
export { SymLagChart } from './components/lag-chart/lag-chart.ts';
export { SymHeatmap } from './components/heatmap/heatmap.ts';
export { SymDrivers } from './components/drivers/drivers.ts';
export { SymInsights } from './components/insights/insights.ts';
export { SymDashboard } from './components/dashboard/dashboard.ts';
export { SymSelectEvent, SymDataChangeEvent } from './components/shared/events.ts';
export type { WorkspaceState, WorkspaceSelection } from './components/shared/workspace-context.ts';
export type { KpiData } from './components/shared/analysis-view.ts';
export type { ScatterData, ScatterPoint } from './components/shared/chart-types.ts';
export type { LagChartData } from './components/lag-chart/lag-chart.types.ts';
export type { HeatmapData } from './components/heatmap/heatmap.types.ts';
export type { DriversData } from './components/drivers/drivers.types.ts';
export type { InsightsData } from './components/insights/insights.types.ts';
export { createAnalyticsClient } from './worker/client.ts';
export type { AnalyticsClient } from './worker/client.ts';
export type { AnalyticsApi, Result, ErrorData, WorkspaceSummary } from './worker/analytics-api.ts';
export type * from './model/types.ts';
