import { describe, expect, it } from 'vitest';
import { recogniseHeader, resolveColumns, slugify, type ColumnContext, type ColumnMappingEntry } from '../../src/ingest/columns.ts';

describe('recogniseHeader', () => {
  it.each([
    ['Unit', 'unit'], ['Unité', 'unit'], ['ÉQUIPE', 'unit'], ['team', 'unit'], ['Site', 'unit'], ['Agence', 'unit'],
    ['Store', 'unit'], ['magasin', 'unit'], ['Branch', 'unit'],
    ['Period', 'period'], ['Période', 'period'], ['Quarter', 'period'], ['Trimestre', 'period'], ['Month', 'period'], ['Mois', 'period'],
    ['Date', 'date'], ['Date de réponse', 'date'], ['Submitted at', 'date'], ['submitted_at', 'date'], ['Horodatage', 'date'],
    ['Horodateur', 'date'], ['Timestamp', 'date'], ['RecordedDate', 'date'],
    ['Respondent', 'respondent'], ['Répondant', 'respondent'], ['Respondent ID', 'respondent'], ['id', 'respondent'],
    ['ResponseId', 'respondent'],
    ['Customer', 'customer'], ['Client', 'customer'], ['customer_id', 'customer'],
    ['NPS', 'nps'], ['Likelihood to recommend', 'nps'], ['Recommandation', 'nps'],
    ['CSAT', 'csat'], ['Satisfaction', 'csat'], ['CES', 'ces'], ['Effort', 'ces'], ['Customer effort', 'ces'],
    ['resolved_first_contact', 'fcr'], ['FCR', 'fcr'], ['Résolu au premier contact', 'fcr'], ['First contact resolution', 'fcr'],
    ['Comment', 'comment'], ['Commentaire', 'comment'], ['Verbatim', 'comment'], ['Channel', 'channel'], ['Canal', 'channel'],
    ['Segment', 'segment'], ['eNPS', 'enps'], ['Employee NPS', 'enps'], ['Q1', undefined], ['__proto__', undefined],
  ] as const)('recogniseHeader(%j) is %j', (header, role) => {
    expect(recogniseHeader(header)).toBe(role);
  });
});

describe('slugify', () => {
  it('lowercases, strips accents and turns other characters into _', () => {
    expect(slugify('J’ai les outils nécessaires ?')).toBe('j_ai_les_outils_necessaires');
    expect(slugify('Cœur de métier (2026)')).toBe('coeur_de_metier_2026');
    expect(slugify('Q2_1')).toBe('q2_1');
  });
});

describe('resolveColumns', () => {
  const base: ColumnContext = {
    kind: 'employees', file: 's.csv', headers: [], sample: [], itemScale: { min: 1, max: 5 }, decimal: '.', hasFixedPeriod: false,
  };

  it('takes numeric columns within the scale as items, and leaves text, metadata and other numbers out', () => {
    const resolved = resolveColumns({
      ...base,
      headers: ['Team', 'Quarter', 'Age', 'Progress', 'Comment', 'Workload', 'Recognition'],
      sample: [['A', '2026-Q3', '34', '100', 'ok', '4', 'Agree'], ['B', '2026-Q3', '51', '100', '', '2', '5']],
    });
    expect(resolved.problems).toEqual([]);
    expect(resolved.assignments.map((a) => a.role)).toEqual(['unit', 'period', 'ignore', 'ignore', 'ignore', 'item', 'item']);
  });

  it('picks the better alias when two columns could be the unit', () => {
    const resolved = resolveColumns({ ...base, headers: ['Site', 'Team', 'Period', 'q1'], sample: [['Lyon', 'A', '2026-07', '3']] });
    expect(resolved.assignments.map((a) => a.role)).toEqual(['ignore', 'unit', 'period', 'item']);
  });

  it('lets an explicit mapping override detection, from an object or a Map', () => {
    const headers = ['Site', 'Team', 'Period', 'q1', 'Age'];
    const sample = [['Lyon', 'A', '2026-07', '3', '4']];
    const entries: [string, ColumnMappingEntry][] = [['Site', 'unit'], ['q1', { item: 'tools' }], ['Age', 'ignore']];
    for (const mapping of [Object.fromEntries(entries), new Map(entries)]) {
      const resolved = resolveColumns({ ...base, headers, sample, mapping });
      expect(resolved.assignments.map((a) => [a.role, a.itemId, a.explicit])).toEqual([
        ['unit', undefined, true], ['ignore', undefined, false], ['period', undefined, false], ['item', 'tools', true], ['ignore', undefined, true],
      ]);
    }
  });

  it('keeps item ids unique', () => {
    const resolved = resolveColumns({ ...base, headers: ['team', 'period', 'Q 1', 'q-1'], sample: [['A', '2026-07', '3', '4']] });
    expect(resolved.assignments.map((a) => a.itemId)).toEqual([undefined, undefined, 'q_1', 'q_1_2']);
  });

  it('recognises a long layout only when both the item and the value columns are there', () => {
    expect(resolveColumns({ ...base, headers: ['unit', 'period', 'item', 'value'], sample: [['A', '2026-07', 'x', '3']] }).format).toBe('long');
    const wide = resolveColumns({ ...base, headers: ['unit', 'period', 'value'], sample: [['A', '2026-07', '3']] });
    expect(wide.format).toBe('wide');
    expect(wide.assignments.map((a) => a.role)).toEqual(['unit', 'period', 'item']);
  });
});
