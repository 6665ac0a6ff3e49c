/** What `<sym-dataset-manager>` changed. */
export interface DatasetChangeDetail {
  action: 'rename' | 'delete' | 'erase' | 'restore';
  /** The dataset renamed or deleted. */
  id?: string;
}

/** Fired by `<sym-dataset-manager>` after each successful change. Bubbles and crosses shadow roots. */
export class SymDatasetChangeEvent extends CustomEvent<DatasetChangeDetail> {
  constructor(detail: DatasetChangeDetail) {
    super('sym-dataset-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-dataset-change': SymDatasetChangeEvent;
  }
}
