/**
 * Strings of the storage area: dataset management, erasure, bundle and CSV export, and the
 * storage errors the worker returns as codes and data. A key missing from the French catalog
 * fails to compile.
 */

/** Codes of the problems storage requests report (`InputProblem.code`), one message each. */
export type StorageProblemCode =
  | 'bundle-not-json'
  | 'bundle-format'
  | 'bundle-version'
  | 'bundle-field'
  | 'bundle-duplicate-id'
  | 'bundle-column-data'
  | 'bundle-column-length'
  | 'bundle-code-range'
  | 'bundle-missing-column'
  | 'dataset-not-found'
  | 'dataset-invalid-name'
  | 'erasure-missing-id';

export interface StorageStrings {
  title: string;
  /** Messages for `ErrorData.code` of storage methods. */
  errors: {
    /** `megabytes` is already formatted for the language. */
    quota: (megabytes: string) => string;
    aborted: string;
    empty: string;
    invalidBundle: (problems: number) => string;
    invalidRequest: string;
    internal: string;
  };
  /** One sentence per problem: `where` is the place in the bundle or request, `value` what was found. */
  problems: Record<StorageProblemCode, (where: string, value: string) => string>;
  closedByUpgrade: string;
  blockedByOtherTab: string;
  datasets: string;
  datasetRows: (rows: string) => string;
  rename: string;
  renameLabel: string;
  deleteDataset: string;
  confirmDelete: (name: string) => string;
  deleted: (name: string) => string;
  erasure: {
    heading: string;
    kindLabel: string;
    respondent: string;
    customer: string;
    idLabel: string;
    namesLabel: string;
    namesHint: string;
    confirm: string;
    /** Summary of what was erased; counts are formatted numbers. */
    done: (counts: { employeeRows: string; customerRows: string; comments: string; stories: string; recognition: string }) => string;
    nothingFound: string;
  };
  exportBundle: string;
  restoreBundle: string;
  confirmRestore: string;
  restored: string;
  exportCsv: string;
  csvTables: Record<'employees' | 'customers' | 'units' | 'stories', string>;
}

export const storageEn: StorageStrings = {
  title: 'Data and storage',
  errors: {
    quota: (mb) => `The browser refused to store about ${mb} MB: its storage quota for this site is full. Free some space or allow persistent storage. Nothing was changed.`,
    aborted: 'The write was interrupted before it finished. The previous data is unchanged.',
    empty: 'The workspace is empty.',
    invalidBundle: (n) => (n === 1 ? 'The file cannot be restored: 1 problem. Nothing was changed.' : `The file cannot be restored: ${n} problems. Nothing was changed.`),
    invalidRequest: 'The request cannot be carried out. Nothing was changed.',
    internal: 'Something went wrong while reading or writing the data. Nothing was changed.',
  },
  problems: {
    'bundle-not-json': () => 'The file is not readable JSON.',
    'bundle-format': () => 'The file is not a Symmetry Insights workspace bundle.',
    'bundle-version': (_, value) => `The bundle has version ${value}, which this release cannot read.`,
    'bundle-field': (where, value) => `${where}: unexpected value ${value}.`,
    'bundle-duplicate-id': (where, value) => `${where}: the id ${value} is used twice.`,
    'bundle-column-data': (where) => `${where}: the column data is damaged or encoded the wrong way.`,
    'bundle-column-length': (where, value) => `${where}: ${value} values, not one per row.`,
    'bundle-code-range': (where, value) => `${where}: code ${value} points to no value of the column.`,
    'bundle-missing-column': (where) => `${where}: the unit or period column is missing.`,
    'dataset-not-found': (_, value) => `No stored dataset has the id “${value}”.`,
    'dataset-invalid-name': () => 'A dataset name needs 1 to 200 characters.',
    'erasure-missing-id': () => 'Give the respondent or customer id to erase.',
  },
  closedByUpgrade: 'A newer version of this app was opened in another tab. Reload this tab to continue.',
  blockedByOtherTab: 'Another tab is using an older version of the data. Close it so that this tab can update the data.',
  datasets: 'Datasets',
  datasetRows: (rows) => `${rows} rows`,
  rename: 'Rename',
  renameLabel: 'New name',
  deleteDataset: 'Delete',
  confirmDelete: (name) => `Delete “${name}” and all its rows? This cannot be undone.`,
  deleted: (name) => `“${name}” was deleted.`,
  erasure: {
    heading: 'Erase a person’s data',
    kindLabel: 'Whose data',
    respondent: 'An employee (survey respondent id)',
    customer: 'A customer (customer id)',
    idLabel: 'Id',
    namesLabel: 'Names used in stories and comments',
    namesHint: 'One per line, e.g. full name and first name. Mentions are replaced by […].',
    confirm: 'Erase everywhere',
    done: (c) =>
      `Erased ${c.employeeRows} survey rows and ${c.customerRows} feedback rows; the person was removed from ${c.comments} comments, ${c.stories} stories and ${c.recognition} recognition records.`,
    nothingFound: 'Nothing in the workspace matched this person.',
  },
  exportBundle: 'Export the workspace (JSON)',
  restoreBundle: 'Restore a workspace',
  confirmRestore: 'Restoring replaces everything in this workspace with the file’s content. Continue?',
  restored: 'The workspace was restored.',
  exportCsv: 'Export as CSV',
  csvTables: { employees: 'Survey responses', customers: 'Customer feedback', units: 'Units', stories: 'Stories' },
};

export const storageFr: StorageStrings = {
  title: 'Données et stockage',
  errors: {
    quota: (mb) => `Le navigateur a refusé d’enregistrer environ ${mb}\u00a0Mo\u00a0: son quota de stockage pour ce site est plein. Libérez de l’espace ou autorisez le stockage persistant. Rien n’a été modifié.`,
    aborted: 'L’écriture a été interrompue avant la fin. Les données précédentes sont intactes.',
    empty: 'L’espace de travail est vide.',
    invalidBundle: (n) => (n === 1 ? 'Le fichier ne peut pas être restauré\u00a0: 1 problème. Rien n’a été modifié.' : `Le fichier ne peut pas être restauré\u00a0: ${n} problèmes. Rien n’a été modifié.`),
    invalidRequest: 'La demande ne peut pas être exécutée. Rien n’a été modifié.',
    internal: 'Un problème est survenu pendant la lecture ou l’écriture des données. Rien n’a été modifié.',
  },
  problems: {
    'bundle-not-json': () => 'Le fichier n’est pas du JSON lisible.',
    'bundle-format': () => 'Le fichier n’est pas une sauvegarde d’espace de travail Symmetry Insights.',
    'bundle-version': (_, value) => `La sauvegarde est en version ${value}, que cette version de l’application ne sait pas lire.`,
    'bundle-field': (where, value) => `${where}\u00a0: valeur inattendue ${value}.`,
    'bundle-duplicate-id': (where, value) => `${where}\u00a0: l’identifiant ${value} est utilisé deux fois.`,
    'bundle-column-data': (where) => `${where}\u00a0: les données de la colonne sont endommagées ou mal encodées.`,
    'bundle-column-length': (where, value) => `${where}\u00a0: ${value} valeurs au lieu d’une par ligne.`,
    'bundle-code-range': (where, value) => `${where}\u00a0: le code ${value} ne désigne aucune valeur de la colonne.`,
    'bundle-missing-column': (where) => `${where}\u00a0: la colonne d’unité ou de période manque.`,
    'dataset-not-found': (_, value) => `Aucun jeu de données enregistré n’a l’identifiant «\u202f${value}\u202f».`,
    'dataset-invalid-name': () => 'Le nom d’un jeu de données doit compter de 1 à 200 caractères.',
    'erasure-missing-id': () => 'Indiquez l’identifiant du répondant ou du client à effacer.',
  },
  closedByUpgrade: 'Une version plus récente de l’application a été ouverte dans un autre onglet. Rechargez cet onglet pour continuer.',
  blockedByOtherTab: 'Un autre onglet utilise une version plus ancienne des données. Fermez-le pour que cet onglet puisse les mettre à jour.',
  datasets: 'Jeux de données',
  datasetRows: (rows) => `${rows} lignes`,
  rename: 'Renommer',
  renameLabel: 'Nouveau nom',
  deleteDataset: 'Supprimer',
  confirmDelete: (name) => `Supprimer «\u202f${name}\u202f» et toutes ses lignes\u00a0? Cette action est définitive.`,
  deleted: (name) => `«\u202f${name}\u202f» a été supprimé.`,
  erasure: {
    heading: 'Effacer les données d’une personne',
    kindLabel: 'Données de qui',
    respondent: 'Un collaborateur (identifiant de répondant)',
    customer: 'Un client (identifiant client)',
    idLabel: 'Identifiant',
    namesLabel: 'Noms utilisés dans les récits et les commentaires',
    namesHint: 'Un par ligne, par exemple nom complet et prénom. Les mentions sont remplacées par […].',
    confirm: 'Effacer partout',
    done: (c) =>
      `${c.employeeRows} lignes d’enquête et ${c.customerRows} lignes d’avis clients effacées\u202f; la personne a été retirée de ${c.comments} commentaires, ${c.stories} récits et ${c.recognition} éléments de reconnaissance.`,
    nothingFound: 'Rien dans l’espace de travail ne correspond à cette personne.',
  },
  exportBundle: 'Exporter l’espace de travail (JSON)',
  restoreBundle: 'Restaurer un espace de travail',
  confirmRestore: 'La restauration remplace tout le contenu de cet espace de travail par celui du fichier. Continuer\u00a0?',
  restored: 'L’espace de travail a été restauré.',
  exportCsv: 'Exporter en CSV',
  csvTables: { employees: 'Réponses à l’enquête', customers: 'Avis clients', units: 'Unités', stories: 'Récits' },
};
