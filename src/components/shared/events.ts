import type { WorkspaceSelection } from './workspace-context.ts';

/** Fired when the user selects a unit or period in any view. */
export class SymSelectEvent extends CustomEvent<WorkspaceSelection> {
  constructor(selection: WorkspaceSelection) {
    super('sym-select', { detail: selection, bubbles: true, composed: true });
  }
}

/** Fired by `<sym-workspace>` when fresh analysis results are available. */
export class SymDataChangeEvent extends CustomEvent<{ status: string }> {
  constructor(status: string) {
    super('sym-data-change', { detail: { status }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-select': SymSelectEvent;
    'sym-data-change': SymDataChangeEvent;
  }
}
