/** Strings of the importer area. A key missing from the French catalog fails to compile. */

/** Roles a column can have in the mapping form (the ingest's `ColumnRole`). */
type Role =
  | 'unit' | 'period' | 'date' | 'respondent' | 'customer' | 'nps' | 'csat' | 'ces' | 'fcr' | 'comment' | 'channel'
  | 'segment' | 'enps' | 'item' | 'item-name' | 'value' | 'ignore';

type FileKind = 'employees' | 'customers';

/** Facts of one imported file, formatted. */
export interface ImportedFileFacts {
  file: string;
  rows: string;
  skipped: string;
  encoding: string;
  delimiter: string;
  decimal: string;
}

export interface ImporterStrings {
  title: string;
  intro: string;
  fileHeading: Record<FileKind, string>;
  fileHint: Record<FileKind, string>;
  chooseFile: (kind: string) => string;
  dropHint: string;
  itemScaleLabel: string;
  itemScaleOption: (min: number, max: number) => string;
  dropActive: string;
  removeFile: (file: string) => string;
  reading: string;
  fileFacts: (facts: { size: string; encoding: string; delimiter: string; decimal: string; source: string }) => string;
  encodingName: Record<'utf-8' | 'utf-8-bom' | 'windows-1252' | 'unknown', string>;
  delimiterName: Record<',' | ';' | '\t', string>;
  decimalName: Record<'.' | ',', string>;
  sourceName: Record<'qualtrics' | 'surveymonkey' | 'google-forms' | 'microsoft-forms' | 'generic', string>;
  previewCaption: (file: string, shown: number) => string;
  previewRegion: (file: string) => string;
  lineHeading: string;
  mappingLegend: (file: string) => string;
  mappingHint: string;
  role: Record<Role, string>;
  recognised: string;
  fromAnswers: string;
  notRecognised: string;
  roleFor: (column: string) => string;
  modeLegend: string;
  modeStrict: string;
  modeSkip: string;
  importButton: string;
  cancelButton: string;
  progressLabel: string;
  progressText: (percent: string, stage: string) => string;
  stage: Record<'employees' | 'customers' | 'storing' | 'starting', string>;
  problemsHeading: string;
  problemsCount: (shown: number, total: number) => string;
  fileProblemsHeading: (file: string) => string;
  nothingImported: string;
  cancelled: string;
  needBoth: string;
  noClient: string;
  failed: (message: string) => string;
  summaryHeading: string;
  summaryIntro: (responses: string, answers: string) => string;
  summaryFile: (facts: ImportedFileFacts) => string;
  rowsImported: string;
  rowsSkipped: string;
  encodingUsed: string;
  delimiterUsed: string;
  decimalUsed: string;
  skippedHeading: string;
  importAnother: string;
}

export const importerEn: ImporterStrings = {
  title: 'Import data',
  intro: 'Bring an employee survey export and a customer feedback export (CSV, as survey tools, CX platforms and Excel write them). Everything stays in this browser.',
  fileHeading: { employees: 'Employee survey export', customers: 'Customer feedback export' },
  fileHint: {
    employees: 'Qualtrics, Google Forms, SurveyMonkey, Microsoft Forms or a spreadsheet: one row per respondent, or unit, period, item, value.',
    customers: 'NPS, CSAT, CES, first-contact resolution per answer, with a unit and a date.',
  },
  chooseFile: (kind) => `Choose the ${kind.toLowerCase()}`,
  dropHint: 'or drop a CSV file here',
  itemScaleLabel: 'Answers to the survey items range',
  itemScaleOption: (min, max) => `from ${min} to ${max}${max === 5 || max === 7 ? ` (${max}-point agreement)` : ''}`,
  dropActive: 'Drop the file to read it',
  removeFile: (file) => `Remove ${file}`,
  reading: 'Reading the beginning of the file…',
  fileFacts: ({ size, encoding, delimiter, decimal, source }) => `${size} · ${encoding} · ${delimiter} · ${decimal} · ${source}`,
  encodingName: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'windows-1252': 'Windows-1252', unknown: 'unreadable encoding' },
  delimiterName: { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' },
  decimalName: { '.': 'decimal point', ',': 'decimal comma' },
  sourceName: {
    qualtrics: 'Qualtrics export', surveymonkey: 'SurveyMonkey export', 'google-forms': 'Google Forms export',
    'microsoft-forms': 'Microsoft Forms export', generic: 'generic CSV',
  },
  previewCaption: (file, shown) => `First ${shown} rows of ${file}`,
  previewRegion: (file) => `Preview of ${file}`,
  lineHeading: 'Line',
  mappingLegend: (file) => `What each column of ${file} holds`,
  mappingHint: 'Recognised columns are filled in; check them, and say what the others hold.',
  role: {
    unit: 'Unit (team, site, store)', period: 'Period', date: 'Date', respondent: 'Respondent id', customer: 'Customer id',
    nps: 'NPS (0–10)', csat: 'CSAT (1–5)', ces: 'CES (1–7)', fcr: 'Resolved at first contact', comment: 'Comment',
    channel: 'Channel', segment: 'Segment', enps: 'eNPS (0–10)', item: 'Survey item', 'item-name': 'Item name (long file)',
    value: 'Answer (long file)', ignore: 'Ignore this column',
  },
  recognised: 'recognised from its name',
  fromAnswers: 'judged from its answers',
  notRecognised: 'not recognised: ignored unless you choose a role',
  roleFor: (column) => `Role of column “${column}”`,
  modeLegend: 'When some rows are invalid',
  modeStrict: 'Import nothing and list the problems',
  modeSkip: 'Import the valid rows and list the skipped ones',
  importButton: 'Import',
  cancelButton: 'Cancel import',
  progressLabel: 'Import progress',
  progressText: (percent, stage) => `${percent}, ${stage}`,
  stage: { starting: 'starting', employees: 'reading the employee survey', customers: 'reading the customer feedback', storing: 'saving' },
  problemsHeading: 'Problems found',
  problemsCount: (shown, total) => (shown < total ? `The first ${shown} of ${total} problems:` : total === 1 ? 'One problem:' : `${total} problems:`),
  fileProblemsHeading: (file) => `${file} cannot be imported as mapped`,
  nothingImported: 'Nothing was imported: the workspace is unchanged.',
  cancelled: 'Import cancelled: the workspace is unchanged.',
  needBoth: 'This workspace is empty: choose both files.',
  noClient: 'No workspace to import into: place the importer inside <sym-workspace> or give it a client.',
  failed: (message) => `The import failed: ${message}`,
  summaryHeading: 'Import complete',
  summaryIntro: (responses, answers) => `The workspace now holds ${responses} employee responses and ${answers} customer answers.`,
  summaryFile: ({ file, rows, skipped }) => `${file}: ${rows} rows imported, ${skipped} skipped.`,
  rowsImported: 'Rows imported',
  rowsSkipped: 'Rows skipped',
  encodingUsed: 'Encoding',
  delimiterUsed: 'Delimiter',
  decimalUsed: 'Decimal separator',
  skippedHeading: 'Skipped rows',
  importAnother: 'Import other files',
};

export const importerFr: ImporterStrings = {
  title: 'Importer des données',
  intro: 'Apportez un export d’enquête collaborateurs et un export d’avis clients (CSV, tels que les écrivent les outils d’enquête, les plateformes CX et Excel). Tout reste dans ce navigateur.',
  fileHeading: { employees: 'Export de l’enquête collaborateurs', customers: 'Export des avis clients' },
  fileHint: {
    employees: 'Qualtrics, Google Forms, SurveyMonkey, Microsoft Forms ou un tableur\u00a0: une ligne par répondant, ou unité, période, item, valeur.',
    customers: 'NPS, CSAT, CES, résolution au premier contact par réponse, avec une unité et une date.',
  },
  chooseFile: (kind) => `Choisir l’${kind.charAt(0).toLowerCase()}${kind.slice(1)}`,
  dropHint: 'ou déposez un fichier CSV ici',
  itemScaleLabel: 'Les réponses aux items de l’enquête vont',
  itemScaleOption: (min, max) => `de ${min} à ${max}${max === 5 || max === 7 ? ` (accord en ${max} points)` : ''}`,
  dropActive: 'Déposez le fichier pour le lire',
  removeFile: (file) => `Retirer ${file}`,
  reading: 'Lecture du début du fichier…',
  fileFacts: ({ size, encoding, delimiter, decimal, source }) => `${size} · ${encoding} · ${delimiter} · ${decimal} · ${source}`,
  encodingName: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 avec BOM', 'windows-1252': 'Windows-1252', unknown: 'encodage illisible' },
  delimiterName: { ',': 'séparé par des virgules', ';': 'séparé par des points-virgules', '\t': 'séparé par des tabulations' },
  decimalName: { '.': 'point décimal', ',': 'virgule décimale' },
  sourceName: {
    qualtrics: 'export Qualtrics', surveymonkey: 'export SurveyMonkey', 'google-forms': 'export Google Forms',
    'microsoft-forms': 'export Microsoft Forms', generic: 'CSV générique',
  },
  previewCaption: (file, shown) => `${shown} premières lignes de ${file}`,
  previewRegion: (file) => `Aperçu de ${file}`,
  lineHeading: 'Ligne',
  mappingLegend: (file) => `Contenu de chaque colonne de ${file}`,
  mappingHint: 'Les colonnes reconnues sont préremplies\u00a0: vérifiez-les et indiquez le contenu des autres.',
  role: {
    unit: 'Unité (équipe, site, magasin)', period: 'Période', date: 'Date', respondent: 'Identifiant du répondant',
    customer: 'Identifiant client', nps: 'NPS (0–10)', csat: 'CSAT (1–5)', ces: 'CES (1–7)', fcr: 'Résolu au premier contact',
    comment: 'Commentaire', channel: 'Canal', segment: 'Segment', enps: 'eNPS (0–10)', item: 'Item d’enquête',
    'item-name': 'Nom de l’item (fichier long)', value: 'Réponse (fichier long)', ignore: 'Ignorer cette colonne',
  },
  recognised: 'reconnue par son nom',
  fromAnswers: 'déduite de ses réponses',
  notRecognised: 'non reconnue\u00a0: ignorée sauf si vous choisissez un rôle',
  roleFor: (column) => `Rôle de la colonne «\u202f${column}\u202f»`,
  modeLegend: 'Si certaines lignes sont invalides',
  modeStrict: 'Ne rien importer et lister les problèmes',
  modeSkip: 'Importer les lignes valides et lister les lignes écartées',
  importButton: 'Importer',
  cancelButton: 'Annuler l’import',
  progressLabel: 'Progression de l’import',
  progressText: (percent, stage) => `${percent}, ${stage}`,
  stage: { starting: 'démarrage', employees: 'lecture de l’enquête collaborateurs', customers: 'lecture des avis clients', storing: 'enregistrement' },
  problemsHeading: 'Problèmes trouvés',
  problemsCount: (shown, total) => (shown < total ? `Les ${shown} premiers problèmes sur ${total}\u00a0:` : total === 1 ? 'Un problème\u00a0:' : `${total} problèmes\u00a0:`),
  fileProblemsHeading: (file) => `${file} ne peut pas être importé avec cette correspondance`,
  nothingImported: 'Rien n’a été importé\u00a0: l’espace de travail est inchangé.',
  cancelled: 'Import annulé\u00a0: l’espace de travail est inchangé.',
  needBoth: 'Cet espace de travail est vide\u00a0: choisissez les deux fichiers.',
  noClient: 'Aucun espace de travail où importer\u00a0: placez l’importateur dans <sym-workspace> ou donnez-lui un client.',
  failed: (message) => `L’import a échoué\u00a0: ${message}`,
  summaryHeading: 'Import terminé',
  summaryIntro: (responses, answers) => `L’espace de travail contient maintenant ${responses} réponses collaborateurs et ${answers} réponses clients.`,
  summaryFile: ({ file, rows, skipped }) => `${file}\u00a0: ${rows} lignes importées, ${skipped} écartées.`,
  rowsImported: 'Lignes importées',
  rowsSkipped: 'Lignes écartées',
  encodingUsed: 'Encodage',
  delimiterUsed: 'Séparateur',
  decimalUsed: 'Séparateur décimal',
  skippedHeading: 'Lignes écartées',
  importAnother: 'Importer d’autres fichiers',
};
