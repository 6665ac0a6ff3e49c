import { scatterAreaEn } from './areas/scatter.ts';
import { insightsAreaEn } from './areas/insights.ts';
import { recognitionDisplayEn } from './areas/recognition-display.ts';
import { importerEn } from './areas/importer.ts';
import { filtersEn } from './areas/filters.ts';
import { trendEn } from './areas/trend.ts';
import { mirrorEn } from './areas/mirror.ts';
import { unitTableEn } from './areas/unit-table.ts';
import { exportingEn } from './areas/exporting.ts';
import { recognitionEn } from './areas/recognition.ts';
import { storageEn } from './areas/storage.ts';
import type { Translation } from './translation.ts';
import { countText } from './intl-formats.ts';

export const en: Translation = {
  appTitle: 'Symmetry Insights',
  loading: 'Loading…',
  loadingSample: 'Loading the sample dataset…',
  emptyWorkspace: 'No data yet. Import an employee survey and customer feedback export to begin.',
  errorPrefix: 'Something went wrong:',
  closedByUpgrade: 'A newer version of Symmetry Insights opened in another tab. Reload this tab to continue.',
  metric: { enps: 'eNPS', engagement: 'Engagement', nps: 'NPS', csat: 'CSAT', ces: 'Customer effort', fcr: 'First-contact resolution' },
  metricDescription: {
    enps: 'Employee Net Promoter Score: % promoters (9–10) − % detractors (0–6)',
    engagement: 'Mean of the engagement items answered, 1–5',
    nps: 'Net Promoter Score: % promoters (9–10) − % detractors (0–6)',
    csat: 'Share of satisfied customers (4–5 on 1–5)',
    ces: 'Mean effort reported, 1–7 (lower is better)',
    fcr: 'Share of contacts resolved the first time',
  },
  respondents: (n) => (n === 1 ? '1 respondent' : `${countText('en', n)} respondents`),
  customers: (n) => (n === 1 ? '1 customer answer' : `${countText('en', n)} customer answers`),
  suppressed: (min) => `Fewer than ${min} answers: hidden to protect anonymity`,
  fewCustomers: (min) => `Fewer than ${min} customer answers: too few to be reliable`,
  measureAbsent: (metric) => `${metric}: no answers in this data`,
  noAnswers: 'No answers yet',
  confidenceInterval: (lo, hi) => `95% CI ${lo} to ${hi}`,
  deltaVsPrevious: (delta, period) => `${delta} vs ${period}`,
  noPrevious: 'no previous period',
  unitLevelCaveat: 'Unit-level association, not causation.',
  quadrant: { virtuous: 'Virtuous', fragile: 'Fragile', untapped: 'Untapped', critical: 'Critical' },
  strength: { negligible: 'negligible', small: 'small', moderate: 'moderate', strong: 'strong' },
  scatterLabel: (x, y, n) => `${y} against ${x} for ${n} units`,
  scatterSummary: (r, lo, hi, n, p) => `Pearson r = ${r} (95% CI ${lo} to ${hi}), n = ${n} units, ${p} (Benjamini–Hochberg adjusted).`,
  notEnoughUnits: (n) => `Only ${countText('en', n)} units have both employee and customer data above the thresholds: not enough to correlate.`,
  quadrantHeading: 'Quadrant',
  unit: 'Unit',
  period: 'Period',
  n: 'n',
  dataTable: 'Data table',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  datasetSummary: (units, responses, feedback) => `${units} units, ${responses} employee responses, ${feedback} customer answers`,
  itemLabel: (id) => EN_ITEMS.get(id) ?? id.replaceAll('_', ' '),
  measureLabel: (id) => (Object.hasOwn(en.metric, id) ? en.metric[id as keyof typeof en.metric] : en.itemLabel(id)),
  significanceNote: '* significant after Benjamini–Hochberg adjustment (adjusted p < 0.05).',
  significantAfterBh: 'significant after adjustment',
  notSignificantAfterBh: 'not significant after adjustment',
  adjustedP: 'Adjusted p (BH)',
  ciHeading: '95% CI',
  correlationHeading: 'r',
  lagDirection: { 'ex-to-cx': 'Employee → customer', 'cx-to-ex': 'Customer → employee' },
  lagDirectionDetail: {
    'ex-to-cx': 'employee metric at t, customer metric at t + k',
    'cx-to-ex': 'customer metric at t, employee metric at t + k',
  },
  lagHeading: 'Lag k',
  lagAxis: 'Lag k (periods)',
  correlationAxis: 'Correlation r',
  directionHeading: 'Direction',
  lagChartLabel: (employee, customer) => `Correlation between ${employee} and ${customer} by lag, in both directions`,
  lagPointLabel: (p) => `${p.direction}, lag ${p.k}: r = ${p.r} (95% CI ${p.lo} to ${p.hi}), n = ${p.n} pairs, adjusted p = ${p.p}, ${p.significant ? 'significant after adjustment' : 'not significant after adjustment'}`,
  lagSummary: (s) => `${s.employee} and ${s.customer}: the strongest association is ${s.direction.toLowerCase()} at lag ${s.k}, r = ${s.r} (95% CI ${s.lo} to ${s.hi}), n = ${s.n} pairs, ${s.significant ? 'significant' : 'not significant'} after Benjamini–Hochberg adjustment. ${s.significantCount === 0 ? `None of the ${s.estimable} estimable lags is significant.` : `${s.significantCount} of ${s.estimable} estimable lags ${s.significantCount === 1 ? 'is' : 'are'} significant.`}`,
  lagNoEstimate: (employee, customer) => `${employee} and ${customer}: too few pairs at every lag to estimate a correlation.`,
  lagTooFewPairs: 'too few pairs to estimate',
  lagEmpty: 'No lagged correlations to show yet.',
  heatmapCorrelationsLabel: 'Correlations between employee metrics (rows) and customer metrics (columns)',
  heatmapCorrelationsSummary: (s) => `${s.rows} employee × ${s.columns} customer metrics; ${s.significantCount} ${s.significantCount === 1 ? 'correlation is' : 'correlations are'} significant after Benjamini–Hochberg adjustment.${s.strongest ? ` Strongest: ${s.strongest.row} with ${s.strongest.column}, r = ${s.strongest.r}.` : ''}`,
  heatmapCorrelationCell: (c) => `${c.row} with ${c.column}: r = ${c.r}, n = ${c.n}, adjusted p = ${c.p}, ${c.significant ? 'significant after adjustment' : 'not significant after adjustment'}`,
  heatmapUnitsLabel: 'Item scores by unit, with the difference from the parent unit',
  heatmapUnitsSummary: (s) => `${s.units} units × ${s.items} items. ${s.suppressed === 0 ? 'No cell is hidden.' : `${s.suppressed} ${s.suppressed === 1 ? 'cell is' : 'cells are'} hidden: fewer than ${s.threshold} answers.`}`,
  heatmapUnitCell: (c) => `${c.unit}, ${c.item}: ${c.value}${c.delta ? `, ${c.delta} vs parent` : ''}`,
  deltaVsParent: 'vs parent',
  heatmapScaleNegative: 'negative r',
  heatmapScalePositive: 'positive r',
  heatmapDeltaLower: 'below parent',
  heatmapDeltaHigher: 'above parent',
  employeeMetricHeading: 'Employee metric',
  customerMetricHeading: 'Customer metric',
  itemHeading: 'Item',
  valueHeading: 'Value',
  noValue: 'no data',
  heatmapEmpty: 'No cells to show yet.',
  driversLabel: (outcome) => `Key drivers of ${outcome}`,
  driversSummary: (s) => `Together the drivers explain R² = ${s.rSquared} of the differences in ${s.outcome} between ${s.n} units.${s.top ? ` ${s.top.label} carries the largest share (${s.top.share}).` : ''} Relative weights split R² among correlated drivers; they are not causal effects.`,
  driversRefused: (n, needed) => `Only ${n} units: key-driver analysis needs at least ${needed} (10 per driver, minimum 30).`,
  driverBar: (d) => `${d.rank}. ${d.label}: ${d.share} of explained variance, r = ${d.r}`,
  driverHeading: 'Driver',
  relativeWeightHeading: 'Relative weight',
  rawWeightHeading: 'Raw weight',
  driversMethod: 'Relative weights (Johnson, 2000): raw weights sum to R², rescaled weights to 100%.',
  driversEmpty: 'No driver analysis to show yet.',
  insightsLabel: 'Insights',
  insightSentence: (s) => {
    const units = { team: 'Teams', site: 'Sites', unit: 'Units' }[s.unitKind];
    const period = s.granularity;
    const lag = s.lag ?? 0;
    const later = Math.abs(lag) === 0 ? ` in the same ${period}` : Math.abs(lag) === 1 ? ` one ${period} later` : ` ${Math.abs(lag)} ${period}s later`;
    const more = { positive: 'have higher', negative: 'have lower', none: 'have neither higher nor lower' }[s.direction];
    const [first, second] = s.kind === 'lag' && lag < 0 ? [s.customer, s.employee] : [s.employee, s.customer];
    const claim = s.kind === 'driver'
      ? `Among the drivers of ${inSentence(s.customer)}, ${inSentence(s.employee)} ${s.driver ? `carries the largest share (${s.driver.share}) of R² = ${s.driver.rSquared}` : 'stands out'}`
      : `${units} with higher ${inSentence(first)} ${more} ${inSentence(second)}${s.kind === 'lag' ? later : ''}`;
    const pairs = `${units.toLowerCase().slice(0, -1)}-${period}s`;
    const ci = s.ci ? ` (95% CI ${s.ci.lo} to ${s.ci.hi})` : '';
    return `${claim}: r = ${s.r}${ci}, n = ${s.n} ${pairs}, ${en.strength[s.strength]} association, ${s.significant ? 'significant' : 'not significant'} after Benjamini–Hochberg adjustment (${s.p}).`;
  },
  significantBadge: 'Significant',
  notSignificantBadge: 'Not significant',
  insightsEmpty: 'No insights yet: there are not enough linked units and periods to say anything reliable.',
  howComputed: 'How is this computed?',
  methodPearson: 'Each association is Pearson’s r between unit-level averages, one pair per unit and period, after dropping missing values pairwise. Units below the anonymity thresholds are left out.',
  methodFisher: 'The 95% confidence interval uses Fisher’s z-transformation: z = atanh(r), z ± 1.96 / √(n − 3), then back with tanh.',
  methodBh: 'p-values come from a t-test with n − 2 degrees of freedom and are adjusted with the Benjamini–Hochberg procedure across every correlation shown together; a result is called significant when its adjusted p is below 0.05.',
  methodStrength: 'Strength labels follow Cohen’s conventions for |r|: below 0.1 negligible, from 0.1 small, from 0.3 moderate, from 0.5 strong.',
  methodThresholds: (minEmployees, minCustomers) => `A unit counts in a period only with at least ${minEmployees} employee answers and ${minCustomers} customer answers.`,
  reliabilityHeading: 'Reliability of unit averages',
  reliabilityIntro: 'ICC(1) is the share of answer variance that lies between units; ICC(2) is how reliable a unit’s average is (0.7 or more is usually considered good).',
  icc1Heading: 'ICC(1)',
  icc2Heading: 'ICC(2)',
  metricHeading: 'Metric',
  insightNoEstimate: (s) => (s.kind === 'driver'
    ? `Key drivers of ${s.customer ?? s.employee}: not computed, too few linked units or too little variation.`
    : `${s.customer ? `${s.employee} and ${s.customer}` : s.employee}: too few linked units, or too little variation, to estimate an association.`),
  insightReliability: (s) => (s.reliable
    ? `${s.metric}: unit averages are reliable enough to link (ICC(1) = ${s.icc1}, ICC(2) = ${s.icc2}; 0.70 or more is good).`
    : `${s.metric}: unit averages are not very reliable (ICC(1) = ${s.icc1}, ICC(2) = ${s.icc2}, below 0.70): read its associations with care.`),
  insightQuadrantCounts: (c) => `Units by quadrant: ${c.virtuous} virtuous, ${c.fragile} fragile, ${c.untapped} untapped, ${c.critical} critical.`,
  dashboardScatterTitle: 'Employees and customers, unit by unit',
  dashboardLagTitle: 'Which comes first? Correlation by lag',
  dashboardDriversTitle: (outcome) => `What drives ${outcome}`,
  dashboardMatrixTitle: 'Every employee metric against every customer metric',
  dashboardInsightsTitle: 'What the data says',
  dashboardTrendTitle: 'Employees and customers over time',
  dashboardMirrorTitle: 'The attention mirror: what employees get, customers get',
  dashboardUnitsTitle: 'Every unit',
  employeeAxis: 'Employee metric',
  customerAxis: 'Customer metric',
  importer: importerEn,
  filters: filtersEn,
  trend: trendEn,
  mirror: mirrorEn,
  unitTable: unitTableEn,
  exporting: exportingEn,
  recognition: recognitionEn,
  storage: storageEn,
  recognitionDisplay: recognitionDisplayEn,
  insights: insightsAreaEn,
  scatter: scatterAreaEn,
};

/** English names of the engagement items the sample survey and common exports use. */
const EN_ITEMS: ReadonlyMap<string, string> = new Map([
  ['autonomy', 'Autonomy'],
  ['recognition', 'Recognition'],
  ['wellbeing', 'Wellbeing'],
  ['workload', 'Workload'],
  ['manager_support', 'Manager support'],
  ['development', 'Development'],
]);

/** Lower-cases a label's first letter inside a sentence unless it is an acronym ("NPS", "eNPS"). */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
