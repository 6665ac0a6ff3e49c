import { describe, expect, it } from 'vitest';
import { decodeTable, encodeTable } from '../../src/store/table-codec.ts';
import { CHUNK_ROWS } from '../../src/store/schema.ts';
import type { ColumnChunk } from '../../src/store/schema.ts';
import type { CustomerTable } from '../../src/model/types.ts';
import { MISSING_CODE } from '../../src/model/types.ts';

const rows = CHUNK_ROWS + 3;
const table: CustomerTable = {
  kind: 'customers',
  length: rows,
  unit: { codes: Uint32Array.from({ length: rows }, (_, i) => i % 2), values: ['lyon', 'paris'] },
  period: { codes: new Uint32Array(rows), values: ['2026-07-01'] },
  customer: Array.from({ length: rows }, (_, i) => (i % 10 === 9 ? '' : `C${i}`)),
  nps: Float64Array.from({ length: rows }, (_, i) => i % 11),
  comment: Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? `comment ${i}` : '')),
};

function decode(columns: ReturnType<typeof encodeTable>['columns'], chunks: ColumnChunk[]): CustomerTable {
  return decodeTable('customers', rows, columns, (name) => chunks.filter((c) => c.column === name)) as CustomerTable;
}

describe('table codec', () => {
  it('stores customer ids as a text column, across chunks, and reads them back', () => {
    const { columns, chunks, chunkCount } = encodeTable(table, 'd1');
    expect(chunkCount).toBe(2);
    // Nothing row-sized rides in the dataset record: no id dictionary.
    expect(columns.find((c) => c.name === 'customer')).toEqual({ name: 'customer', type: 'text' });
    const back = decode(columns, chunks);
    expect(back.customer).toEqual(table.customer);
    expect(back.comment).toEqual(table.comment);
    expect(Array.from(back.nps!)).toEqual(Array.from(table.nps!));
  });

  it('reads customer ids stored as a dictionary by earlier versions', () => {
    const { columns, chunks } = encodeTable({ ...table, customer: undefined }, 'd1');
    const values = ['C1', 'C2'];
    const codes = Uint32Array.from({ length: rows }, (_, i) => (i % 10 === 9 ? MISSING_CODE : i % 2));
    columns.push({ name: 'customer', type: 'category', values });
    chunks.push({ dataset: 'd1', column: 'customer', index: 1, data: codes.slice(CHUNK_ROWS) });
    chunks.push({ dataset: 'd1', column: 'customer', index: 0, data: codes.slice(0, CHUNK_ROWS) });
    const back = decode(columns, chunks);
    expect(back.customer).toEqual(Array.from(codes, (code) => (code === MISSING_CODE ? '' : values[code])));
  });
});
