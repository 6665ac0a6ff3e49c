/**
 * Shapes of the recognition records kept in IndexedDB beside the stories (DESIGN §3 defines the
 * Story itself). Every record is plain data so it crosses the worker boundary by structured clone.
 *
 * @module
 */

import type { Story } from '../model/types.ts';

/** A consent as it is recorded: given or not, when (ISO date) and how (email, form, phone call…). */
export interface ConsentRecord {
  given: boolean;
  at?: string;
  how?: string;
}

/** A story being written: autosaved while the author types, then submitted. */
export interface StoryDraft {
  id: string;
  title: string;
  body: string;
  unit: string;
  people: string[];
  peopleConsent: Record<string, ConsentRecord>;
  values: string[];
  customerQuote?: string;
  consent: ConsentRecord;
  metricLink?: Story['metricLink'];
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** Where a nomination came from: a customer's feedback comment, or the nomination form. */
export type NominationSource = 'comment' | 'form';

/** Comment-extracted nominations wait for a moderator; dismissed ones are kept for the audit trail. */
export type NominationStatus = 'pending-review' | 'confirmed' | 'dismissed';

/** A customer's nomination of a person (by the unit's people list) or of a whole team. */
export interface Nomination {
  id: string;
  period: string;
  unit: string;
  nominee: string;
  nomineeKind: 'person' | 'team';
  /** Customer id; one nomination per customer, period and nominee counts. */
  customer?: string;
  source: NominationSource;
  /** The customer's words. */
  comment?: string;
  /** Row of the customer table the comment came from. */
  row?: number;
  /** The score the customer gave with the comment (NPS 0–10), NaN-free or absent. */
  score?: number;
  /** The words of the comment that matched the nominee. */
  matched?: string;
  /** Form only: how the customer asked to be reached about it; never shown on a board. */
  contact?: string;
  /** Form only: the customer's consent to store their identifier (and contact) with it. */
  consent?: ConsentRecord;
  /** Another person of the unit has the same first name: the reviewer picks. */
  ambiguous?: boolean;
  status: NominationStatus;
  createdAt: string;
  reviewedAt?: string;
  reviewedBy?: string;
}

/** A winner chosen by a moderator for a period. */
export interface Award {
  id: string;
  period: string;
  unit: string;
  nominee: string;
  nomineeKind: 'person' | 'team';
  /** Distinct customers who nominated the winner in that period, when chosen. */
  nominations: number;
  reason: string;
  chosenBy: string;
  chosenAt: string;
}

/** Peer recognition tied to a company value and, optionally, to a customer's feedback. */
export interface Kudos {
  id: string;
  from: string;
  to: string;
  unit: string;
  value: string;
  message: string;
  /** The customer feedback that prompted it. */
  feedback?: { quote: string; customer?: string; period?: string };
  period: string;
  createdAt: string;
}
