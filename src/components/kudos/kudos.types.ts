import type { Kudos } from '../../recognition/types.ts';

/** Fired when kudos were given. */
export class SymKudosEvent extends CustomEvent<{ kudos: Kudos }> {
  constructor(kudos: Kudos) {
    super('sym-kudos', { detail: { kudos }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-kudos': SymKudosEvent;
  }
}
