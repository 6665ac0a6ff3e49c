import type { AnalysisResult, AnalyzeOptions } from '../analytics/analyze.ts';
import type { CustomerTable, EmployeeTable, InputProblem, Story, Unit } from '../model/types.ts';
import type { DatasetRecord } from '../store/schema.ts';
import type { SymmetryDatabase, WorkspaceContent } from '../store/workspace-store.ts';

/** Errors cross the worker boundary as data: comlink would keep only a thrown error's message. */
export interface ErrorData {
  message: string;
  code: 'invalid-input' | 'quota' | 'aborted' | 'empty' | 'internal';
  problems?: InputProblem[];
  totalProblems?: number;
  /** Quota errors: the size that could not be stored, so the message can be translated with it. */
  bytes?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

export interface WorkspaceSummary {
  datasets: DatasetRecord[];
  units: number;
  employeeResponses: number;
  customerAnswers: number;
  stories: number;
}

export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

export type AnalysisRequest = Partial<AnalyzeOptions>;

export type ProgressCallback = (fraction: number, stage: string) => void;

export interface LoadedWorkspace {
  units: Unit[];
  employees: EmployeeTable;
  customers: CustomerTable;
  stories: Story[];
  datasets: DatasetRecord[];
}

/**
 * What the API's method groups share: the database connection, the cached workspace and the
 * change notification. Each group (datasets, recognition…) lives in its own module and receives this.
 */
export interface WorkspaceAccess {
  readonly dbName: string;
  database(): Promise<SymmetryDatabase>;
  /** The stored workspace, loaded once and cached until something changes it. */
  workspace(): Promise<LoadedWorkspace | undefined>;
  /** The analysis of `request` on a loaded workspace; the last one is reused while nothing changes. */
  analysis(workspace: LoadedWorkspace, request: AnalysisRequest): AnalysisResult;
  /** Replaces the whole workspace in one transaction, then notifies every view and tab. */
  store(content: WorkspaceContent): Promise<Result<WorkspaceSummary>>;
  /** Drops the cache and tells every view and tab that data changed (after a write done elsewhere). */
  changed(): void;
  /** Turns a thrown error into data that survives the worker boundary. */
  failure(error: unknown): { ok: false; error: ErrorData };
}
