import { createContext } from '@lit/context';
import type { AnalysisRequest, ErrorData, WorkspaceSummary } from '../../worker/analytics-api.ts';
import type { AnalyticsClient } from '../../worker/client.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';

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
  /** Publishes a new selection to every view of this workspace. */
  select(selection: WorkspaceSelection): void;
  /** Re-runs the analysis, e.g. after an import. */
  refresh(): Promise<void>;
}

export const workspaceContext = createContext<WorkspaceState | undefined>(Symbol('sym-workspace'));
