/** Strings of the recognition area. A key missing from the French catalog fails to compile. */
export interface RecognitionStrings {
  title: string;
}

export const recognitionEn: RecognitionStrings = {
  title: 'Recognition',
};

export const recognitionFr: RecognitionStrings = {
  title: 'Recognition',
};
