import * as Comlink from 'comlink';
import type { AnalyticsApi, ProgressCallback } from './analytics-api.ts';
import { DEFAULT_DB_NAME } from '../store/database-name.ts';
import { ClientClosedError } from './client-closed-error.ts';

export { ClientClosedError };

/** A handle on the analytics of one workspace: `api` methods all return promises. */
export interface AnalyticsClient {
  readonly api: Comlink.Remote<AnalyticsApi>;
  /** Wraps a progress callback so it can be called from the worker. */
  progress(callback: ProgressCallback): ProgressCallback;
  /** Stops the worker; later calls reject with ClientClosedError. Calling it again does nothing. */
  dispose(): void;
}

/**
 * `api` until `close()`, then an API whose every method rejects with ClientClosedError. A view
 * still updating while its workspace is torn down then gets a rejected promise, which its
 * error handling settles, instead of the synchronous throw of a released comlink proxy.
 */
function closable<T extends object>(api: T): { api: T; readonly closed: boolean; close(): void } {
  let closed = false;
  const rejectClosed = (): Promise<never> => Promise.reject(new ClientClosedError());
  const guarded = new Proxy(api, {
    get(target, key, receiver) {
      if (!closed) return Reflect.get(target, key, receiver) as unknown;
      // Not a thenable: awaiting the API object itself must not call it.
      return key === 'then' ? undefined : rejectClosed;
    },
  });
  return {
    api: guarded,
    get closed() {
      return closed;
    },
    close: () => (closed = true),
  };
}

/**
 * Starts the analytics worker for one workspace database. Where `Worker` is missing (old
 * embedded browsers, some test runners) the same API runs in-thread.
 */
export async function createAnalyticsClient(dbName = DEFAULT_DB_NAME, options: { inThread?: boolean } = {}): Promise<AnalyticsClient> {
  if (options.inThread || typeof Worker === 'undefined') {
    const { createAnalyticsApi } = await import('./analytics-api.ts');
    const api = createAnalyticsApi(dbName);
    const guarded = closable(api as unknown as Comlink.Remote<AnalyticsApi>);
    return {
      api: guarded.api,
      progress: (callback) => callback,
      dispose: () => {
        if (guarded.closed) return;
        guarded.close();
        api.close();
      },
    };
  }
  // Keep this literal form: Vite, and consumers' bundlers, detect it and emit the worker file.
  const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module', name: `symmetry-analytics:${dbName}` });
  const api = Comlink.wrap<AnalyticsApi>(worker);
  const guarded = closable(api);
  return {
    api: guarded.api,
    progress: (callback) => Comlink.proxy(callback),
    dispose: () => {
      if (guarded.closed) return;
      guarded.close();
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
