import type { StoryFeed } from '../../recognition/story-feed.ts';

/** Fired when stories were approved or rejected. */
export class SymModerateEvent extends CustomEvent<{ decision: 'approve' | 'reject'; ids: string[]; refused: string[] }> {
  constructor(detail: { decision: 'approve' | 'reject'; ids: string[]; refused: string[] }) {
    super('sym-moderate', { detail, bubbles: true, composed: true });
  }
}

/** Fired with the exported audit log; cancelable: `preventDefault()` skips the file download. */
export class SymAuditExportEvent extends CustomEvent<{ format: 'csv' | 'json'; text: string }> {
  constructor(detail: { format: 'csv' | 'json'; text: string }) {
    super('sym-audit-export', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-moderate': SymModerateEvent;
    'sym-audit-export': SymAuditExportEvent;
  }
}

/** Fired with the exported feed of published stories; cancelable: `preventDefault()` skips the file download. */
export class SymFeedExportEvent extends CustomEvent<{ feed: StoryFeed; text: string }> {
  constructor(detail: { feed: StoryFeed; text: string }) {
    super('sym-feed-export', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after an erasure on request, with how many records of each kind changed. */
export class SymEraseEvent extends CustomEvent<{ kind: 'person' | 'quote'; counts: Record<string, number> }> {
  constructor(detail: { kind: 'person' | 'quote'; counts: Record<string, number> }) {
    super('sym-erase', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-feed-export': SymFeedExportEvent;
    'sym-erase': SymEraseEvent;
  }
}
