/**
 * Strings of the storage area: dataset management, erasure, bundle and CSV export, and the
 * storage errors the worker returns as codes and data. A key missing from the French catalog
 * fails to compile.
 */
import type { BundleProblemCode } from '../../store/bundle-format.ts';
import { countText } from '../intl-formats.ts';

/** Codes of the problems storage requests report (`InputProblem.code`), one message each. */
export type StorageProblemCode =
  | BundleProblemCode
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
  /** Words of the dataset list of `<sym-dataset-manager>`. */
  manager: {
    intro: string;
    /** Name shown for the built-in sample dataset while it keeps the name it was stored with. */
    sampleName: string;
    loading: string;
    empty: string;
    noClient: string;
    kind: Record<'employees' | 'customers', string>;
    kindLabel: string;
    sourceFile: string;
    importedAt: string;
    rows: string;
    encoding: string;
    encodingName: Record<string, string>;
    /** Accessible names of a dataset's buttons, which repeat on every dataset. */
    renameNamed: (name: string) => string;
    deleteNamed: (name: string) => string;
    exportCsvNamed: (name: string) => string;
    save: string;
    cancel: string;
    confirmDeleteButton: string;
    renamed: (name: string) => string;
    /** Shown while the worker carries out a request. */
    working: string;
    exported: (fileName: string) => string;
    csvHeading: string;
    csvTableLabel: string;
    backupHeading: string;
    backupHint: string;
    restoreFileLabel: string;
    confirmRestoreButton: string;
    restoredSummary: (datasets: string, employeeRows: string, customerRows: string) => string;
    problemsHeading: string;
    /** `shown` of `total` problems listed. */
    problemsCount: (shown: number, total: string) => string;
  };
  /** The dataset name rules, as the rename form says them. */
  nameRules: {
    empty: string;
    tooLong: (max: string) => string;
  };
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
    /** Summary of what was erased: the non-zero counts, already phrased and joined as a list. */
    done: (changes: string) => string;
    /** One phrase per kind of change: `n` chooses the plural, `shown` is `n` formatted. */
    counts: Record<'employeeRows' | 'customerRows' | 'comments' | 'stories' | 'units' | 'recognitionRecords' | 'auditEntries', (n: number, shown: string) => string>;
    nothingFound: string;
    intro: string;
    review: string;
    idRequired: string;
    /** The question of the confirm step; `id` is the id typed. */
    confirmQuestion: (kind: 'respondent' | 'customer', id: string) => string;
    logHeading: string;
    logEmpty: string;
    logCaption: string;
    logDate: string;
    logKind: string;
    logChanges: string;
    logKindName: Record<'respondent' | 'customer', string>;
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
    invalidBundle: (n) => (n === 1 ? 'The file cannot be restored: 1 problem. Nothing was changed.' : `The file cannot be restored: ${countText('en', n)} problems. Nothing was changed.`),
    invalidRequest: 'The request cannot be carried out. Nothing was changed.',
    internal: 'Something went wrong while reading or writing the data. Nothing was changed.',
  },
  problems: {
    'bundle-not-json': () => 'The file is not readable JSON.',
    'bundle-format': () => 'The file is not a Symmetry Insights workspace bundle.',
    'bundle-version': (_, value) => `The bundle has version ${value}, which this release cannot read.`,
    // The worker shows a missing field as the bare word nothing (a JSON string would be quoted).
    'bundle-field': (where, value) => (value === 'nothing' ? `${where}: missing.` : `${where}: unexpected value ${value}.`),
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
  manager: {
    sampleName: 'Sample dataset',
    intro: 'The data stored in this browser: rename or delete a dataset, export it, erase one person’s data, or back up and restore the whole workspace.',
    loading: 'Loading the stored datasets…',
    empty: 'No dataset is stored yet. Import files to start.',
    noClient: 'No workspace: place this element inside <sym-workspace> or give it a client.',
    kind: { employees: 'Employee survey', customers: 'Customer feedback' },
    kindLabel: 'Kind',
    sourceFile: 'Source file',
    importedAt: 'Imported',
    rows: 'Rows',
    encoding: 'Encoding',
    encodingName: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'windows-1252': 'Windows-1252' },
    renameNamed: (name) => `Rename “${name}”`,
    deleteNamed: (name) => `Delete “${name}”`,
    exportCsvNamed: (name) => `Export as CSV: “${name}”`,
    save: 'Save',
    cancel: 'Cancel',
    confirmDeleteButton: 'Delete for good',
    renamed: (name) => `Renamed to “${name}”.`,
    working: 'Working…',
    exported: (fileName) => `${fileName} is ready: your browser saves it as a download.`,
    csvHeading: 'Export a table as CSV',
    csvTableLabel: 'Table',
    backupHeading: 'Back up and restore',
    backupHint: 'The backup is one JSON file with every dataset, unit, story and recognition record of this workspace.',
    restoreFileLabel: 'Workspace file to restore (JSON)',
    confirmRestoreButton: 'Replace and restore',
    restoredSummary: (datasets, employees, customers) => `It now holds ${datasets} datasets: ${employees} survey rows and ${customers} feedback rows.`,
    problemsHeading: 'Why the file cannot be restored',
    problemsCount: (shown, total) => `The first ${shown} of ${total} problems:`,
  },
  nameRules: {
    empty: 'Give the dataset a name.',
    tooLong: (max) => `A dataset name can have at most ${max} characters.`,
  },
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
    done: (changes) => `The person’s data was erased: ${changes}.`,
    counts: {
      employeeRows: (n, v) => `${v} survey ${n === 1 ? 'row' : 'rows'} deleted`,
      customerRows: (n, v) => `${v} feedback ${n === 1 ? 'row' : 'rows'} deleted`,
      comments: (n, v) => `${v} ${n === 1 ? 'comment' : 'comments'} blacked out`,
      stories: (n, v) => `${v} ${n === 1 ? 'story' : 'stories'} edited`,
      units: (n, v) => `${v} ${n === 1 ? 'unit' : 'units'} edited`,
      recognitionRecords: (n, v) => `${v} recognition ${n === 1 ? 'record' : 'records'} edited`,
      auditEntries: (n, v) => `${v} audit log ${n === 1 ? 'entry' : 'entries'} blacked out`,
    },
    nothingFound: 'Nothing in the workspace matched this person.',
    intro: 'Deletes the person’s rows and blacks out their names in comments, stories and recognition, in every dataset. The log below keeps when and how much, never who.',
    review: 'Review the erasure',
    idRequired: 'Give the respondent or customer id to erase.',
    confirmQuestion: (kind, id) => `Erase every trace of ${kind === 'respondent' ? 'respondent' : 'customer'} “${id}”? This cannot be undone.`,
    logHeading: 'Erasure log',
    logEmpty: 'No erasure yet.',
    logCaption: 'Erasures carried out in this workspace, newest first',
    logDate: 'Date',
    logKind: 'Whose data',
    logChanges: 'What changed',
    logKindName: { respondent: 'Employee', customer: 'Customer' },
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
    invalidBundle: (n) => (n === 1 ? 'Le fichier ne peut pas être restauré\u00a0: 1 problème. Rien n’a été modifié.' : `Le fichier ne peut pas être restauré\u00a0: ${countText('fr', n)} problèmes. Rien n’a été modifié.`),
    invalidRequest: 'La demande ne peut pas être exécutée. Rien n’a été modifié.',
    internal: 'Un problème est survenu pendant la lecture ou l’écriture des données. Rien n’a été modifié.',
  },
  problems: {
    'bundle-not-json': () => 'Le fichier n’est pas du JSON lisible.',
    'bundle-format': () => 'Le fichier n’est pas une sauvegarde d’espace de travail Symmetry Insights.',
    'bundle-version': (_, value) => `La sauvegarde est en version ${value}, que cette version de l’application ne sait pas lire.`,
    'bundle-field': (where, value) => (value === 'nothing' ? `${where}\u00a0: absent.` : `${where}\u00a0: valeur inattendue ${value}.`),
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
  manager: {
    sampleName: 'Jeu de données d’exemple',
    intro: 'Les données enregistrées dans ce navigateur\u00a0: renommez ou supprimez un jeu de données, exportez-le, effacez les données d’une personne, ou sauvegardez et restaurez tout l’espace de travail.',
    loading: 'Chargement des jeux de données enregistrés…',
    empty: 'Aucun jeu de données n’est encore enregistré. Importez des fichiers pour commencer.',
    noClient: 'Aucun espace de travail\u00a0: placez cet élément dans <sym-workspace> ou donnez-lui un client.',
    kind: { employees: 'Enquête collaborateurs', customers: 'Avis clients' },
    kindLabel: 'Type',
    sourceFile: 'Fichier source',
    importedAt: 'Importé le',
    rows: 'Lignes',
    encoding: 'Encodage',
    encodingName: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 avec BOM', 'windows-1252': 'Windows-1252' },
    renameNamed: (name) => `Renommer «\u202f${name}\u202f»`,
    deleteNamed: (name) => `Supprimer «\u202f${name}\u202f»`,
    exportCsvNamed: (name) => `Exporter en CSV\u00a0: «\u202f${name}\u202f»`,
    save: 'Enregistrer',
    cancel: 'Annuler',
    confirmDeleteButton: 'Supprimer définitivement',
    renamed: (name) => `Renommé en «\u202f${name}\u202f».`,
    working: 'Traitement en cours…',
    exported: (fileName) => `${fileName} est prêt\u00a0: votre navigateur l’enregistre comme téléchargement.`,
    csvHeading: 'Exporter une table en CSV',
    csvTableLabel: 'Table',
    backupHeading: 'Sauvegarder et restaurer',
    backupHint: 'La sauvegarde est un fichier JSON qui contient chaque jeu de données, unité, récit et élément de reconnaissance de cet espace de travail.',
    restoreFileLabel: 'Fichier d’espace de travail à restaurer (JSON)',
    confirmRestoreButton: 'Remplacer et restaurer',
    restoredSummary: (datasets, employees, customers) => `Il contient maintenant ${datasets}\u00a0jeux de données\u00a0: ${employees}\u00a0lignes d’enquête et ${customers}\u00a0lignes d’avis clients.`,
    problemsHeading: 'Pourquoi le fichier ne peut pas être restauré',
    problemsCount: (shown, total) => `Les ${shown} premiers problèmes sur ${total}\u00a0:`,
  },
  nameRules: {
    empty: 'Donnez un nom au jeu de données.',
    tooLong: (max) => `Le nom d’un jeu de données compte au plus ${max}\u00a0caractères.`,
  },
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
    done: (changes) => `Les données de la personne ont été effacées\u00a0: ${changes}.`,
    counts: {
      employeeRows: (n, v) => (n < 2 ? `${v}\u00a0ligne d’enquête supprimée` : `${v}\u00a0lignes d’enquête supprimées`),
      customerRows: (n, v) => (n < 2 ? `${v}\u00a0ligne d’avis client supprimée` : `${v}\u00a0lignes d’avis clients supprimées`),
      comments: (n, v) => (n < 2 ? `${v}\u00a0commentaire masqué` : `${v}\u00a0commentaires masqués`),
      stories: (n, v) => (n < 2 ? `${v}\u00a0récit modifié` : `${v}\u00a0récits modifiés`),
      units: (n, v) => (n < 2 ? `${v}\u00a0unité modifiée` : `${v}\u00a0unités modifiées`),
      recognitionRecords: (n, v) => (n < 2 ? `${v}\u00a0élément de reconnaissance modifié` : `${v}\u00a0éléments de reconnaissance modifiés`),
      auditEntries: (n, v) => (n < 2 ? `${v}\u00a0entrée du journal d’audit masquée` : `${v}\u00a0entrées du journal d’audit masquées`),
    },
    nothingFound: 'Rien dans l’espace de travail ne correspond à cette personne.',
    intro: 'Supprime les lignes de la personne et masque ses noms dans les commentaires, les récits et la reconnaissance, dans tous les jeux de données. Le journal ci-dessous garde la date et les volumes, jamais l’identité.',
    review: 'Vérifier l’effacement',
    idRequired: 'Indiquez l’identifiant du répondant ou du client à effacer.',
    confirmQuestion: (kind, id) => `Effacer toute trace ${kind === 'respondent' ? 'du répondant' : 'du client'} «\u202f${id}\u202f»\u00a0? Cette action est définitive.`,
    logHeading: 'Journal des effacements',
    logEmpty: 'Aucun effacement pour l’instant.',
    logCaption: 'Effacements réalisés dans cet espace de travail, du plus récent au plus ancien',
    logDate: 'Date',
    logKind: 'Données de qui',
    logChanges: 'Modifications',
    logKindName: { respondent: 'Collaborateur', customer: 'Client' },
  },
  exportBundle: 'Exporter l’espace de travail (JSON)',
  restoreBundle: 'Restaurer un espace de travail',
  confirmRestore: 'La restauration remplace tout le contenu de cet espace de travail par celui du fichier. Continuer\u00a0?',
  restored: 'L’espace de travail a été restauré.',
  exportCsv: 'Exporter en CSV',
  csvTables: { employees: 'Réponses à l’enquête', customers: 'Avis clients', units: 'Unités', stories: 'Récits' },
};
