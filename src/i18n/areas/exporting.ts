/** Strings of the exporting area. A key missing from the French catalog fails to compile. */
export interface ExportingStrings {
  title: string;
}

export const exportingEn: ExportingStrings = {
  title: 'Exporting',
};

export const exportingFr: ExportingStrings = {
  title: 'Exporting',
};
