import { describe, expect, it } from 'vitest';
import {
  ImportAbortedError,
  importCustomers,
  importCustomersStream,
  importEmployees,
  importEmployeesStream,
  previewFile,
} from '../../src/ingest/index.ts';
import { encodeWindows1252, fixture, numbers, strings } from './helpers.ts';

/** A Blob that records the byte ranges read from it. */
class RecordingBlob extends Blob {
  readonly reads: [number, number][] = [];
  override slice(start = 0, end = this.size, contentType?: string): Blob {
    this.reads.push([start, end]);
    return super.slice(start, end, contentType);
  }
}

function customerRows(n: number): string {
  const rows = ['unit,date,customer,nps,csat,comment'];
  for (let i = 0; i < n; i++) rows.push(`Unit ${i % 37},2026-0${1 + (i % 9)}-1${i % 10},C-${i},${i % 11},${1 + (i % 5)},"merci, ${i}"`);
  return `${rows.join('\r\n')}\r\n`;
}

describe('importEmployeesStream / importCustomersStream', () => {
  const employees = ['google-forms-en.csv', 'google-forms-fr.csv', 'qualtrics.csv', 'surveymonkey.csv', 'microsoft-forms.csv', 'long-tidy.csv'];
  it.each(employees)('imports %s from a Blob exactly as the whole-bytes import does, in 5-byte slices', async (name) => {
    const whole = importEmployees(fixture(name), { file: name });
    expect(await importEmployeesStream(new Blob([fixture(name)]), { file: name, chunkSize: 5 })).toEqual(whole);
    expect(await importEmployeesStream(fixture(name), { file: name })).toEqual(whole);
  });

  it.each(['cx-platform.csv', 'french-excel.csv'])('imports %s from a Blob as the whole-bytes import does', async (name) => {
    const whole = importCustomers(fixture(name), { file: name });
    expect(await importCustomersStream(new Blob([fixture(name)]), { file: name, chunkSize: 3 })).toEqual(whole);
  });

  it('reads the Blob slice by slice, never asking for more than one slice at a time', async () => {
    const text = customerRows(5000);
    const blob = new RecordingBlob([text]);
    const progress: number[] = [];
    const result = await importCustomersStream(blob, { file: 'big.csv', chunkSize: 16 * 1024, onProgress: (f) => progress.push(f) });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.length).toBe(5000);
    expect(result.table.comment?.[4999]).toBe('merci, 4999');
    expect(blob.reads.every(([start, end]) => end - start <= 16 * 1024)).toBe(true);
    // The 3 BOM-sniffing bytes, then consecutive slices covering the file once.
    expect(blob.reads[0]).toEqual([0, 3]);
    const slices = blob.reads.slice(1);
    expect(slices.length).toBe(Math.ceil(blob.size / (16 * 1024)));
    slices.forEach(([start], i) => expect(start).toBe(i * 16 * 1024));
    // One progress report per slice, increasing, ending at 1.
    expect(progress.length).toBe(slices.length);
    expect(progress.every((f, i) => i === 0 || f > (progress[i - 1] as number))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('decodes multi-byte characters split across slices', async () => {
    const text = 'équipe,période,q1\r\nCrèche Pâquerette,2026-Q3,4\r\nŒuvre 🎉,2026-Q3,5\r\n';
    for (const chunkSize of [1, 2, 3, 5]) {
      const result = await importEmployeesStream(new Blob([text]), { file: 's.csv', chunkSize });
      if (!result.ok) throw new Error(result.problems[0]?.message);
      expect(strings(result.table.unit)).toEqual(['Crèche Pâquerette', 'Œuvre 🎉']);
    }
  });

  it('starts again as Windows-1252 when an invalid UTF-8 byte comes late, skipping a BOM', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Lyon;2026-07-01;${i % 11};ok`).join('\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encodeWindows1252(`Agence;Date;NPS;Commentaire\r\n${rows}\r\nÉpinal;2026-07-02;9;reçu 5 €\r\n`)]);
    const progress: number[] = [];
    const result = await importCustomersStream(new Blob([bytes]), { file: 'late.csv', chunkSize: 1024, onProgress: (f) => progress.push(f) });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.report.mapping[0]?.column).toBe('Agence');
    expect(strings(result.table.unit)?.at(-1)).toBe('Épinal');
    expect(result.table.comment?.at(-1)).toBe('reçu 5 €');
    expect(progress.every((f, i) => i === 0 || f > (progress[i - 1] as number))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses UTF-16 files', async () => {
    const result = await importCustomersStream(new Blob([new Uint8Array([0xfe, 0xff, 0, 0x75])]), { file: 'u16.csv' });
    expect(result.problems.map((p) => p.message)).toEqual(['u16.csv: expected UTF-8 or Windows-1252 text, got UTF-16BE; save the file as "CSV UTF-8".']);
  });

  it('stops between slices once the cancel flag is set, with an AbortError', async () => {
    const blob = new RecordingBlob([customerRows(3000)]);
    const flag = { aborted: false };
    const progress: number[] = [];
    const run = importCustomersStream(blob, {
      file: 'big.csv', chunkSize: 8 * 1024, signal: flag,
      onProgress: (f) => {
        progress.push(f);
        if (progress.length === 2) flag.aborted = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportAbortedError);
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: 'The import of big.csv was cancelled.' });
    expect(progress).toHaveLength(2);
    // Two slices read, plus the BOM check: the rest of the file was never touched.
    expect(blob.reads).toHaveLength(3);
  });

  it('accepts an AbortSignal and cancels in-memory bytes too', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importEmployeesStream(fixture('qualtrics.csv'), { file: 'q.csv', signal: controller.signal })).rejects.toThrow('cancelled');
  });

  it('applies an explicit mapping', async () => {
    const text = 'Where,When,Score\r\nLyon,2026-07-01,9\r\nParis,2026-07-02,3\r\n';
    const result = await importCustomersStream(new Blob([text]), { file: 'm.csv', mapping: { Where: 'unit', When: 'date', Score: 'nps' } });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(numbers(result.table.nps)).toEqual([9, 3]);
    expect(result.report.mapping.map((m) => [m.column, m.role, m.explicit])).toEqual([
      ['Where', 'unit', true], ['When', 'date', true], ['Score', 'nps', true],
    ]);
  });
});

describe('previewFile', () => {
  it('describes a French Excel export: BOM, semicolons, decimal commas, roles pre-filled', async () => {
    const preview = await previewFile(new Blob([fixture('french-excel.csv')]), 'customers', { file: 'french-excel.csv' });
    expect(preview).toMatchObject({
      file: 'french-excel.csv', kind: 'customers', encoding: 'utf-8-bom', delimiter: ';', decimal: ',', source: 'generic',
      headerRows: 1, format: 'wide', problems: [],
    });
    expect(preview.headers[0]).toBe('Magasin');
    expect(preview.columns.map((c) => [c.column, c.role, c.recognised])).toEqual([
      ['Magasin', 'unit', true], ['Date de réponse', 'date', true], ['Client', 'customer', true], ['Recommandation', 'nps', true],
      ['Satisfaction', 'csat', true], ['Effort', 'ces', true], ['Résolu au premier contact', 'fcr', true], ['Canal', 'channel', true],
      ['Segment', 'segment', true], ['Commentaire', 'comment', true], ['Montant panier', 'ignore', false],
    ]);
    expect(preview.unmapped).toEqual(['Montant panier']);
    expect(preview.rows).toHaveLength(4);
    expect(preview.rows[2]?.[9]).toBe('Attente trop longue ; personne à l’accueil');
    expect(preview.lines).toEqual([2, 3, 4, 5]);
  });

  it('skips the Qualtrics header rows and lists question columns as items', async () => {
    const preview = await previewFile(fixture('qualtrics.csv'), 'employees', { file: 'qualtrics.csv' });
    expect(preview).toMatchObject({ source: 'qualtrics', headerRows: 3, encoding: 'utf-8' });
    const used = preview.columns.filter((c) => c.role !== 'ignore').map((c) => [c.column, c.role, c.itemId ?? null, c.recognised]);
    expect(used).toEqual([
      ['RecordedDate', 'date', null, true], ['ResponseId', 'respondent', null, true], ['Q1', 'unit', null, true],
      ['Q2_1', 'item', 'q2_1', false], ['Q2_2', 'item', 'q2_2', false], ['Q3', 'enps', null, false],
    ]);
    expect(preview.columns.find((c) => c.column === 'Q1')?.label).toBe('Team');
    expect(preview.unmapped).toContain('Q2_1');
    expect(preview.rows).toHaveLength(3);
  });

  it('reads only the beginning of a large file and shows its first 20 rows', async () => {
    const blob = new RecordingBlob([customerRows(40_000)]);
    expect(blob.size).toBeGreaterThan(1_000_000);
    const preview = await previewFile(blob, 'customers', { file: 'big.csv' });
    expect(blob.reads).toEqual([[0, 256 * 1024]]);
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[19]?.[2]).toBe('C-19');
    expect(preview.size).toBe(blob.size);
  });

  it('shows the effect of an explicit mapping, and the problems of a file without a unit column', async () => {
    const text = 'Where,When,Score\r\nLyon,2026-07-01,9\r\n';
    const detected = await previewFile(new Blob([text]), 'customers', { file: 'm.csv' });
    expect(detected.problems.map((p) => p.code)).toEqual(['missing-unit-column', 'missing-period-column', 'no-measure-columns']);
    expect(detected.unmapped).toEqual(['Where', 'When', 'Score']);
    const mapped = await previewFile(new Blob([text]), 'customers', { file: 'm.csv', mapping: { Where: 'unit', When: 'date', Score: 'nps' } });
    expect(mapped.problems).toEqual([]);
    expect(mapped.columns.map((c) => [c.role, c.explicit, c.recognised])).toEqual([['unit', true, true], ['date', true, true], ['nps', true, true]]);
  });

  it('falls back to Windows-1252, and reports empty and UTF-16 files', async () => {
    const w = await previewFile(encodeWindows1252('Agence;Date;NPS\r\nCrèche;01/07/2026;9\r\n'), 'customers', { file: 'w.csv' });
    expect(w).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: [['Crèche', '01/07/2026', '9']] });
    expect((await previewFile(new Blob([]), 'customers', { file: 'e.csv' })).problems.map((p) => p.code)).toEqual(['empty-file']);
    const u16 = await previewFile(new Uint8Array([0xff, 0xfe, 0x41, 0]), 'employees', { file: 'u.csv' });
    expect(u16).toMatchObject({ encoding: null, rows: [] });
    expect(u16.problems.map((p) => p.code)).toEqual(['unsupported-encoding']);
  });
});
