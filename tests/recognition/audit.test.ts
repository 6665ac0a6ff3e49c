import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/types.ts';
import { auditEntry, auditToCsv, auditToJson, consentAuditEntries } from '../../src/recognition/audit.ts';

const story: Story = {
  id: 's1', title: 't', body: 'b', unit: 'u', people: ['Zoë A.', 'Tom B.'], values: ['care'], customerQuote: 'Great!',
  consent: { given: true, at: '2026-01-02', how: 'email' }, peopleConsent: { 'Zoë A.': { given: true, at: '2026-01-03', how: 'in-app' } },
  status: 'submitted', reactions: 0, createdAt: '2026-01-04T00:00:00Z',
};

describe('audit log', () => {
  it('records every consent of a story: the customer’s and each named person’s', () => {
    const entries = consentAuditEntries(story, '2026-01-05T00:00:00Z', 'Ana');
    expect(entries.map((e) => e.action)).toEqual(['consent-customer', 'consent-person', 'consent-person']);
    expect(entries[0]!.detail).toEqual({ given: true, consentAt: '2026-01-02', how: 'email' });
    expect(entries[2]!.detail).toEqual({ person: 'Tom B.', given: false, consentAt: '', how: '' });
    expect(consentAuditEntries({ ...story, customerQuote: undefined, people: [] }, 'x', 'y')).toEqual([]);
  });

  it('exports CSV with quoting and formula guards, and JSON in a fixed key order', () => {
    const entries = [
      { ...auditEntry({ at: '2026-01-05T00:00:00Z', subject: 'story', subjectId: 's1', action: 'rejected', actor: '=HYPERLINK("x")', reason: 'Names, "quoted"', detail: { rule: 'respectful' } }), seq: 1 },
      auditEntry({ at: '2026-01-06T00:00:00Z', subject: 'kudos', subjectId: 'k1', action: 'kudos-given', actor: 'Ana' }),
    ];
    const csv = auditToCsv(entries);
    expect(csv.split('\r\n')).toEqual([
      'seq,at,subject,subjectId,action,actor,reason,detail',
      '1,2026-01-05T00:00:00Z,story,s1,rejected,"\'=HYPERLINK(""x"")","Names, ""quoted""","{""rule"":""respectful""}"',
      ',2026-01-06T00:00:00Z,kudos,k1,kudos-given,Ana,,',
      '',
    ]);
    const json = JSON.parse(auditToJson(entries)) as Record<string, unknown>[];
    expect(Object.keys(json[0]!)).toEqual(['seq', 'at', 'subject', 'subjectId', 'action', 'actor', 'reason', 'detail']);
    expect(json[1]).toEqual({ at: '2026-01-06T00:00:00Z', subject: 'kudos', subjectId: 'k1', action: 'kudos-given', actor: 'Ana' });
  });
});
