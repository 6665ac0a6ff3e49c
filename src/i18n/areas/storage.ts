/** Strings of the storage area. A key missing from the French catalog fails to compile. */
export interface StorageStrings {
  title: string;
}

export const storageEn: StorageStrings = {
  title: 'Storage',
};

export const storageFr: StorageStrings = {
  title: 'Storage',
};
