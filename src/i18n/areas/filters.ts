/** Strings of the filters area. A key missing from the French catalog fails to compile. */
export interface FiltersStrings {
  title: string;
}

export const filtersEn: FiltersStrings = {
  title: 'Filters',
};

export const filtersFr: FiltersStrings = {
  title: 'Filters',
};
