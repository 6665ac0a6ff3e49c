import type { Award } from '../../recognition/types.ts';

/** Fired when a moderator chose a winner. */
export class SymAwardEvent extends CustomEvent<{ award: Award }> {
  constructor(award: Award) {
    super('sym-award', { detail: { award }, bubbles: true, composed: true });
  }
}

/** Fired when nomination candidates were confirmed or dismissed. */
export class SymNominationReviewEvent extends CustomEvent<{ ids: string[]; decision: 'confirm' | 'dismiss' }> {
  constructor(detail: { ids: string[]; decision: 'confirm' | 'dismiss' }) {
    super('sym-nomination-review', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-award': SymAwardEvent;
    'sym-nomination-review': SymNominationReviewEvent;
  }
}
