/** Strings of the unit-table area. A key missing from the French catalog fails to compile. */
export interface UnitTableStrings {
  title: string;
}

export const unitTableEn: UnitTableStrings = {
  title: 'UnitTable',
};

export const unitTableFr: UnitTableStrings = {
  title: 'UnitTable',
};
