import { analyze, type AnalysisResult } from '../analytics/analyze.ts';
import { packPeriods } from '../analytics/packed-result.ts';
import type { PackedAnalysisResult } from '../analytics/packed-result.ts';
import { generateSampleDataset } from '../model/sample-dataset.ts';
import { SAMPLE_DATASET_NAME } from '../model/sample-dataset-name.ts';
import type { Story, Unit } from '../model/types.ts';
import { importCustomers, importEmployees } from '../ingest/index.ts';
import { DEFAULT_DB_NAME, listDatasets, loadWorkspace, openWorkspaceDb, replaceWorkspace, StoreWriteError } from '../store/workspace-store.ts';
import type { SymmetryDatabase, WorkspaceContent } from '../store/workspace-store.ts';
import type { DatasetRecord } from '../store/schema.ts';
import { changeChannelName } from './change-channel.ts';
import { publicDatasetRecord } from './dataset-summary.ts';
import type { ErrorData, LoadedWorkspace, Result, WorkspaceAccess, WorkspaceSummary, ImportFile, AnalysisRequest, ProgressCallback } from './api-types.ts';
import { datasetMethods } from './dataset-methods.ts';
import { recognitionMethods } from './recognition-methods.ts';
import { importMethods } from './import-methods.ts';

export type { ErrorData, Result, WorkspaceSummary, ImportFile, AnalysisRequest, ProgressCallback, WorkspaceAccess } from './api-types.ts';

function failure(error: unknown): { ok: false; error: ErrorData } {
  if (error instanceof StoreWriteError) return { ok: false, error: { message: error.message, code: error.code, bytes: error.bytes } };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { message, code: 'internal' } };
}

/**
 * The analytics API: one object of plain-data methods. The worker exposes it with comlink; where
 * Workers are missing the client calls it in-thread. Raw rows stay inside: only aggregates that
 * passed the anonymity thresholds, stories and dataset descriptions come out.
 */
export function createAnalyticsApi(dbName = DEFAULT_DB_NAME) {
  let db: Promise<SymmetryDatabase> | undefined;
  let cache: Promise<LoadedWorkspace | undefined> | undefined;
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(changeChannelName(dbName));
  // Another tab or view wrote: drop what this context cached.
  channel?.addEventListener('message', () => {
    cache = undefined;
  });

  const database = () => (db ??= openWorkspaceDb(dbName, () => {
    db = undefined;
    cache = undefined;
  }));
  const workspace = () => (cache ??= database().then((d) => loadWorkspace(d)));

  const summarize = (w: LoadedWorkspace): WorkspaceSummary => ({
    datasets: w.datasets.map(publicDatasetRecord),
    units: w.units.length,
    employeeResponses: w.employees.length,
    customerAnswers: w.customers.length,
    stories: w.stories.length,
  });

  async function store(content: WorkspaceContent): Promise<Result<WorkspaceSummary>> {
    try {
      const datasets = await replaceWorkspace(await database(), content);
      const loaded: LoadedWorkspace = { units: content.units, employees: content.employees, customers: content.customers, stories: content.stories, datasets };
      cache = Promise.resolve(loaded);
      channel?.postMessage({ type: 'data-changed' });
      if (typeof navigator !== 'undefined' && navigator.storage?.persist) void navigator.storage.persist().catch(() => false);
      return { ok: true, value: summarize(loaded) };
    } catch (error) {
      return failure(error);
    }
  }

  // The dashboard and the density view ask for the same analysis right after each other: the last
  // one is kept for the workspace it was computed on.
  let lastAnalysis: { workspace: LoadedWorkspace; key: string; result: AnalysisResult } | undefined;
  function analysisOf(w: LoadedWorkspace, request: AnalysisRequest): AnalysisResult {
    const key = JSON.stringify(request);
    if (lastAnalysis?.workspace === w && lastAnalysis.key === key) return lastAnalysis.result;
    const result = analyze(w.employees, w.customers, w.units.length > 0 ? w.units : undefined, request);
    lastAnalysis = { workspace: w, key, result };
    return result;
  }

  const access: WorkspaceAccess = {
    dbName,
    database,
    workspace,
    analysis: analysisOf,
    store,
    changed() {
      cache = undefined;
      channel?.postMessage({ type: 'data-changed' });
    },
    failure,
  };

  return {
    ...datasetMethods(access),
    ...recognitionMethods(access),
    ...importMethods(access),

    /** 'worker' inside a WorkerGlobalScope, 'main' in-thread: tests use it to prove where code ran. */
    where(): 'worker' | 'main' {
      return typeof document === 'undefined' && typeof self !== 'undefined' && 'importScripts' in self ? 'worker' : 'main';
    },

    /** What the workspace holds, or `empty`. */
    async summary(): Promise<Result<WorkspaceSummary>> {
      try {
        const w = await workspace();
        return w ? { ok: true, value: summarize(w) } : { ok: false, error: { message: 'The workspace is empty.', code: 'empty' } };
      } catch (error) {
        return failure(error);
      }
    },

    /** Stores the built-in sample dataset, replacing the workspace, unless `onlyIfEmpty` and data exists. */
    async loadSample(options: { onlyIfEmpty?: boolean; seed?: number } = {}): Promise<Result<WorkspaceSummary>> {
      if (options.onlyIfEmpty) {
        const existing = await workspace().catch(() => undefined);
        if (existing) return { ok: true, value: summarize(existing) };
      }
      const sample = generateSampleDataset({ seed: options.seed });
      return store({
        name: SAMPLE_DATASET_NAME,
        sourceFiles: { employees: 'sample:employees', customers: 'sample:customers' },
        units: sample.units, employees: sample.employees, customers: sample.customers, stories: sample.stories,
      });
    },

    /** Imports an employee export and a customer export together: both are valid and stored, or nothing changes. */
    async importFiles(
      files: { employees: ImportFile; customers: ImportFile; mode?: 'strict' | 'skip-invalid' },
      onProgress?: ProgressCallback,
    ): Promise<Result<WorkspaceSummary>> {
      const mode = files.mode ?? 'strict';
      const employees = importEmployees(new Uint8Array(files.employees.bytes), {
        file: files.employees.name, mode, onProgress: (f: number) => onProgress?.(f / 2, 'employees'),
      });
      const customers = importCustomers(new Uint8Array(files.customers.bytes), {
        file: files.customers.name, mode, onProgress: (f: number) => onProgress?.(0.5 + f / 2, 'customers'),
      });
      const problems = [...(employees.ok ? [] : employees.problems), ...(customers.ok ? [] : customers.problems)];
      if (!employees.ok || !customers.ok) {
        return {
          ok: false,
          error: { message: `${problems.length} problem(s) in the files; nothing was imported.`, code: 'invalid-input', problems: problems.slice(0, 100), totalProblems: problems.length },
        };
      }
      const previous = await workspace().catch(() => undefined);
      return store({
        name: `${files.employees.name} + ${files.customers.name}`,
        sourceFiles: { employees: files.employees.name, customers: files.customers.name },
        units: previous?.units ?? [], employees: employees.table, customers: customers.table, stories: previous?.stories ?? [],
        encoding: employees.report.encoding ?? undefined,
      });
    },

    /**
     * Runs the linkage analysis on the stored data; results are aggregates above the thresholds
     * only. With `{ pack: true }` the per-period unit lists travel as strings: pass the value
     * through `unpackPeriods` (`analytics/packed-result.ts`) on the receiving side.
     */
    async analyze(request: AnalysisRequest = {}, transport: { pack?: boolean } = {}): Promise<Result<PackedAnalysisResult>> {
      try {
        const w = await workspace();
        if (!w) return { ok: false, error: { message: 'The workspace is empty.', code: 'empty' } };
        // Structured clone keeps NaN, so undefined statistics cross the boundary as NaN with their reasons.
        const result = analysisOf(w, request);
        return { ok: true, value: transport.pack ? packPeriods(result) : result };
      } catch (error) {
        return failure(error);
      }
    },

    async units(): Promise<Unit[]> {
      return (await workspace())?.units ?? [];
    },

    async stories(): Promise<Story[]> {
      return (await workspace())?.stories ?? [];
    },

    /** The stored datasets without their columns: dictionaries of ids stay in the worker. */
    async datasets(): Promise<DatasetRecord[]> {
      return (await listDatasets(await database())).map(publicDatasetRecord);
    },

    /** Closes the database connection and the change channel. */
    close(): void {
      channel?.close();
      void db?.then((d) => d.close());
      db = undefined;
      cache = undefined;
    },
  };
}

export type AnalyticsApi = ReturnType<typeof createAnalyticsApi>;
