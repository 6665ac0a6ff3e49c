import { scatterAreaFr } from './areas/scatter.ts';
import { insightsAreaFr } from './areas/insights.ts';
import { recognitionDisplayFr } from './areas/recognition-display.ts';
import { importerFr } from './areas/importer.ts';
import { filtersFr } from './areas/filters.ts';
import { trendFr } from './areas/trend.ts';
import { mirrorFr } from './areas/mirror.ts';
import { unitTableFr } from './areas/unit-table.ts';
import { exportingFr } from './areas/exporting.ts';
import { recognitionFr } from './areas/recognition.ts';
import { storageFr } from './areas/storage.ts';
import type { Translation } from './translation.ts';
import { countText } from './intl-formats.ts';

export const fr: Translation = {
  appTitle: 'Symmetry Insights',
  loading: 'Chargement…',
  loadingSample: 'Chargement du jeu de données d’exemple…',
  emptyWorkspace: 'Aucune donnée pour l’instant. Importez une enquête collaborateurs et un export d’avis clients pour commencer.',
  errorPrefix: 'Une erreur est survenue :',
  closedByUpgrade: 'Une version plus récente de Symmetry Insights s’est ouverte dans un autre onglet. Rechargez cet onglet pour continuer.',
  metric: { enps: 'eNPS', engagement: 'Engagement', nps: 'NPS', csat: 'CSAT', ces: 'Effort client', fcr: 'Résolution au premier contact' },
  metricDescription: {
    enps: 'Employee Net Promoter Score : % de promoteurs (9–10) − % de détracteurs (0–6)',
    engagement: 'Moyenne des items d’engagement répondus, de 1 à 5',
    nps: 'Net Promoter Score : % de promoteurs (9–10) − % de détracteurs (0–6)',
    csat: 'Part de clients satisfaits (4–5 sur 1–5)',
    ces: 'Effort moyen déclaré, de 1 à 7 (plus bas = mieux)',
    fcr: 'Part des demandes résolues dès le premier contact',
  },
  respondents: (n) => (n <= 1 ? `${n} répondant` : `${countText('fr', n)} répondants`),
  customers: (n) => (n <= 1 ? `${n} réponse client` : `${countText('fr', n)} réponses clients`),
  suppressed: (min) => `Moins de ${min} réponses : masqué pour protéger l’anonymat`,
  fewCustomers: (min) => `Moins de ${min} réponses clients : trop peu pour être fiable`,
  measureAbsent: (metric) => `${metric}\u00a0: aucune réponse dans ces données`,
  noAnswers: 'Aucune réponse pour l’instant',
  confidenceInterval: (lo, hi) => `IC à 95 % de ${lo} à ${hi}`,
  deltaVsPrevious: (delta, period) => `${delta} par rapport à ${period}`,
  noPrevious: 'pas de période précédente',
  unitLevelCaveat: 'Association au niveau des équipes, pas une causalité.',
  quadrant: { virtuous: 'Vertueux', fragile: 'Fragile', untapped: 'Potentiel inexploité', critical: 'Critique' },
  strength: { negligible: 'négligeable', small: 'faible', moderate: 'modérée', strong: 'forte' },
  scatterLabel: (x, y, n) => `${y} en fonction de ${x} pour ${n} unités`,
  scatterSummary: (r, lo, hi, n, p) => `r de Pearson = ${r} (IC à 95 % de ${lo} à ${hi}), n = ${n} unités, ${p} (ajusté par Benjamini–Hochberg).`,
  notEnoughUnits: (n) => `Seules ${n} unités ont des données collaborateurs et clients au-dessus des seuils : trop peu pour corréler.`,
  quadrantHeading: 'Quadrant',
  unit: 'Unité',
  period: 'Période',
  n: 'n',
  dataTable: 'Tableau de données',
  showTable: 'Afficher le tableau de données',
  hideTable: 'Masquer le tableau de données',
  datasetSummary: (units, responses, feedback) => `${units} unités, ${responses} réponses collaborateurs, ${feedback} réponses clients`,
  itemLabel: (id) => FR_ITEMS.get(id) ?? id.replaceAll('_', ' '),
  measureLabel: (id) => (Object.hasOwn(fr.metric, id) ? fr.metric[id as keyof typeof fr.metric] : fr.itemLabel(id)),
  significanceNote: '* significatif après correction de Benjamini–Hochberg (p ajusté < 0,05).',
  significantAfterBh: 'significatif après correction',
  notSignificantAfterBh: 'non significatif après correction',
  adjustedP: 'p ajusté (BH)',
  ciHeading: 'IC à 95 %',
  correlationHeading: 'r',
  lagDirection: { 'ex-to-cx': 'Collaborateurs → clients', 'cx-to-ex': 'Clients → collaborateurs' },
  lagDirectionDetail: {
    'ex-to-cx': 'indicateur collaborateurs en t, indicateur clients en t + k',
    'cx-to-ex': 'indicateur clients en t, indicateur collaborateurs en t + k',
  },
  lagHeading: 'Décalage k',
  lagAxis: 'Décalage k (périodes)',
  correlationAxis: 'Corrélation r',
  directionHeading: 'Sens',
  lagChartLabel: (employee, customer) => `Corrélation entre ${employee} et ${customer} selon le décalage, dans les deux sens`,
  lagPointLabel: (p) => `${p.direction}, décalage ${p.k} : r = ${p.r} (IC à 95 % de ${p.lo} à ${p.hi}), n = ${p.n} paires, p ajusté = ${p.p}, ${p.significant ? 'significatif après correction' : 'non significatif après correction'}`,
  lagSummary: (s) => `${s.employee} et ${s.customer} : l’association la plus forte va dans le sens ${s.direction.toLowerCase()} avec un décalage de ${s.k}, r = ${s.r} (IC à 95 % de ${s.lo} à ${s.hi}), n = ${s.n} paires, ${s.significant ? 'significative' : 'non significative'} après correction de Benjamini–Hochberg. ${s.significantCount === 0 ? `Aucun des ${s.estimable} décalages estimables n’est significatif.` : `${s.significantCount} décalage${s.significantCount > 1 ? 's' : ''} sur ${s.estimable} ${s.significantCount > 1 ? 'sont significatifs' : 'est significatif'}.`}`,
  lagNoEstimate: (employee, customer) => `${employee} et ${customer} : trop peu de paires à chaque décalage pour estimer une corrélation.`,
  lagTooFewPairs: 'trop peu de paires pour estimer',
  lagEmpty: 'Aucune corrélation décalée à afficher pour l’instant.',
  heatmapCorrelationsLabel: 'Corrélations entre indicateurs collaborateurs (lignes) et indicateurs clients (colonnes)',
  heatmapCorrelationsSummary: (s) => `${s.rows} indicateurs collaborateurs × ${s.columns} indicateurs clients ; ${s.significantCount} corrélation${s.significantCount > 1 ? 's' : ''} ${s.significantCount > 1 ? 'sont significatives' : 'est significative'} après correction de Benjamini–Hochberg.${s.strongest ? ` La plus forte : ${s.strongest.row} avec ${s.strongest.column}, r = ${s.strongest.r}.` : ''}`,
  heatmapCorrelationCell: (c) => `${c.row} avec ${c.column} : r = ${c.r}, n = ${c.n}, p ajusté = ${c.p}, ${c.significant ? 'significatif après correction' : 'non significatif après correction'}`,
  heatmapUnitsLabel: 'Scores des items par unité, avec l’écart à l’unité parente',
  heatmapUnitsSummary: (s) => `${s.units} unités × ${s.items} items. ${s.suppressed === 0 ? 'Aucune cellule n’est masquée.' : `${s.suppressed} cellule${s.suppressed > 1 ? 's sont masquées' : ' est masquée'} : moins de ${s.threshold} réponses.`}`,
  heatmapUnitCell: (c) => `${c.unit}, ${c.item} : ${c.value}${c.delta ? `, ${c.delta} par rapport à l’unité parente` : ''}`,
  deltaVsParent: 'par rapport à l’unité parente',
  heatmapScaleNegative: 'r négatif',
  heatmapScalePositive: 'r positif',
  heatmapDeltaLower: 'sous l’unité parente',
  heatmapDeltaHigher: 'au-dessus de l’unité parente',
  employeeMetricHeading: 'Indicateur collaborateurs',
  customerMetricHeading: 'Indicateur clients',
  itemHeading: 'Item',
  valueHeading: 'Valeur',
  noValue: 'pas de données',
  heatmapEmpty: 'Aucune cellule à afficher pour l’instant.',
  driversLabel: (outcome) => `Leviers de ${outcome}`,
  driversSummary: (s) => `Ensemble, les leviers expliquent R² = ${s.rSquared} des écarts de ${s.outcome} entre ${s.n} unités.${s.top ? ` ${s.top.label} en porte la plus grande part (${s.top.share}).` : ''} Les poids relatifs répartissent le R² entre leviers corrélés ; ce ne sont pas des effets causaux.`,
  driversRefused: (n, needed) => `Seulement ${n} unités : l’analyse des leviers en demande au moins ${needed} (10 par levier, 30 au minimum).`,
  driverBar: (d) => `${d.rank}. ${d.label} : ${d.share} de la variance expliquée, r = ${d.r}`,
  driverHeading: 'Levier',
  relativeWeightHeading: 'Poids relatif',
  rawWeightHeading: 'Poids brut',
  driversMethod: 'Poids relatifs (Johnson, 2000) : les poids bruts ont pour somme le R², les poids normalisés 100 %.',
  driversEmpty: 'Aucune analyse des leviers à afficher pour l’instant.',
  insightsLabel: 'Enseignements',
  insightSentence: (s) => {
    const units = { team: 'Les équipes', site: 'Les sites', unit: 'Les unités' }[s.unitKind];
    const lag = Math.abs(s.lag ?? 0);
    const later = {
      month: lag === 0 ? ' le même mois' : lag === 1 ? ' un mois plus tard' : ` ${lag} mois plus tard`,
      quarter: lag === 0 ? ' le même trimestre' : lag === 1 ? ' un trimestre plus tard' : ` ${lag} trimestres plus tard`,
      year: lag === 0 ? ' la même année' : lag === 1 ? ' un an plus tard' : ` ${lag} ans plus tard`,
      period: lag === 0 ? ' à la même période' : lag === 1 ? ' une période plus tard' : ` ${lag} périodes plus tard`,
    }[s.granularity];
    const [first, second] = s.kind === 'lag' && (s.lag ?? 0) < 0 ? [s.customer, s.employee] : [s.employee, s.customer];
    const when = s.kind === 'lag' ? later : '';
    const claim = s.kind === 'driver'
      ? `Parmi les leviers du score « ${s.customer} », « ${s.employee} » ${s.driver ? `porte la plus grande part (${s.driver.share}) du R² = ${s.driver.rSquared}` : 'ressort'}`
      : s.direction === 'none'
        ? `${units} ayant un score « ${first} » plus élevé n’ont un score « ${second} » ni plus élevé ni plus bas${when}`
        : `${units} ayant un score « ${first} » plus élevé ont un score « ${second} » ${s.direction === 'positive' ? 'plus élevé' : 'plus bas'}${when}`;
    const pairs = {
      team: { month: 'équipes-mois', quarter: 'équipes-trimestres', year: 'équipes-années', period: 'équipes-périodes' },
      site: { month: 'sites-mois', quarter: 'sites-trimestres', year: 'sites-années', period: 'sites-périodes' },
      unit: { month: 'unités-mois', quarter: 'unités-trimestres', year: 'unités-années', period: 'unités-périodes' },
    }[s.unitKind][s.granularity];
    const ci = s.ci ? ` (IC à 95 % de ${s.ci.lo} à ${s.ci.hi})` : '';
    return `${claim} : r = ${s.r}${ci}, n = ${s.n} ${pairs}, association ${fr.strength[s.strength]}, ${s.significant ? 'significative' : 'non significative'} après correction de Benjamini–Hochberg (${s.p}).`;
  },
  significantBadge: 'Significatif',
  notSignificantBadge: 'Non significatif',
  insightsEmpty: 'Pas encore d’enseignement : trop peu d’unités et de périodes reliées pour conclure de façon fiable.',
  howComputed: 'Comment est-ce calculé ?',
  methodPearson: 'Chaque association est le r de Pearson entre moyennes par unité, une paire par unité et par période, après exclusion des valeurs manquantes paire par paire. Les unités sous les seuils d’anonymat sont écartées.',
  methodFisher: 'L’intervalle de confiance à 95 % utilise la transformation z de Fisher : z = atanh(r), z ± 1,96 / √(n − 3), puis retour par tanh.',
  methodBh: 'Les valeurs p viennent d’un test t à n − 2 degrés de liberté et sont corrigées par la procédure de Benjamini–Hochberg sur l’ensemble des corrélations affichées ensemble ; un résultat est dit significatif quand son p ajusté est inférieur à 0,05.',
  methodStrength: 'Les niveaux d’intensité suivent les conventions de Cohen pour |r| : sous 0,1 négligeable, dès 0,1 faible, dès 0,3 modérée, dès 0,5 forte.',
  methodThresholds: (minEmployees, minCustomers) => `Une unité ne compte pour une période qu’avec au moins ${minEmployees} réponses collaborateurs et ${minCustomers} réponses clients.`,
  reliabilityHeading: 'Fiabilité des moyennes par unité',
  reliabilityIntro: 'L’ICC(1) est la part de la variance des réponses située entre unités ; l’ICC(2) mesure la fiabilité de la moyenne d’une unité (0,7 ou plus est en général jugé bon).',
  icc1Heading: 'ICC(1)',
  icc2Heading: 'ICC(2)',
  metricHeading: 'Indicateur',
  insightNoEstimate: (s) => (s.kind === 'driver'
    ? `Leviers du score « ${s.customer ?? s.employee} » : non calculés, trop peu d’unités reliées ou trop peu de variation.`
    : `${s.customer ? `${s.employee} et ${s.customer}` : s.employee} : trop peu d’unités reliées, ou trop peu de variation, pour estimer une association.`),
  insightReliability: (s) => (s.reliable
    ? `${s.metric} : les moyennes par unité sont assez fiables pour être reliées (ICC(1) = ${s.icc1}, ICC(2) = ${s.icc2} ; 0,70 ou plus est bon).`
    : `${s.metric} : les moyennes par unité sont peu fiables (ICC(1) = ${s.icc1}, ICC(2) = ${s.icc2}, sous 0,70) : à lire avec prudence.`),
  insightQuadrantCounts: (c) => `Unités par quadrant : ${c.virtuous} vertueuses, ${c.fragile} fragiles, ${c.untapped} à potentiel inexploité, ${c.critical} critiques.`,
  dashboardScatterTitle: 'Collaborateurs et clients, équipe par équipe',
  dashboardLagTitle: 'Qui précède l’autre ? Corrélation selon le décalage',
  dashboardDriversTitle: (outcome) => `Leviers : ${outcome}`,
  dashboardMatrixTitle: 'Chaque indicateur collaborateurs face à chaque indicateur clients',
  dashboardInsightsTitle: 'Ce que disent les données',
  dashboardTrendTitle: 'Collaborateurs et clients dans le temps',
  dashboardMirrorTitle: 'Le miroir des attentions : ce que vivent les collaborateurs, les clients le vivent',
  dashboardUnitsTitle: 'Toutes les unités',
  employeeAxis: 'Indicateur collaborateurs',
  customerAxis: 'Indicateur clients',
  importer: importerFr,
  filters: filtersFr,
  trend: trendFr,
  mirror: mirrorFr,
  unitTable: unitTableFr,
  exporting: exportingFr,
  recognition: recognitionFr,
  storage: storageFr,
  recognitionDisplay: recognitionDisplayFr,
  insights: insightsAreaFr,
  scatter: scatterAreaFr,
};

/** Noms français des items d’engagement de l’enquête d’exemple et des exports courants. */
const FR_ITEMS: ReadonlyMap<string, string> = new Map([
  ['autonomy', 'Autonomie'],
  ['recognition', 'Reconnaissance'],
  ['wellbeing', 'Bien-être'],
  ['workload', 'Charge de travail'],
  ['manager_support', 'Soutien du manager'],
  ['development', 'Développement'],
]);
