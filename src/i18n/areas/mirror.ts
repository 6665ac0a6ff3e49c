/** Strings of the mirror area. A key missing from the French catalog fails to compile. */
export interface MirrorStrings {
  title: string;
}

export const mirrorEn: MirrorStrings = {
  title: 'Mirror',
};

export const mirrorFr: MirrorStrings = {
  title: 'Mirror',
};
