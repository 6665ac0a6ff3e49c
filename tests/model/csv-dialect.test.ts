import { describe, expect, it } from 'vitest';
import { csvDialect, csvNumberCell, csvTextCell, customersToCsv, employeesToCsv, rowsToCsv, storiesToCsv, unitsToCsv } from '../../src/model/csv-export.ts';
import { importCustomers, importEmployees } from '../../src/ingest/index.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import type { CustomerTable, EmployeeTable, Story, Unit } from '../../src/model/types.ts';

const BOM = '\uFEFF';

const customers: CustomerTable = {
  kind: 'customers',
  length: 3,
  unit: { codes: Uint32Array.of(0, 0, 1), values: ['lyon', 'paris; centre'] },
  period: { codes: Uint32Array.of(0, 0, 0), values: ['2026-07-01'] },
  customer: ['C1', '', '=cmd|calc'],
  nps: Float64Array.of(9, NaN, -1),
  csat: Float64Array.of(4.5, 3, 5),
  ces: Float64Array.of(2.25, NaN, 1),
  fcr: Float64Array.of(1, 0, NaN),
  channel: { codes: Uint32Array.of(0, 0, 0), values: ['phone'] },
  segment: { codes: Uint32Array.of(0, 0, 0), values: ['B2C'] },
  comment: ['Merci, "top"; vraiment', '+33 6 12 34 56 78', '@here\ttab'],
};

const employees: EmployeeTable = {
  kind: 'employees',
  length: 2,
  unit: { codes: Uint32Array.of(0, 0), values: ['lyon'] },
  period: { codes: Uint32Array.of(0, 0), values: ['2026-Q3'] },
  respondent: { codes: Uint32Array.of(0, 1), values: ['-R1', 'R2'] },
  itemIds: ['autonomy'],
  items: [Float64Array.of(3.5, NaN)],
  itemScale: { min: 1, max: 5 },
  enps: Float64Array.of(10, 0),
};

describe('CSV dialects', () => {
  it('are comma, dot and no BOM in English; semicolon, decimal comma and BOM in French', () => {
    expect(csvDialect()).toEqual({ separator: ',', decimal: '.', bom: false });
    expect(csvDialect('en')).toEqual({ separator: ',', decimal: '.', bom: false });
    expect(csvDialect('fr')).toEqual({ separator: ';', decimal: ',', bom: true });
  });

  it('quote cells that hold the separator in use, and only then', () => {
    expect(csvTextCell('a;b')).toBe('a;b');
    expect(csvTextCell('a;b', ';')).toBe('"a;b"');
    expect(csvTextCell('a,b', ';')).toBe('a,b');
    expect(csvTextCell('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvTextCell('=1+1', ';')).toBe("'=1+1");
    expect(csvTextCell('\r=x', ';')).toBe('"\'\r=x"');
  });

  it('write numbers with the decimal mark of the language, NaN empty, signs kept', () => {
    expect(csvNumberCell(4.5, ',')).toBe('4,5');
    expect(csvNumberCell(-0.25, ',')).toBe('-0,25');
    expect(csvNumberCell(1e21, ',')).toBe('1e+21');
    expect(csvNumberCell(NaN, ',')).toBe('');
    expect(csvNumberCell(4.5)).toBe('4.5');
  });
});

describe('customersToCsv() in both languages', () => {
  it('writes English exactly: commas, dots, no BOM, formulas guarded', () => {
    expect(customersToCsv(customers, undefined, { lang: 'en' })).toBe(
      'unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment\r\n' +
        'lyon,2026-07-01,C1,9,4.5,2.25,1,phone,B2C,"Merci, ""top""; vraiment"\r\n' +
        "lyon,2026-07-01,,,3,,0,phone,B2C,'+33 6 12 34 56 78\r\n" +
        "paris; centre,2026-07-01,'=cmd|calc,-1,5,1,,phone,B2C,'@here\ttab\r\n",
    );
  });

  it('writes French exactly: BOM, semicolons, decimal commas, quoting of cells with ;', () => {
    expect(customersToCsv(customers, undefined, { lang: 'fr' })).toBe(
      BOM +
        'unit;date;customer;nps;csat;ces;resolved_first_contact;channel;segment;comment\r\n' +
        'lyon;2026-07-01;C1;9;4,5;2,25;1;phone;B2C;"Merci, ""top""; vraiment"\r\n' +
        "lyon;2026-07-01;;;3;;0;phone;B2C;'+33 6 12 34 56 78\r\n" +
        "\"paris; centre\";2026-07-01;'=cmd|calc;-1;5;1;;phone;B2C;'@here\ttab\r\n",
    );
  });

  it('writes the same as before when no language is given', () => {
    expect(customersToCsv(customers)).toBe(customersToCsv(customers, undefined, { lang: 'en' }));
  });
});

describe('employeesToCsv(), unitsToCsv(), storiesToCsv() and rowsToCsv() in French', () => {
  it('writes employees with a guarded respondent id and decimal commas', () => {
    expect(employeesToCsv(employees, undefined, { lang: 'fr' })).toBe(
      BOM + "unit;period;respondent;autonomy;enps\r\nlyon;2026-Q3;'-R1;3,5;10\r\nlyon;2026-Q3;R2;;0\r\n",
    );
  });

  it('writes units', () => {
    const units: Unit[] = [{ id: 'lyon', name: 'Lyon; Part-Dieu', attributes: { level: 'site', size: 12 } }];
    expect(unitsToCsv(units, { lang: 'fr' })).toBe(BOM + 'id;name;parent;level;region;segment;channel;size\r\nlyon;"Lyon; Part-Dieu";;site;;;;12\r\n');
    expect(unitsToCsv(units)).toBe('id,name,parent,level,region,segment,channel,size\r\nlyon,Lyon; Part-Dieu,,site,,,,12\r\n');
  });

  it('writes stories with people and values joined', () => {
    const story: Story = {
      id: 's1', title: '=HYPERLINK("x")', body: 'Two\nlines', unit: 'lyon', people: ['Élodie', 'Tom'], values: ['care'],
      customerQuote: '-merci', consent: { given: true }, status: 'published', reactions: 3, createdAt: '2026-07-02',
    };
    expect(storiesToCsv([story], { lang: 'fr' })).toBe(
      BOM +
        'id;title;body;unit;people;values;customer_quote;consent;status;reactions;created_at\r\n' +
        's1;"\'=HYPERLINK(""x"")";"Two\nlines";lyon;Élodie | Tom;care;\'-merci;true;published;3;2026-07-02\r\n',
    );
  });

  it('writes any table: text guarded, numbers as numbers, empty for null and NaN', () => {
    expect(rowsToCsv(['unit', 'nps', 'note', 'ok'], [['@team', -12.5, null, false], ['b', NaN, undefined, true]], { lang: 'fr' })).toBe(
      BOM + "unit;nps;note;ok\r\n'@team;-12,5;;false\r\nb;;;true\r\n",
    );
    expect(rowsToCsv(['a'], [])).toBe('a\r\n');
  });
});

describe('French exports read back by the importer', () => {
  const sample = generateSampleDataset({ seed: 5, scale: 0.1 });
  // -0 is written "0": compare numbers, not signs of zero.
  const numbers = (column: Float64Array | undefined) => Array.from(column ?? [], (v) => (Number.isNaN(v) ? null : v === 0 ? 0 : v));

  it('finds the semicolon and the decimal comma and gets the same customer numbers', () => {
    const text = customersToCsv(sample.customers, undefined, { lang: 'fr' });
    const result = importCustomers(new TextEncoder().encode(text), { file: 'avis.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report).toMatchObject({ delimiter: ';' });
    expect(result.table.length).toBe(sample.customers.length);
    for (const key of ['nps', 'csat', 'ces', 'fcr'] as const) expect(numbers(result.table[key]), key).toEqual(numbers(sample.customers[key]));
  });

  it('gets the same employee answers back', () => {
    const text = employeesToCsv(sample.employees, undefined, { lang: 'fr' });
    const result = importEmployees(new TextEncoder().encode(text), { file: 'enquete.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.itemIds).toEqual(sample.employees.itemIds);
    expect(result.table.items.map(numbers)).toEqual(sample.employees.items.map(numbers));
    expect(numbers(result.table.enps)).toEqual(numbers(sample.employees.enps));
  });
});
