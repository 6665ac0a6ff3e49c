/** Strings of the exporting area. A key missing from the French catalog fails to compile. */
export type ExportFormat = 'png' | 'svg' | 'csv' | 'print';

export interface ExportingStrings {
  title: string;
  /** Accessible name of the group of export buttons. */
  menuLabel: string;
  format: Record<ExportFormat, string>;
  formatDescription: Record<ExportFormat, string>;
  done: (format: string, filename: string) => string;
  printing: string;
  failed: (format: string, message: string) => string;
  nothingToExport: string;
  captionUnit: (unit: string) => string;
  captionFilters: (filters: string) => string;
  captionNoFilters: string;
  captionPeriod: (period: string) => string;
  captionPeriodRange: (from: string, to: string) => string;
  filterUnits: (units: string) => string;
  filterSegment: (segments: string) => string;
  filterChannel: (channels: string) => string;
  captionAllPeriods: (granularity: 'month' | 'quarter' | 'year') => string;
  captionN: (n: string, what: string) => string;
  captionThresholds: (minEmployees: number, minCustomers: number) => string;
  captionSignificance: (alpha: string) => string;
  captionLag: (lag: number) => string;
  captionExported: (date: string) => string;
  nUnits: string;
  nRespondents: string;
  nPairs: string;
  organisation: string;
}

export const exportingEn: ExportingStrings = {
  title: 'Export',
  menuLabel: 'Export this view',
  format: { png: 'PNG', svg: 'SVG', csv: 'CSV', print: 'Print' },
  formatDescription: {
    png: 'Download as a PNG image',
    svg: 'Download as an SVG vector image',
    csv: 'Download the data behind this view as CSV',
    print: 'Print, or save as PDF',
  },
  done: (format, filename) => `${format} ready: ${filename}`,
  printing: 'Print dialog opened.',
  failed: (format, message) => `${format} export failed: ${message}`,
  nothingToExport: 'Nothing to export yet.',
  captionUnit: (unit) => `Unit: ${unit}`,
  captionFilters: (filters) => `Filters: ${filters}`,
  captionNoFilters: 'Filters: none',
  captionPeriod: (period) => `Period: ${period}`,
  captionPeriodRange: (from, to) => `Periods: ${from} to ${to}`,
  filterUnits: (units) => `units ${units}`,
  filterSegment: (segments) => `segment ${segments}`,
  filterChannel: (channels) => `channel ${channels}`,
  captionAllPeriods: (granularity) => `Period: all ${granularity === 'month' ? 'months' : granularity === 'quarter' ? 'quarters' : 'years'} pooled`,
  captionN: (n, what) => `n = ${n} ${what}`,
  captionThresholds: (minEmployees, minCustomers) =>
    `Thresholds: employee results need ${minEmployees} or more respondents, customer results ${minCustomers} or more answers`,
  captionSignificance: (alpha) => `Significance: Benjamini–Hochberg adjusted p < ${alpha}`,
  captionLag: (lag) => `Lags: up to ${lag} ${lag === 1 ? 'period' : 'periods'}`,
  captionExported: (date) => `Exported ${date}`,
  nUnits: 'units',
  nRespondents: 'respondents',
  nPairs: 'unit pairs',
  organisation: 'Whole organisation',
};

export const exportingFr: ExportingStrings = {
  title: 'Exporter',
  menuLabel: 'Exporter cette vue',
  format: { png: 'PNG', svg: 'SVG', csv: 'CSV', print: 'Imprimer' },
  formatDescription: {
    png: 'Télécharger en image PNG',
    svg: 'Télécharger en image vectorielle SVG',
    csv: 'Télécharger les données de cette vue en CSV',
    print: 'Imprimer, ou enregistrer en PDF',
  },
  done: (format, filename) => `${format} prêt : ${filename}`,
  printing: 'Fenêtre d’impression ouverte.',
  failed: (format, message) => `L’export ${format} a échoué : ${message}`,
  nothingToExport: 'Rien à exporter pour l’instant.',
  captionUnit: (unit) => `Unité : ${unit}`,
  captionFilters: (filters) => `Filtres : ${filters}`,
  captionNoFilters: 'Filtres : aucun',
  captionPeriod: (period) => `Période : ${period}`,
  captionPeriodRange: (from, to) => `Périodes : de ${from} à ${to}`,
  filterUnits: (units) => `unités ${units}`,
  filterSegment: (segments) => `segment ${segments}`,
  filterChannel: (channels) => `canal ${channels}`,
  captionAllPeriods: (granularity) => `Période : ${granularity === 'month' ? 'tous les mois regroupés' : granularity === 'quarter' ? 'tous les trimestres regroupés' : 'toutes les années regroupées'}`,
  captionN: (n, what) => `n = ${n} ${what}`,
  captionThresholds: (minEmployees, minCustomers) =>
    `Seuils : au moins ${minEmployees} répondants pour les résultats collaborateurs, au moins ${minCustomers} réponses pour les résultats clients`,
  captionSignificance: (alpha) => `Significativité : p ajusté (Benjamini–Hochberg) < ${alpha}`,
  captionLag: (lag) => `Décalages : jusqu’à ${lag} période${lag > 1 ? 's' : ''}`,
  captionExported: (date) => `Exporté le ${date}`,
  nUnits: 'unités',
  nRespondents: 'répondants',
  nPairs: 'paires d’unités',
  organisation: 'Toute l’organisation',
};
