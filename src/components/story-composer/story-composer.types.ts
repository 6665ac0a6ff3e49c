import type { Story } from '../../model/types.ts';

/** Company values offered as tags by default (the sample dataset's). */
export const COMPANY_VALUES = ['care', 'teamwork', 'initiative', 'expertise', 'listening', 'simplicity'] as const;

/** Ways a consent is asked, as recorded. */
export const CONSENT_WAYS = ['email', 'phone', 'survey', 'in-person', 'in-app', 'other'] as const;
export type ConsentWay = (typeof CONSENT_WAYS)[number];

/** Fired when the composer's draft was saved. */
export class SymDraftSaveEvent extends CustomEvent<{ id: string; updatedAt: string }> {
  constructor(detail: { id: string; updatedAt: string }) {
    super('sym-draft-save', { detail, bubbles: true, composed: true });
  }
}

/** Fired when a story was submitted for moderation. */
export class SymStorySubmitEvent extends CustomEvent<{ story: Story }> {
  constructor(story: Story) {
    super('sym-story-submit', { detail: { story }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sym-draft-save': SymDraftSaveEvent;
    'sym-story-submit': SymStorySubmitEvent;
  }
}
