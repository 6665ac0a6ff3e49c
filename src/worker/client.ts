import * as Comlink from 'comlink';
import type { AnalyticsApi, ProgressCallback } from './analytics-api.ts';
import { DEFAULT_DB_NAME } from '../store/database-name.ts';

/** A handle on the analytics of one workspace: `api` methods all return promises. */
export interface AnalyticsClient {
  readonly api: Comlink.Remote<AnalyticsApi>;
  /** Wraps a progress callback so it can be called from the worker. */
  progress(callback: ProgressCallback): ProgressCallback;
  dispose(): void;
}

/**
 * Starts the analytics worker for one workspace database. Where `Worker` is missing (old
 * embedded browsers, some test runners) the same API runs in-thread.
 */
export async function createAnalyticsClient(dbName = DEFAULT_DB_NAME, options: { inThread?: boolean } = {}): Promise<AnalyticsClient> {
  if (options.inThread || typeof Worker === 'undefined') {
    const { createAnalyticsApi } = await import('./analytics-api.ts');
    const api = createAnalyticsApi(dbName);
    return { api: api as unknown as Comlink.Remote<AnalyticsApi>, progress: (callback) => callback, dispose: () => api.close() };
  }
  // Keep this literal form: Vite, and consumers' bundlers, detect it and emit the worker file.
  const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module', name: `symmetry-analytics:${dbName}` });
  const api = Comlink.wrap<AnalyticsApi>(worker);
  return {
    api,
    progress: (callback) => Comlink.proxy(callback),
    dispose: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
