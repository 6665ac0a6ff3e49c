/** Strings of the scatter area. A key missing from the French catalog fails to compile. */
export interface ScatterAreaStrings {
  title: string;
  /** Shown instead of the chart when there is nothing to plot. */
  empty: string;
  /** Toggle button; its pressed state is announced through aria-pressed, so the label stays. */
  showTrajectories: string;
  /** Summary sentence while trajectories are drawn. */
  trajectoriesSummary: (units: number, periods: number, from: string, to: string) => string;
  /** Shown instead of trajectories when there are too many units to draw legibly. */
  trajectoriesTooMany: (units: number) => string;
  trajectoriesNone: string;
  /** The selected unit has no period with both values shown on its own. */
  trajectoryUnavailable: (unit: string) => string;
  gapNote: string;
  /** Row header of a per-period row in the data table. */
  periodRow: (unit: string, period: string) => string;
  /** Cell text of a period whose values are withheld or missing. */
  notShown: string;
  /** Accessible name of the chart when drawn on a canvas. */
  canvasNote: (count: string) => string;
  /** The data table shows its rows a page at a time when there are many. */
  moreRows: (shown: string, total: string) => string;
}

export const scatterAreaEn: ScatterAreaStrings = {
  title: 'Scatter',
  empty: 'No units to plot yet.',
  showTrajectories: 'Show trajectories',
  trajectoriesSummary: (units, periods, from, to) =>
    `Trajectories of ${units} ${units === 1 ? 'unit' : 'units'} over ${periods} ${periods === 1 ? 'period' : 'periods'}, ${from} to ${to}; arrows point to the later period.`,
  trajectoriesTooMany: (units) => `${units} units are too many to draw trajectories legibly: select a unit to see its trajectory.`,
  trajectoriesNone: 'No unit has values in more than one period, so there is no trajectory to draw.',
  trajectoryUnavailable: (unit) => `${unit} has no single period with both values above the anonymity and reliability thresholds, so it has no trajectory.`,
  gapNote: 'A break in a path is a period whose values are withheld (too few answers) or missing; it is never filled in.',
  periodRow: (unit, period) => `${unit}, ${period}`,
  notShown: 'not shown',
  canvasNote: (count) => `${count} units drawn as an image; use the arrow keys to go through them, or open the data table.`,
  moreRows: (shown, total) => `Show more rows (${shown} of ${total} shown)`,
};

export const scatterAreaFr: ScatterAreaStrings = {
  title: 'Nuage de points',
  empty: 'Aucune unité à placer pour l’instant.',
  showTrajectories: 'Afficher les trajectoires',
  trajectoriesSummary: (units, periods, from, to) =>
    `Trajectoires de ${units} unité${units > 1 ? 's' : ''} sur ${periods} période${periods > 1 ? 's' : ''}, de ${from} à ${to} ; les flèches pointent vers la période la plus récente.`,
  trajectoriesTooMany: (units) => `${units} unités, c’est trop pour tracer des trajectoires lisibles : sélectionnez une unité pour voir la sienne.`,
  trajectoriesNone: 'Aucune unité n’a de valeurs sur plus d’une période : pas de trajectoire à tracer.',
  trajectoryUnavailable: (unit) => `${unit} n’a aucune période où les deux valeurs dépassent à elles seules les seuils d’anonymat et de fiabilité : pas de trajectoire.`,
  gapNote: 'Une interruption du tracé correspond à une période dont les valeurs sont masquées (trop peu de réponses) ou absentes ; elle n’est jamais comblée.',
  periodRow: (unit, period) => `${unit}, ${period}`,
  notShown: 'non affiché',
  canvasNote: (count) => `${count} unités dessinées en image ; parcourez-les avec les flèches du clavier, ou ouvrez le tableau de données.`,
  moreRows: (shown, total) => `Afficher plus de lignes (${shown} sur ${total} affichées)`,
};
