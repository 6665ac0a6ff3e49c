import { describe, expect, it } from 'vitest';
import { csvTextCell, customersToCsv, employeesToCsv, unitsToCsv } from '../../src/model/csv-export.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import type { CustomerTable, EmployeeTable, Unit } from '../../src/model/types.ts';
import { parseCsv } from '../../src/ingest/csv.ts';
import { sniff } from '../../src/ingest/sniff.ts';

const units: Unit[] = [
  { id: 'fr', name: 'France', attributes: { level: 'region', region: 'France', size: 12 } },
  { id: 'lyon', name: 'Lyon, Part-Dieu', parentId: 'fr', attributes: { level: 'site', region: 'France' } },
  { id: 'lyon-accueil', name: 'Équipe "Accueil"', parentId: 'lyon', attributes: { level: 'team', region: 'France', segment: 'B2C', channel: 'store', size: 12 } },
];

function customers(comments: string[]): CustomerTable {
  const n = comments.length;
  return {
    kind: 'customers',
    length: n,
    unit: { codes: new Uint32Array(n), values: ['lyon-accueil'] },
    period: { codes: new Uint32Array(n), values: ['2026-07-01'] },
    customer: Array.from({ length: n }, (_, i) => (i === 1 ? '' : 'C1')),
    nps: Float64Array.from({ length: n }, (_, i) => (i === 0 ? NaN : 9)),
    csat: new Float64Array(n).fill(5),
    ces: new Float64Array(n).fill(2),
    fcr: Float64Array.from({ length: n }, (_, i) => i % 2),
    channel: { codes: new Uint32Array(n), values: ['store'] },
    segment: { codes: new Uint32Array(n), values: ['B2C'] },
    comment: comments,
  };
}

describe('csvTextCell()', () => {
  it('quotes by RFC 4180 only when needed, doubling inner quotes', () => {
    expect(csvTextCell('plain')).toBe('plain');
    expect(csvTextCell('a, b')).toBe('"a, b"');
    expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvTextCell('two\nlines')).toBe('"two\nlines"');
    expect(csvTextCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvTextCell('')).toBe('');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvTextCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvTextCell('+1 helpful team')).toBe("'+1 helpful team");
    expect(csvTextCell('-2')).toBe("'-2");
    expect(csvTextCell('@cmd')).toBe("'@cmd");
    expect(csvTextCell('\tindent')).toBe("'\tindent");
    expect(csvTextCell('\rx')).toBe('"\'\rx"');
    expect(csvTextCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
    expect(csvTextCell('a=b')).toBe('a=b');
  });
});

describe('customersToCsv()', () => {
  it('writes the header, empty cells for NaN and missing codes, and quotes comments', () => {
    const csv = customersToCsv(customers(['Merci à Élodie, "vraiment" top', '- long wait\n- no answer', '']));
    expect(csv).toBe(
      'unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment\r\n' +
        'lyon-accueil,2026-07-01,C1,,5,2,0,store,B2C,"Merci à Élodie, ""vraiment"" top"\r\n' +
        'lyon-accueil,2026-07-01,,9,5,2,1,store,B2C,"\'- long wait\n- no answer"\r\n' +
        'lyon-accueil,2026-07-01,C1,9,5,2,0,store,B2C,\r\n',
    );
  });

  it('keeps negative numbers as numbers: only text cells are guarded', () => {
    const table = customers(['']);
    table.nps = Float64Array.of(-1);
    expect(customersToCsv(table).split('\r\n')[1]).toBe('lyon-accueil,2026-07-01,C1,-1,5,2,0,store,B2C,');
  });

  it('writes unit names as ids when the units are given', () => {
    const table = customers(['']);
    table.unit.values = ['Équipe "Accueil"'];
    expect(customersToCsv(table).split('\r\n')[1]).toMatch(/^"Équipe ""Accueil""",/);
    expect(customersToCsv(table, units).split('\r\n')[1]).toMatch(/^lyon-accueil,/);
  });
});

describe('employeesToCsv()', () => {
  it('writes unit, period, respondent, the items in order, then enps', () => {
    const table: EmployeeTable = {
      kind: 'employees',
      length: 2,
      unit: { codes: Uint32Array.of(0, 0), values: ['lyon-accueil'] },
      period: { codes: Uint32Array.of(0, 0), values: ['2026-Q3'] },
      respondent: { codes: Uint32Array.of(0, 1), values: ['E1', 'E2'] },
      itemIds: ['autonomy', 'workload'],
      items: [Float64Array.of(4, NaN), Float64Array.of(2, 5)],
      itemScale: { min: 1, max: 5 },
      enps: Float64Array.of(10, NaN),
    };
    expect(employeesToCsv(table, units)).toBe(
      'unit,period,respondent,autonomy,workload,enps\r\nlyon-accueil,2026-Q3,E1,4,2,10\r\nlyon-accueil,2026-Q3,E2,,5,\r\n',
    );
  });
});

describe('unitsToCsv()', () => {
  it('writes the hierarchy with quoting and empty optional cells', () => {
    expect(unitsToCsv(units)).toBe(
      'id,name,parent,level,region,segment,channel,size\r\n' +
        'fr,France,,region,France,,,12\r\n' +
        'lyon,"Lyon, Part-Dieu",fr,site,France,,,\r\n' +
        'lyon-accueil,"Équipe ""Accueil""",lyon,team,France,B2C,store,12\r\n',
    );
  });
});

describe('the sample dataset as CSV', () => {
  const data = generateSampleDataset({ scale: 0.2 });

  it('round-trips through our CSV parser: one record per row plus the header, same cells', () => {
    const text = customersToCsv(data.customers, data.units);
    expect(sniff(text.slice(0, 20_000), false)).toMatchObject({ delimiter: ',', decimal: '.', header: true });
    const parsed = parseCsv(text);
    expect(parsed.unterminatedQuoteLine).toBeUndefined();
    // The final CRLF ends the last record; it does not start an empty one.
    const records = parsed.records.filter((r) => !(r.length === 1 && r[0] === ''));
    expect(records).toHaveLength(data.customers.length + 1);
    expect(records.every((r) => r.length === 10)).toBe(true);
    const c = data.customers;
    let multiline = 0;
    for (let i = 0; i < c.length; i++) {
      const row = records[i + 1] as string[];
      const comment = c.comment?.[i] ?? '';
      const expected = /^[=+\-@\t\r]/.test(comment) ? `'${comment}` : comment;
      if (row[9] !== expected) throw new Error(`row ${i}: ${JSON.stringify(row[9])} ≠ ${JSON.stringify(expected)}`);
      if (comment.includes('\n')) multiline++;
      const nps = c.nps?.[i] as number;
      if (row[3] !== (Number.isNaN(nps) ? '' : String(nps))) throw new Error(`row ${i}: nps ${row[3]}`);
    }
    expect(multiline).toBeGreaterThan(0);
  });

  it('writes employees and units that parse back to the same counts', () => {
    const employees = parseCsv(employeesToCsv(data.employees, data.units)).records.filter((r) => r.join('') !== '');
    expect(employees).toHaveLength(data.employees.length + 1);
    expect(employees[0]).toEqual(['unit', 'period', 'respondent', ...data.employees.itemIds, 'enps']);
    const unitRows = parseCsv(unitsToCsv(data.units)).records.filter((r) => r.join('') !== '');
    expect(unitRows).toHaveLength(data.units.length + 1);
    const ids = new Set(unitRows.slice(1).map((r) => r[0]));
    for (const row of unitRows.slice(1)) if (row[2]) expect(ids.has(row[2])).toBe(true);
    expect(unitRows.slice(1).map((r) => r[1])).toEqual(data.units.map((u) => u.name));
  });
});
