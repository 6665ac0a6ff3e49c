import type { Nomination } from '../../recognition/types.ts';

/** Fired when a customer's nomination was recorded. */
export class SymNominationEvent extends CustomEvent<{ nomination: Nomination }> {
  constructor(nomination: Nomination) {
    super('sym-nomination', { detail: { nomination }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-nomination': SymNominationEvent;
  }
}
