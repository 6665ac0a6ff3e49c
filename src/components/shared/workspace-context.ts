import { createContext } from '@lit/context';
import type { AnalysisRequest, ErrorData, WorkspaceSummary } from '../../worker/analytics-api.ts';
import type { AnalyticsClient } from '../../worker/client.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { AnalysisFilter } from '../../analytics/filters.ts';

/** The selection every view follows (cross-filtering). */
export interface WorkspaceSelection {
  /** Highlighted unit id, if any. */
  unit?: string;
  /** Period shown by single-period views; the latest when absent. */
  period?: string;
}

/** What `<sym-workspace>` provides to its descendants. A new object on every change. */
export interface WorkspaceState {
  status: 'loading' | 'ready' | 'empty' | 'error';
  client?: AnalyticsClient;
  summary?: WorkspaceSummary;
  analysis?: AnalysisResult;
  error?: ErrorData;
  request: AnalysisRequest;
  selection: WorkspaceSelection;
  /** The filter asked for last; `analysis.filter` is the one the shown analysis used. */
  filter: AnalysisFilter;
  /**
   * Counts the changes of the stored data this workspace has seen (its own sample load, imports,
   * edits by any view or tab). Views that read stored records reload when it changes; a new state
   * object alone may only mean a new selection or filter.
   */
  revision: number;
  /** True while an analysis for a newer request is running (the previous one stays shown). */
  pending: boolean;
  /** Publishes a new selection to every view of this workspace. */
  select(selection: WorkspaceSelection): void;
  /**
   * Replaces the filter and re-runs the analysis in the worker (debounced; a result that a newer
   * request overtook is dropped). See `AnalyzeOptions.filter` for why filters are privacy-safe.
   */
  setFilter(filter: AnalysisFilter): void;
  /** Re-runs the analysis, e.g. after an import. */
  refresh(): Promise<void>;
}

export const workspaceContext = createContext<WorkspaceState | undefined>(Symbol('sym-workspace'));
