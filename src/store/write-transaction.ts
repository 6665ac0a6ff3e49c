import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SymmetryDB } from './schema.ts';

/** Raised when a write is refused or aborted; the stored data is unchanged. */
export class StoreWriteError extends Error {
  /** @param bytes About how many bytes the write needed: the quota message states it in MB. */
  constructor(message: string, readonly code: 'quota' | 'aborted', readonly bytes = 0) {
    super(message);
    this.name = 'StoreWriteError';
  }
}

/** Size of a write in whole megabytes, as messages state it (at least 1). */
export function megabytes(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / 1e6));
}

/** Turns the error of a failed write into a StoreWriteError that says what happened and that nothing changed. */
export function describeWriteFailure(error: unknown, bytes: number): StoreWriteError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StoreWriteError(
      `The browser refused to store about ${megabytes(bytes)} MB: its storage quota for this site is full. Free space or allow persistent storage; nothing was changed.`,
      'quota',
      bytes,
    );
  }
  return new StoreWriteError(`The write was interrupted (${name || 'aborted'}); the previous data is unchanged.`, 'aborted', bytes);
}

/** Rough byte size of column chunks (text cells counted at 32 bytes), for quota messages. */
export function byteSize(chunks: readonly { data: ArrayLike<unknown> & { byteLength?: number } }[]): number {
  return chunks.reduce((sum, c) => sum + (c.data.byteLength ?? c.data.length * 32), 0);
}

/**
 * Runs `body` in one readwrite transaction: everything it queued is stored, or nothing is.
 * `body` must await nothing but requests of `tx` (a foreign await lets the transaction commit
 * half-way). A domain error thrown by `body` aborts the transaction and is rethrown as it is;
 * IndexedDB failures (quota, abort, a value it cannot clone) become a StoreWriteError.
 */
export async function writeInOneTransaction<Names extends ArrayLike<StoreNames<SymmetryDB>>, T>(
  db: IDBPDatabase<SymmetryDB>,
  stores: Names,
  bytes: () => number,
  body: (tx: IDBPTransaction<SymmetryDB, Names, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  // A full disk aborts the transaction without a request error: listen for abort too.
  const done = tx.done.then(
    () => undefined,
    (error: unknown) => {
      throw describeWriteFailure(tx.error ?? error, bytes());
    },
  );
  let value: T;
  try {
    value = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted (quota, closed connection) or finished: nothing is left to undo.
    }
    await done.catch(() => undefined);
    if (error instanceof StoreWriteError) throw error;
    if (tx.error || error instanceof DOMException) throw describeWriteFailure(tx.error ?? error, bytes());
    throw error;
  }
  await done;
  return value;
}
