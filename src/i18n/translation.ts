import type { ScatterAreaStrings } from './areas/scatter.ts';
import type { InsightsAreaStrings } from './areas/insights.ts';
import type { RecognitionDisplayStrings } from './areas/recognition-display.ts';
import type { ImporterStrings } from './areas/importer.ts';
import type { FiltersStrings } from './areas/filters.ts';
import type { TrendStrings } from './areas/trend.ts';
import type { MirrorStrings } from './areas/mirror.ts';
import type { UnitTableStrings } from './areas/unit-table.ts';
import type { ExportingStrings } from './areas/exporting.ts';
import type { RecognitionStrings } from './areas/recognition.ts';
import type { StorageStrings } from './areas/storage.ts';

/** Every user-facing string. A language that misses one fails to compile. */
export interface Translation {
  appTitle: string;
  loading: string;
  loadingSample: string;
  emptyWorkspace: string;
  errorPrefix: string;
  closedByUpgrade: string;
  metric: Record<MetricId, string>;
  metricDescription: Record<MetricId, string>;
  respondents: (n: number) => string;
  customers: (n: number) => string;
  suppressed: (min: number) => string;
  fewCustomers: (min: number) => string;
  /** A KPI tile whose measure the imported data does not have (no such column, or no answer in it). */
  measureAbsent: (metric: string) => string;
  /** A KPI tile with no data and no workspace loading any. */
  noAnswers: string;
  confidenceInterval: (lo: string, hi: string) => string;
  deltaVsPrevious: (delta: string, period: string) => string;
  noPrevious: string;
  unitLevelCaveat: string;
  quadrant: Record<QuadrantId, string>;
  strength: Record<'negligible' | 'small' | 'moderate' | 'strong', string>;
  scatterLabel: (x: string, y: string, n: number) => string;
  scatterSummary: (r: string, lo: string, hi: string, n: number, p: string) => string;
  notEnoughUnits: (n: number) => string;
  quadrantHeading: string;
  unit: string;
  period: string;
  n: string;
  dataTable: string;
  showTable: string;
  hideTable: string;
  datasetSummary: (units: number, responses: string, feedback: string) => string;
  // Lag chart, heatmap, key drivers and insights.
  /** Display name of an engagement item id; unknown ids read with underscores as spaces. */
  itemLabel: (id: string) => string;
  /** Display name of a metric id or, failing that, of an item id. */
  measureLabel: (id: string) => string;
  /** Names the "*" mark used after a significant result. */
  significanceNote: string;
  significantAfterBh: string;
  notSignificantAfterBh: string;
  adjustedP: string;
  ciHeading: string;
  correlationHeading: string;
  lagDirection: Record<'ex-to-cx' | 'cx-to-ex', string>;
  lagDirectionDetail: Record<'ex-to-cx' | 'cx-to-ex', string>;
  lagHeading: string;
  lagAxis: string;
  correlationAxis: string;
  directionHeading: string;
  lagChartLabel: (employee: string, customer: string) => string;
  lagPointLabel: (p: { direction: string; k: number; r: string; lo: string; hi: string; n: number; p: string; significant: boolean }) => string;
  lagSummary: (s: { employee: string; customer: string; direction: string; k: number; r: string; lo: string; hi: string; n: number; significant: boolean; significantCount: number; estimable: number }) => string;
  lagNoEstimate: (employee: string, customer: string) => string;
  lagTooFewPairs: string;
  lagEmpty: string;
  heatmapCorrelationsLabel: string;
  heatmapCorrelationsSummary: (s: { rows: number; columns: number; significantCount: number; strongest?: { row: string; column: string; r: string } }) => string;
  heatmapCorrelationCell: (c: { row: string; column: string; r: string; n: number; p: string; significant: boolean }) => string;
  heatmapUnitsLabel: string;
  heatmapUnitsSummary: (s: { units: number; items: number; suppressed: number; threshold: number }) => string;
  heatmapUnitCell: (c: { unit: string; item: string; value: string; delta?: string }) => string;
  deltaVsParent: string;
  heatmapScaleNegative: string;
  heatmapScalePositive: string;
  heatmapDeltaLower: string;
  heatmapDeltaHigher: string;
  employeeMetricHeading: string;
  customerMetricHeading: string;
  itemHeading: string;
  valueHeading: string;
  noValue: string;
  heatmapEmpty: string;
  driversLabel: (outcome: string) => string;
  driversSummary: (s: { outcome: string; rSquared: string; n: number; top?: { label: string; share: string } }) => string;
  driversRefused: (n: number, needed: number) => string;
  driverBar: (d: { label: string; share: string; r: string; rank: number }) => string;
  driverHeading: string;
  relativeWeightHeading: string;
  rawWeightHeading: string;
  driversMethod: string;
  driversEmpty: string;
  insightsLabel: string;
  insightSentence: (s: {
    kind: 'linkage' | 'lag' | 'driver' | 'quadrant' | 'reliability';
    employee: string;
    customer: string;
    direction: 'positive' | 'negative' | 'none';
    /** Periods between the measures; negative when the customer metric comes first. */
    lag?: number;
    unitKind: 'team' | 'site' | 'unit';
    granularity: 'month' | 'quarter' | 'year' | 'period';
    r: string;
    /** 95% CI bounds; absent when there is no interval (driver insights). */
    ci?: { lo: string; hi: string };
    n: string;
    strength: 'negligible' | 'small' | 'moderate' | 'strong';
    significant: boolean;
    /** Already written out: "p = 0.002" or "p < 0.001". */
    p: string;
    /** Driver insights: the driver's share of R², and R². */
    driver?: { share: string; rSquared: string };
  }) => string;
  significantBadge: string;
  notSignificantBadge: string;
  insightsEmpty: string;
  howComputed: string;
  methodPearson: string;
  methodFisher: string;
  methodBh: string;
  methodStrength: string;
  methodThresholds: (minEmployees: number, minCustomers: number) => string;
  reliabilityHeading: string;
  reliabilityIntro: string;
  icc1Heading: string;
  icc2Heading: string;
  metricHeading: string;
  insightNoEstimate: (s: { kind: 'linkage' | 'lag' | 'driver' | 'quadrant' | 'reliability'; employee: string; customer?: string }) => string;
  insightReliability: (s: { metric: string; icc1: string; icc2: string; reliable: boolean }) => string;
  insightQuadrantCounts: (counts: Record<QuadrantId, number>) => string;
  dashboardScatterTitle: string;
  dashboardLagTitle: string;
  dashboardDriversTitle: (outcome: string) => string;
  dashboardMatrixTitle: string;
  dashboardInsightsTitle: string;
  dashboardTrendTitle: string;
  dashboardMirrorTitle: string;
  dashboardUnitsTitle: string;
  employeeAxis: string;
  customerAxis: string;
  // Areas kept in their own catalogs (src/i18n/areas/).
  importer: ImporterStrings;
  filters: FiltersStrings;
  trend: TrendStrings;
  mirror: MirrorStrings;
  unitTable: UnitTableStrings;
  exporting: ExportingStrings;
  recognition: RecognitionStrings;
  storage: StorageStrings;
  recognitionDisplay: RecognitionDisplayStrings;
  insights: InsightsAreaStrings;
  scatter: ScatterAreaStrings;
}

export type MetricId = 'enps' | 'engagement' | 'nps' | 'csat' | 'ces' | 'fcr';
export type QuadrantId = 'virtuous' | 'fragile' | 'untapped' | 'critical';
export type Lang = 'en' | 'fr';
