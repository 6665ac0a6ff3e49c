/** Fired when the author asks to edit a draft: one they were writing, or a rejected story just revised. */
export class SymDraftOpenEvent extends CustomEvent<{ id: string; revised: boolean }> {
  constructor(detail: { id: string; revised: boolean }) {
    super('sym-draft-open', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-draft-open': SymDraftOpenEvent;
  }
}
