import { publicDatasetRecord } from './dataset-summary.ts';
import {
  ImportAbortedError,
  importCustomersStream,
  importEmployeesStream,
  previewFile,
  type ColumnMapping,
  type FilePreview,
  type ImportReport,
  type IngestProblem,
  type TableKind,
} from '../ingest/index.ts';
import type { CustomerTable, EmployeeTable, Scale } from '../model/types.ts';
import type { ErrorData, ProgressCallback, Result, WorkspaceAccess, WorkspaceSummary } from './api-types.ts';

/** One file to import: a `File`/`Blob` (cloned by reference into the worker) or bytes. */
export interface ImportSource {
  name: string;
  data: Blob | ArrayBuffer;
  /** Explicit roles by header text, as the importer's mapping form sends them back. */
  mapping?: ColumnMapping;
}

/** What {@link importMethods}' `importStreamed` takes. */
export interface StreamedImportRequest {
  /** The employee survey export; when absent, the stored employee table is kept. */
  employees?: ImportSource;
  /** The customer feedback export; when absent, the stored customer table is kept. */
  customers?: ImportSource;
  /** `'strict'` (default): any invalid row refuses the import. `'skip-invalid'`: valid rows in, the others listed. */
  mode?: 'strict' | 'skip-invalid';
  /** Range of the employee item answers. Default 1–5. */
  itemScale?: Scale;
  /** Names this import for {@link importMethods}' `cancelImport`. */
  id?: string;
}

/** How each file was read. */
export interface ImportReports {
  employees?: ImportReport;
  customers?: ImportReport;
}

/** A successful import: what the workspace now holds, how the files were read, the rows left out. */
export interface ImportOutcome {
  summary: WorkspaceSummary;
  reports: ImportReports;
  /** Problems of the skipped rows (skip-invalid mode), at most 100 per file. */
  skipped: IngestProblem[];
}

/** Result of `importStreamed`: on failure the reports still say how the files were read. */
export type StreamedImportResult = { ok: true; value: ImportOutcome } | { ok: false; error: ErrorData; reports: ImportReports };

/** Options of `previewFile`. */
export interface PreviewOptions {
  /** File name shown in problems; defaults to the `File`'s name. */
  name?: string;
  mapping?: ColumnMapping;
  itemScale?: Scale;
}

const MAX_LISTED = 100;

/**
 * The summary without the column dictionaries of its dataset records: they stay in the worker
 * (they can hold every respondent id: a long task to clone into the page).
 */
function withoutDictionaries(summary: WorkspaceSummary): WorkspaceSummary {
  return {
    ...summary,
    datasets: summary.datasets.map(publicDatasetRecord),
  };
}

/**
 * Import methods of the analytics API: file previews for the column-mapping form, and streamed,
 * cancellable, all-or-nothing imports of `File`s. Files are read slice by slice inside the worker;
 * the store is written in one transaction only once both files are valid, so a cancelled, failed
 * or interrupted import leaves the workspace exactly as it was.
 */
export function importMethods(access: WorkspaceAccess) {
  /** Cancel flags of the imports running now, by id. */
  const running = new Map<string, { aborted: boolean }>();

  return {
    /**
     * Reads the beginning of a file: encoding, delimiter, decimal separator, header, first 20 rows
     * and the recognised role of each column (or the effect of `options.mapping`).
     */
    async previewFile(file: Blob | ArrayBuffer, kind: TableKind, options: PreviewOptions = {}): Promise<Result<FilePreview>> {
      try {
        const name = options.name ?? (typeof File !== 'undefined' && file instanceof File ? file.name : 'file');
        const preview = await previewFile(file, kind, {
          file: name,
          ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
          ...(options.itemScale === undefined ? {} : { itemScale: options.itemScale }),
        });
        return { ok: true, value: preview };
      } catch (error) {
        return access.failure(error);
      }
    },

    /**
     * Imports an employee and/or a customer export, streamed. Progress goes from 0 to 1 over both
     * files (by size), then `'storing'`. Both files are valid and stored together, or nothing changes.
     */
    async importStreamed(request: StreamedImportRequest, onProgress?: ProgressCallback): Promise<StreamedImportResult> {
      const flag = { aborted: false };
      if (request.id !== undefined) running.set(request.id, flag);
      const reports: ImportReports = {};
      try {
        const previous = await access.workspace().catch(() => undefined);
        if ((request.employees === undefined || request.customers === undefined) && previous === undefined) {
          return {
            ok: false, reports,
            error: { message: 'Both an employee and a customer file are needed for an empty workspace.', code: 'invalid-input' },
          };
        }
        const size = (s: ImportSource | undefined): number => (s === undefined ? 0 : s.data instanceof Blob ? s.data.size : s.data.byteLength);
        const total = Math.max(1, size(request.employees) + size(request.customers));
        const employeeShare = size(request.employees) / total;
        const mode = request.mode ?? 'strict';
        const problems: IngestProblem[] = [];
        let totalProblems = 0;
        const skipped: IngestProblem[] = [];

        let employees: EmployeeTable | undefined = previous?.employees;
        if (request.employees !== undefined) {
          const source = request.employees;
          const result = await importEmployeesStream(source.data, {
            file: source.name, mode, signal: flag,
            onProgress: (f) => onProgress?.(f * employeeShare, 'employees'),
            ...(source.mapping === undefined ? {} : { mapping: source.mapping }),
            ...(request.itemScale === undefined ? {} : { itemScale: request.itemScale }),
          });
          reports.employees = result.report;
          if (result.ok) {
            employees = result.table;
            skipped.push(...result.problems);
          } else {
            problems.push(...result.problems);
            totalProblems += result.report.totalProblems;
          }
        }
        let customers: CustomerTable | undefined = previous?.customers;
        if (request.customers !== undefined) {
          const source = request.customers;
          const result = await importCustomersStream(source.data, {
            file: source.name, mode, signal: flag,
            onProgress: (f) => onProgress?.(employeeShare + f * (1 - employeeShare), 'customers'),
            ...(source.mapping === undefined ? {} : { mapping: source.mapping }),
          });
          reports.customers = result.report;
          if (result.ok) {
            customers = result.table;
            skipped.push(...result.problems);
          } else {
            problems.push(...result.problems);
            totalProblems += result.report.totalProblems;
          }
        }
        if (problems.length > 0 || employees === undefined || customers === undefined) {
          return {
            ok: false, reports,
            error: {
              message: `${totalProblems} problem(s) in the files; nothing was imported.`,
              code: 'invalid-input', problems: problems.slice(0, MAX_LISTED), totalProblems,
            },
          };
        }
        // Last chance to cancel: past this point the single store transaction runs to its end.
        if (flag.aborted) throw new ImportAbortedError(request.employees?.name ?? request.customers?.name ?? '');
        onProgress?.(1, 'storing');
        const sourceFile = (kind: 'employees' | 'customers'): string =>
          request[kind]?.name ?? previous?.datasets.find((d) => d.kind === kind)?.sourceFile ?? '';
        const stored = await access.store({
          name: [request.employees?.name, request.customers?.name].filter((n) => n !== undefined).join(' + '),
          sourceFiles: { employees: sourceFile('employees'), customers: sourceFile('customers') },
          units: previous?.units ?? [],
          employees,
          customers,
          stories: previous?.stories ?? [],
          ...(reports.employees?.encoding ?? reports.customers?.encoding
            ? { encoding: (reports.employees?.encoding ?? reports.customers?.encoding) as string }
            : {}),
        });
        if (!stored.ok) return { ok: false, error: stored.error, reports };
        return { ok: true, value: { summary: withoutDictionaries(stored.value), reports, skipped } };
      } catch (error) {
        if (error instanceof ImportAbortedError) {
          return { ok: false, reports, error: { message: 'The import was cancelled; nothing was changed.', code: 'aborted' } };
        }
        return { ...access.failure(error), reports };
      } finally {
        if (request.id !== undefined) running.delete(request.id);
      }
    },

    /** Cancels the import started with this id; `false` when no such import is running. */
    cancelImport(id: string): boolean {
      const flag = running.get(id);
      if (flag === undefined) return false;
      flag.aborted = true;
      return true;
    },
  };
}
