/** Strings of the importer area. A key missing from the French catalog fails to compile. */
export interface ImporterStrings {
  title: string;
}

export const importerEn: ImporterStrings = {
  title: 'Importer',
};

export const importerFr: ImporterStrings = {
  title: 'Importer',
};
