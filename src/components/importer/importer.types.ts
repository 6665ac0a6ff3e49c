import type { ImportOutcome, ImportReports } from '../../worker/import-methods.ts';

/** Which file a slot of the importer holds. */
export type ImportKind = 'employees' | 'customers';

/** Where the importer is: choosing files, importing, or showing the outcome. */
export type ImporterPhase = 'idle' | 'importing' | 'done' | 'failed' | 'cancelled';

/** Detail of `sym-import-complete`. */
export interface ImportCompleteDetail {
  /** What the workspace now holds. */
  summary: ImportOutcome['summary'];
  /** How each imported file was read (encoding, delimiter, rows, skipped rows, column roles). */
  reports: ImportReports;
  /** Rows left out in skip-invalid mode, over both files. */
  skippedRows: number;
}

/** Fired by `<sym-importer>` once files are imported and stored. Bubbles and crosses shadow roots. */
export class SymImportCompleteEvent extends CustomEvent<ImportCompleteDetail> {
  constructor(detail: ImportCompleteDetail) {
    super('sym-import-complete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-import-complete': SymImportCompleteEvent;
  }
}
