/**
 * The recognition audit log: every moderation decision and every consent, in order, with who
 * did it and why. Exportable as CSV (spreadsheet-safe) and JSON.
 *
 * @module
 */

import type { AuditEntry } from '../store/schema.ts';
import type { Story } from '../model/types.ts';
import { csvTextCell } from '../model/csv-export.ts';

export type { AuditEntry };

export function auditEntry(entry: Omit<AuditEntry, 'seq'>): AuditEntry {
  const result: AuditEntry = { at: entry.at, subject: entry.subject, subjectId: entry.subjectId, action: entry.action, actor: entry.actor };
  if (entry.reason !== undefined) result.reason = entry.reason;
  if (entry.detail !== undefined) result.detail = entry.detail;
  return result;
}

/** One entry per consent a story records: the customer's (when it quotes one) and each named person's. */
export function consentAuditEntries(story: Story, at: string, actor: string): AuditEntry[] {
  const entries: AuditEntry[] = [];
  if (story.customerQuote?.trim()) {
    entries.push(auditEntry({ at, subject: 'story', subjectId: story.id, action: 'consent-customer', actor, detail: { given: story.consent.given, consentAt: story.consent.at ?? '', how: story.consent.how ?? '' } }));
  }
  for (const person of story.people) {
    const consent = story.peopleConsent?.[person] ?? { given: false };
    entries.push(auditEntry({ at, subject: 'story', subjectId: story.id, action: 'consent-person', actor, detail: { person, given: consent.given, consentAt: consent.at ?? '', how: consent.how ?? '' } }));
  }
  return entries;
}

const AUDIT_COLUMNS = ['seq', 'at', 'subject', 'subjectId', 'action', 'actor', 'reason', 'detail'] as const;

/** CSV with a header row, RFC 4180 quoting, CRLF line ends and formula-injection guards; `detail` as JSON. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const lines = [AUDIT_COLUMNS.join(',')];
  for (const e of entries) {
    lines.push([
      e.seq === undefined ? '' : String(e.seq),
      csvTextCell(e.at),
      csvTextCell(e.subject),
      csvTextCell(e.subjectId),
      csvTextCell(e.action),
      csvTextCell(e.actor),
      csvTextCell(e.reason ?? ''),
      csvTextCell(e.detail ? JSON.stringify(e.detail) : ''),
    ].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** JSON array of the entries, pretty-printed, keys in a fixed order. */
export function auditToJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(entries.map((e) => Object.fromEntries(AUDIT_COLUMNS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]))), null, 2);
}
