import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, decodeBundle, encodeBundle, parseBundleText } from '../../src/store/bundle-format.ts';
import type { WorkspaceBundle, WorkspaceSnapshot } from '../../src/store/bundle-format.ts';
import { storageEn, storageFr } from '../../src/i18n/areas/storage.ts';
import type { StorageProblemCode } from '../../src/i18n/areas/storage.ts';
import { MISSING_CODE } from '../../src/model/types.ts';

function snapshot(): WorkspaceSnapshot {
  return {
    datasets: [
      {
        record: {
          id: 'customers-1', name: 'Feedback', kind: 'customers', sourceFile: 'cx.csv', importedAt: '2026-01-01T00:00:00.000Z', rows: 3,
          columns: [
            { name: 'unit', type: 'category', values: ['a', 'b'] },
            { name: 'period', type: 'category', values: ['2026-01-02'] },
            { name: 'nps', type: 'number' },
            { name: 'comment', type: 'text' },
          ],
          encoding: 'utf-8',
        },
        data: [Uint32Array.of(0, 1, MISSING_CODE), Uint32Array.of(0, 0, 0), Float64Array.of(10, NaN, -0), ['Merci', '', '=1+1']],
      },
    ],
    units: [{ id: 'a', name: 'A', people: ['Élodie'] }, { id: 'b', name: 'B', parentId: 'a' }],
    stories: [{ id: 's1', title: 'T', body: 'B', unit: 'a', people: ['Élodie'], values: [], consent: { given: false }, status: 'draft', reactions: 0, createdAt: '2026-01-01' }],
    storyDrafts: [{ id: 'd1', text: 'draft' }],
    audit: [{ seq: 1, at: '2026-01-01', subject: 'story', subjectId: 's1', action: 'submit', actor: 'Tom' }],
    nominations: [{ id: 'n1', nominee: 'Élodie' }],
    kudos: [],
    awards: [{ id: 'w1', period: '2026-Q1' }],
    meta: [{ key: 'updatedAt', value: '2026-01-01' }],
  };
}

/** A valid bundle as JSON would give it back (a deep, plain copy). */
function bundle(): WorkspaceBundle {
  return JSON.parse(JSON.stringify(encodeBundle(snapshot(), '2026-02-01T00:00:00.000Z', 2))) as WorkspaceBundle;
}

function problemsOf(value: unknown): { code: string; column: string; value: string; message: string }[] {
  const result = decodeBundle(value, 'backup.json');
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(({ code, column, value: v, message }) => ({ code, column, value: v, message }));
}

describe('encodeBundle()', () => {
  it('writes the versioned format with compact column data', () => {
    const b = bundle();
    expect(b.format).toBe(BUNDLE_FORMAT);
    expect(b.version).toBe(1);
    expect(b.schemaVersion).toBe(2);
    const columns = b.datasets[0]!.columns;
    expect(columns.map((c) => c.data.encoding)).toEqual(['uint32-le-base64', 'uint32-le-base64', 'float64-le-base64', 'strings']);
    // 3 float64 = 24 bytes = 32 base64 characters.
    expect(columns[2]!.data.data).toHaveLength(32);
    expect(columns[3]!.data.data).toEqual(['Merci', '', '=1+1']);
    expect('chunks' in b.datasets[0]!).toBe(false);
  });
});

describe('decodeBundle()', () => {
  it('gives back the snapshot, NaN and -0 included', () => {
    const result = decodeBundle(bundle());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const original = snapshot();
    expect(result.snapshot).toEqual(original);
    const nps = result.snapshot.datasets[0]!.data[2] as Float64Array;
    expect(nps).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(nps[1])).toBe(true);
    expect(Object.is(nps[2], -0)).toBe(true);
    expect(result.snapshot.datasets[0]!.data[0]).toBeInstanceOf(Uint32Array);
  });

  it('refuses what is not a bundle, or a bundle of another version, saying so', () => {
    expect(problemsOf({ hello: 1 })).toEqual([
      { code: 'bundle-format', column: 'format', value: 'nothing', message: 'backup.json, format: expected "symmetry-insights-bundle", got nothing.' },
    ]);
    expect(problemsOf([1, 2])[0]!.code).toBe('bundle-format');
    expect(problemsOf({ ...bundle(), version: 2 })).toEqual([
      { code: 'bundle-version', column: 'version', value: '2', message: 'backup.json, version: expected version 1 (this release reads no other), got 2.' },
    ]);
    const notJson = parseBundleText('{"format": "symmetry', 'backup.json');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.problems[0]!.code).toBe('bundle-not-json');
  });

  it('names the column whose data is too short', () => {
    const b = bundle();
    b.datasets[0]!.columns[2]!.data = { encoding: 'float64-le-base64', data: 'AAAAAAAA8D8=' };
    expect(problemsOf(b)).toEqual([
      {
        code: 'bundle-column-length', column: 'datasets[0].columns[2].data', value: '1',
        message: 'backup.json, datasets[0].columns[2].data: expected 3 values, one per row, got 1.',
      },
    ]);
  });

  it('names damaged base64, a wrong encoding, codes out of range and a missing unit column', () => {
    const b = bundle();
    const columns = b.datasets[0]!.columns;
    columns[2]!.data = { encoding: 'float64-le-base64', data: 'not base64!' };
    columns[3]!.data = { encoding: 'float64-le-base64', data: '' };
    columns[1]!.data = { encoding: 'uint32-le-base64', data: 'AAAAAAEAAAAAAAAA' };
    columns[0]!.name = 'team';
    expect(problemsOf(b).map((p) => [p.code, p.column])).toEqual([
      ['bundle-code-range', 'datasets[0].columns[1].data[1]'],
      ['bundle-column-data', 'datasets[0].columns[2].data.data'],
      ['bundle-column-data', 'datasets[0].columns[3].data'],
      ['bundle-missing-column', 'datasets[0].columns'],
    ]);
  });

  it('checks records of every store and duplicate ids', () => {
    const b = bundle() as unknown as Record<string, unknown[]>;
    b.units!.push({ id: 'a', name: 'again' });
    (b.stories![0] as Record<string, unknown>).status = 'archived';
    b.nominations!.push({ nominee: 'x' });
    (b.audit![0] as Record<string, unknown>).seq = 0;
    b.meta = 'none' as unknown as unknown[];
    expect(problemsOf(b).map((p) => [p.code, p.column, p.value])).toEqual([
      ['bundle-duplicate-id', 'units[2].id', '"a"'],
      ['bundle-field', 'stories[0].status', '"archived"'],
      ['bundle-field', 'nominations[1].id', 'nothing'],
      ['bundle-field', 'audit[0].seq', '0'],
      ['bundle-field', 'meta', '"none"'],
    ]);
  });

  it('lists at most 100 problems but counts them all', () => {
    const b = bundle();
    b.units = Array.from({ length: 150 }, () => ({ id: '', name: 'x' }));
    const result = decodeBundle(b);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.totalProblems).toBe(150 + 149);
  });
});

describe('storage messages', () => {
  it('phrase every problem code in English and French', () => {
    const codes: StorageProblemCode[] = [
      'bundle-not-json', 'bundle-format', 'bundle-version', 'bundle-field', 'bundle-duplicate-id', 'bundle-column-data',
      'bundle-column-length', 'bundle-code-range', 'bundle-missing-column', 'dataset-not-found', 'dataset-invalid-name', 'erasure-missing-id',
    ];
    for (const code of codes) {
      expect(storageEn.problems[code]('units[2].id', '"a"'), code).toMatch(/\S/);
      expect(storageFr.problems[code]('units[2].id', '"a"'), code).not.toBe(storageEn.problems[code]('units[2].id', '"a"'));
    }
    expect(storageEn.errors.quota('12')).toContain('about 12 MB');
    expect(storageFr.errors.quota('12')).toContain('environ 12\u00a0Mo');
  });
});
