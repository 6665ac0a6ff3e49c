/** Strings of the unit-table area. A key missing from the French catalog fails to compile. */
type Level = 'region' | 'site' | 'team';

export interface UnitTableStrings {
  title: string;
  label: (shown: number, total: number) => string;
  filterLabel: string;
  quadrantFilter: string;
  allQuadrants: string;
  noQuadrant: string;
  levelFilter: string;
  allLevels: string;
  level: Record<Level, string>;
  levelHeading: string;
  respondentsHeading: string;
  customersHeading: string;
  /** What a suppressed cell says instead of a number. */
  suppressedCell: (min: number) => string;
  complementaryCell: string;
  fewCustomersCell: (min: number) => string;
  noDataCell: string;
  nCell: (n: string) => string;
  count: (shown: number, total: number) => string;
  page: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  noMatch: string;
  empty: string;
  selectUnit: (name: string) => string;
  selected: string;
  sortHint: string;
}

export const unitTableEn: UnitTableStrings = {
  title: 'Units',
  label: (shown, total) => `Units: ${shown} of ${total} shown`,
  filterLabel: 'Filter by unit name',
  quadrantFilter: 'Quadrant',
  allQuadrants: 'All quadrants',
  noQuadrant: 'Not placed',
  levelFilter: 'Level',
  allLevels: 'All levels',
  level: { region: 'Region', site: 'Site', team: 'Team' },
  levelHeading: 'Level',
  respondentsHeading: 'Respondents',
  customersHeading: 'Customer answers',
  suppressedCell: (min) => `fewer than ${min} answers`,
  complementaryCell: 'hidden: would reveal a smaller group',
  fewCustomersCell: (min) => `fewer than ${min} customer answers`,
  noDataCell: 'no data',
  nCell: (n) => `n = ${n}`,
  count: (shown, total) => `${shown} of ${total} units`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  noMatch: 'No unit matches these filters.',
  empty: 'No units to show yet.',
  selectUnit: (name) => `Select ${name}`,
  selected: 'selected',
  sortHint: 'Column headers sort the table.',
};

export const unitTableFr: UnitTableStrings = {
  title: 'Unités',
  label: (shown, total) => `Unités : ${shown} sur ${total} affichées`,
  filterLabel: 'Filtrer par nom d’unité',
  quadrantFilter: 'Quadrant',
  allQuadrants: 'Tous les quadrants',
  noQuadrant: 'Non placée',
  levelFilter: 'Niveau',
  allLevels: 'Tous les niveaux',
  level: { region: 'Région', site: 'Site', team: 'Équipe' },
  levelHeading: 'Niveau',
  respondentsHeading: 'Répondants',
  customersHeading: 'Réponses clients',
  suppressedCell: (min) => `moins de ${min} réponses`,
  complementaryCell: 'masqué : révélerait un groupe plus petit',
  fewCustomersCell: (min) => `moins de ${min} réponses clients`,
  noDataCell: 'aucune donnée',
  nCell: (n) => `n = ${n}`,
  count: (shown, total) => `${shown} unité${shown > 1 ? 's' : ''} sur ${total}`,
  page: (page, pages) => `Page ${page} sur ${pages}`,
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  noMatch: 'Aucune unité ne correspond à ces filtres.',
  empty: 'Aucune unité à afficher pour l’instant.',
  selectUnit: (name) => `Sélectionner ${name}`,
  selected: 'sélectionnée',
  sortHint: 'Les en-têtes de colonne trient le tableau.',
};
