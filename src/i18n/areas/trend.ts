/** Strings of the trend area. A key missing from the French catalog fails to compile. */
type AnnotationKind = 'story' | 'award' | 'kudos';
type TrendGapReason = 'below-threshold' | 'complementary' | 'few-customers' | 'no-data';

export interface TrendStrings {
  title: string;
  chartLabel: (employee: string, customer: string, unit: string) => string;
  organisation: string;
  organisationMissing: (unit: string) => string;
  showing: (unit: string) => string;
  showOrganisation: string;
  employeePanel: (metric: string) => string;
  customerPanel: (metric: string) => string;
  employeePicker: string;
  customerPicker: string;
  /** Short mark drawn inside a gap. */
  gapMark: (threshold: number) => string;
  gap: (reason: TrendGapReason, threshold: number) => string;
  pointLabel: (p: { metric: string; period: string; value: string; lo: string; hi: string; n: string; customers: boolean }) => string;
  gapLabel: (metric: string, period: string, reason: string) => string;
  annotationKind: Record<AnnotationKind, string>;
  annotationLabel: (kind: string, period: string, label: string) => string;
  /** Several annotations of one kind in one period: the count and the first few labels. */
  annotationGroupLabel: (kind: string, count: number, period: string, first: string[]) => string;
  annotationsHeading: string;
  annotationsOutside: (count: number) => string;
  legendGap: (threshold: number) => string;
  legendBand: string;
  seriesChange: (metric: string, from: string, fromPeriod: string, to: string, toPeriod: string) => string;
  seriesNoValue: (metric: string) => string;
  hiddenPeriods: (metric: string, count: number, reason: string) => string;
  annotationCount: (count: number) => string;
  notCausal: string;
  empty: string;
  employeeHeading: (metric: string) => string;
  customerHeading: (metric: string) => string;
}

const kindEn: Record<AnnotationKind, string> = { story: 'Story', award: 'Award', kudos: 'Kudos' };
/** "au T3 2026" for quarters, "en janv. 2026" / "en 2026" otherwise. */
const frIn = (period: string) => (/^T[1-4] /.test(period) ? `au ${period}` : `en ${period}`);
const kindFr: Record<AnnotationKind, string> = { story: 'Histoire', award: 'Prix', kudos: 'Bravo' };

export const trendEn: TrendStrings = {
  title: 'Trend',
  chartLabel: (employee, customer, unit) => `${employee} and ${customer} over time, ${unit}`,
  organisation: 'whole organisation',
  organisationMissing: (unit) => `The organisation-wide total is not in these results; showing ${unit}.`,
  showing: (unit) => `Showing: ${unit}`,
  showOrganisation: 'Show the whole organisation',
  employeePanel: (metric) => `${metric} · employees`,
  customerPanel: (metric) => `${metric} · customers`,
  employeePicker: 'Employee metric',
  customerPicker: 'Customer metric',
  gapMark: (threshold) => `< ${threshold}`,
  gap: (reason, threshold) =>
    reason === 'below-threshold' ? `fewer than ${threshold} answers`
      : reason === 'complementary' ? 'hidden: it would reveal a group of fewer than ' + `${threshold} answers`
        : reason === 'few-customers' ? `fewer than ${threshold} customer answers`
          : 'no data',
  pointLabel: (p) => `${p.metric}, ${p.period}: ${p.value} (95% CI ${p.lo} to ${p.hi}), n = ${p.n} ${p.customers ? 'customer answers' : 'respondents'}`,
  gapLabel: (metric, period, reason) => `${metric}, ${period}: ${reason}`,
  annotationKind: kindEn,
  annotationLabel: (kind, period, label) => `${kind}, ${period}: ${label}`,
  annotationGroupLabel: (kind, count, period, first) => `${count} × ${kind}, ${period}: ${first.join('; ')}${count > first.length ? `; and ${count - first.length} more (see the data table)` : ''}`,
  annotationsHeading: 'Annotations',
  annotationsOutside: (count) => `${count} ${count === 1 ? 'annotation falls' : 'annotations fall'} outside the periods shown.`,
  legendGap: (threshold) => `Hatched: fewer than ${threshold} answers, or no data`,
  legendBand: 'Band: 95% confidence interval',
  seriesChange: (metric, from, fromPeriod, to, toPeriod) => `${metric} went from ${from} in ${fromPeriod} to ${to} in ${toPeriod}.`,
  seriesNoValue: (metric) => `${metric} has no value to show.`,
  hiddenPeriods: (metric, count, reason) => `${metric}: ${count} ${count === 1 ? 'period' : 'periods'} not shown (${reason}).`,
  annotationCount: (count) => (count === 0 ? 'No annotations.' : `${count} ${count === 1 ? 'annotation' : 'annotations'}.`),
  notCausal: 'Two lines moving together over time do not show that one causes the other.',
  empty: 'No trend to show yet.',
  employeeHeading: (metric) => `${metric} (employees)`,
  customerHeading: (metric) => `${metric} (customers)`,
};

export const trendFr: TrendStrings = {
  title: 'Évolution',
  chartLabel: (employee, customer, unit) => `${employee} et ${customer} dans le temps, ${unit}`,
  organisation: 'toute l’organisation',
  organisationMissing: (unit) => `Le total de l’organisation ne figure pas dans ces résultats ; affichage de ${unit}.`,
  showing: (unit) => `Affichage : ${unit}`,
  showOrganisation: 'Afficher toute l’organisation',
  employeePanel: (metric) => `${metric} · collaborateurs`,
  customerPanel: (metric) => `${metric} · clients`,
  employeePicker: 'Indicateur collaborateurs',
  customerPicker: 'Indicateur clients',
  gapMark: (threshold) => `< ${threshold}`,
  gap: (reason, threshold) =>
    reason === 'below-threshold' ? `moins de ${threshold} réponses`
      : reason === 'complementary' ? `masqué : révélerait un groupe de moins de ${threshold} réponses`
        : reason === 'few-customers' ? `moins de ${threshold} réponses clients`
          : 'aucune donnée',
  pointLabel: (p) => `${p.metric}, ${p.period} : ${p.value} (IC à 95 % de ${p.lo} à ${p.hi}), n = ${p.n} ${p.customers ? 'réponses clients' : 'répondants'}`,
  gapLabel: (metric, period, reason) => `${metric}, ${period} : ${reason}`,
  annotationKind: kindFr,
  annotationLabel: (kind, period, label) => `${kind}, ${period} : ${label}`,
  annotationGroupLabel: (kind, count, period, first) => `${count} × ${kind}, ${period} : ${first.join(' ; ')}${count > first.length ? ` ; et ${count - first.length} de plus (voir le tableau de données)` : ''}`,
  annotationsHeading: 'Annotations',
  annotationsOutside: (count) => `${count} annotation${count > 1 ? 's tombent' : ' tombe'} hors des périodes affichées.`,
  legendGap: (threshold) => `Hachures : moins de ${threshold} réponses, ou aucune donnée`,
  legendBand: 'Bande : intervalle de confiance à 95 %',
  seriesChange: (metric, from, fromPeriod, to, toPeriod) => `${metric} est passé de ${from} ${frIn(fromPeriod)} à ${to} ${frIn(toPeriod)}.`,
  seriesNoValue: (metric) => `${metric} n’a aucune valeur à afficher.`,
  hiddenPeriods: (metric, count, reason) => `${metric} : ${count} période${count > 1 ? 's non affichées' : ' non affichée'} (${reason}).`,
  annotationCount: (count) => (count === 0 ? 'Aucune annotation.' : `${count} annotation${count > 1 ? 's' : ''}.`),
  notCausal: 'Deux courbes qui évoluent ensemble ne montrent pas que l’une cause l’autre.',
  empty: 'Aucune évolution à afficher pour l’instant.',
  employeeHeading: (metric) => `${metric} (collaborateurs)`,
  customerHeading: (metric) => `${metric} (clients)`,
};
