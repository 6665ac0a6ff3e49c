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
