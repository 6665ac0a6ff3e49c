import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv, type Delimiter } from '../../src/ingest/csv.ts';

/** Parses `text` pushed in pieces cut at `cuts`. */
function parseInChunks(text: string, cuts: number[], delimiter: Delimiter = ',') {
  const records: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser(delimiter, (fields, line) => {
    records.push(fields);
    lines.push(line);
  });
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    parser.push(text.slice(at, cut));
    at = cut;
  }
  parser.push(text.slice(at));
  const end = parser.end();
  return end.unterminatedQuoteLine === undefined ? { records, lines } : { records, lines, unterminatedQuoteLine: end.unterminatedQuoteLine };
}

/** RFC 4180 writer used to check that parse(format(records)) returns the records. */
function format(records: string[][], delimiter: Delimiter, eol: string): string {
  const quote = (field: string, alone: boolean): string =>
    (alone && field === '') || /["\r\n]/.test(field) || field.includes(delimiter) ? `"${field.replaceAll('"', '""')}"` : field;
  return records.map((r) => r.map((f) => quote(f, r.length === 1)).join(delimiter)).join(eol);
}

describe('parseCsv', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
    const text = 'id,comment\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\r\nlines"\r\n4,plain\r\n';
    expect(parseCsv(text)).toEqual({
      records: [['id', 'comment'], ['1', 'a, b'], ['2', 'say "hi"'], ['3', 'two\r\nlines'], ['4', 'plain']],
      lines: [1, 2, 3, 4, 6],
    });
  });

  it('accepts LF, CR and CRLF line ends, even mixed, and counts physical lines', () => {
    expect(parseCsv('a\nb\rc\r\nd')).toEqual({ records: [['a'], ['b'], ['c'], ['d']], lines: [1, 2, 3, 4] });
    expect(parseCsv('x,"1\n2\r3\r\n4"\ny,2').lines).toEqual([1, 5]);
  });

  it('skips blank lines but keeps their line numbers', () => {
    expect(parseCsv('a,b\n\n\r\n1,2\n\n')).toEqual({ records: [['a', 'b'], ['1', '2']], lines: [1, 4] });
  });

  it('keeps empty fields, including a trailing one at the end of the input', () => {
    expect(parseCsv(',a,,\n,').records).toEqual([['', 'a', '', ''], ['', '']]);
  });

  it('reports an unterminated quote with the line where the field opened, dropping that record', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5\n6,7\n')).toEqual({
      records: [['a', 'b'], ['1', '2']],
      lines: [1, 2],
      unterminatedQuoteLine: 3,
    });
  });

  it('reads a quote inside an unquoted field, and text after a closing quote, as characters', () => {
    expect(parseCsv('5" screen,"a"b\n').records).toEqual([['5" screen', 'ab']]);
  });

  it('uses the given delimiter and ignores a leading BOM', () => {
    expect(parseCsv('\ufeffa;b\t c\n"1;2";3', ';').records).toEqual([['a', 'b\t c'], ['1;2', '3']]);
    expect(parseCsv('a\tb\n1\t"2\t3"', '\t').records).toEqual([['a', 'b'], ['1', '2\t3']]);
  });

  it('reads a 2 MB field without trouble', () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    const parsed = parseCsv(`a,b\n1,"${big}"\n2,${big}\n`);
    expect(parsed.records.map((r) => r[1]?.length)).toEqual([1, big.length, big.length]);
  });
});

describe('CsvParser chunking', () => {
  it('handles a chunk boundary between \\r and \\n', () => {
    expect(parseInChunks('a,b\r\n1,2\r\n3,4', [4, 9])).toEqual(parseCsv('a,b\r\n1,2\r\n3,4'));
    expect(parseInChunks('a,b\r\n1,2\r\n3,4', [4, 9]).lines).toEqual([1, 2, 3]);
  });

  it('handles boundaries inside quotes, between doubled quotes and after a closing quote', () => {
    const text = 'a,"x ""y""\r\nz",b\r\nc,"",d\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(parseInChunks(text, [cut]), `cut at ${cut}`).toEqual(parseCsv(text));
    }
  });

  it('gives the same records, lines and problems whatever the chunk boundaries (property)', () => {
    const unit = fc.constantFrom('a', 'b', ',', ';', '"', '\r', '\n', ' ', 'é', '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.array(fc.nat({ max: 60 }), { maxLength: 8 }), (text, cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(parseInChunks(text, []));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses what an RFC 4180 writer wrote, in both dialects and any chunking (property)', () => {
    const unit = fc.constantFrom('a', 'Z', '1', ',', ';', '.', '"', '\r', '\n', '\t', ' ', 'é', '\u0000', '😀', '\ufeff');
    const field = fc.string({ unit, maxLength: 8 });
    const records = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(records, fc.constantFrom<Delimiter>(',', ';'), fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (rows, delimiter, eol, cuts) => {
          // A lone empty field would be a blank line; the writer quotes it, so it survives.
          const text = format(rows, delimiter, eol);
          expect(parseInChunks(text, cuts, delimiter).records).toEqual(rows);
        }),
      { numRuns: 1000 },
    );
  });
});

/**
 * A plain, whole-text reading of the same rules, one character at a time, as an oracle for the
 * streaming parser's fast paths (unquoted and quoted fields scanned inline, state kept in locals).
 */
function reference(text: string, delimiter: Delimiter = ',') {
  const records: string[][] = [];
  const lines: number[] = [];
  let fields: string[] = [];
  let field = '';
  let atStart = true;
  let wasQuoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  const endRecord = (): void => {
    if (fields.length > 0 || field !== '' || wasQuoted) {
      records.push([...fields, field]);
      lines.push(recordLine);
    }
    fields = [];
    field = '';
    atStart = true;
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') {
        field += '\r\n';
        line++;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') line++;
      field += c;
      continue;
    }
    if (c === '"' && atStart) {
      inQuotes = true;
      wasQuoted = true;
      atStart = false;
      quoteLine = line;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      atStart = true;
      wasQuoted = false;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    atStart = false;
  }
  if (inQuotes) return { records, lines, unterminatedQuoteLine: quoteLine };
  if (!(atStart && fields.length === 0 && field === '' && !wasQuoted)) endRecord();
  return { records, lines };
}

describe('CsvParser against a character-by-character reading', () => {
  it('agrees on records, lines and unterminated quotes for any text and chunking (property)', () => {
    const unit = fc.constantFrom('a', 'b', '7', ',', ';', '"', '""', '\r', '\n', '\r\n', ' ', 'é', '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.array(fc.nat({ max: 120 }), { maxLength: 6 }), fc.constantFrom<Delimiter>(',', ';'),
        (text, cuts, delimiter) => {
          expect(parseInChunks(text, cuts, delimiter)).toEqual(reference(text, delimiter));
        }),
      { numRuns: 3000 },
    );
  });

  it('hands the same array to every record with reuseFields, holding only that record', () => {
    const text = 'a,b,c\n1,2\n"x,y",,"z"\n\n4,5,6,7\n';
    const arrays = new Set<string[]>();
    const records: string[][] = [];
    const parser = new CsvParser(',', (fields) => {
      arrays.add(fields);
      records.push(fields.slice());
    }, { reuseFields: true });
    parser.push(text.slice(0, 13));
    parser.push(text.slice(13));
    parser.end();
    expect(records).toEqual(reference(text).records);
    expect(arrays.size).toBe(1);
  });
});
