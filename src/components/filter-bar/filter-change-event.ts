import type { AnalysisFilter } from '../../analytics/filters.ts';

/** Fired by `<sym-filter-bar>` when the user changes a filter: `detail.filter` is the whole new filter. */
export class SymFilterChangeEvent extends CustomEvent<{ filter: AnalysisFilter }> {
  constructor(filter: AnalysisFilter) {
    super('sym-filter-change', { detail: { filter }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-filter-change': SymFilterChangeEvent;
  }
}
