/** Strings of the trend area. A key missing from the French catalog fails to compile. */
export interface TrendStrings {
  title: string;
}

export const trendEn: TrendStrings = {
  title: 'Trend',
};

export const trendFr: TrendStrings = {
  title: 'Trend',
};
