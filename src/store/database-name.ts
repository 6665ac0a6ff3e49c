/** IndexedDB database of a workspace unless its `database` attribute names another. */
export const DEFAULT_DB_NAME = 'symmetry-insights';
