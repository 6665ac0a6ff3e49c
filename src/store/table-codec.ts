import { CHUNK_ROWS } from './schema.ts';
import type { ColumnChunk, ColumnDescriptor, DatasetKind } from './schema.ts';
import type { CategoricalColumn, CustomerTable, EmployeeTable } from '../model/types.ts';

type Table = EmployeeTable | CustomerTable;

/** The data of one stored column: numbers, category codes or text cells. */
export type ColumnData = Float64Array | Uint32Array | string[];

/** A column with its descriptor, whole (not chunked). */
export interface NamedColumn {
  descriptor: ColumnDescriptor;
  data: ColumnData;
}

const CUSTOMER_NUMBERS = ['nps', 'csat', 'ces', 'fcr'] as const;
const CUSTOMER_CATEGORIES = ['channel', 'segment'] as const;

function category(name: string, column: CategoricalColumn): NamedColumn {
  return { descriptor: { name, type: 'category', values: column.values }, data: column.codes };
}

function namedColumns(table: Table): NamedColumn[] {
  const columns = [category('unit', table.unit), category('period', table.period)];
  if (table.kind === 'employees') {
    if (table.respondent) columns.push(category('respondent', table.respondent));
    table.itemIds.forEach((id, i) => columns.push({ descriptor: { name: `item:${id}`, type: 'number' }, data: table.items[i]! }));
    if (table.enps) columns.push({ descriptor: { name: 'enps', type: 'number' }, data: table.enps });
  } else {
    for (const name of CUSTOMER_NUMBERS) {
      const data = table[name];
      if (data) columns.push({ descriptor: { name, type: 'number' }, data });
    }
    for (const name of CUSTOMER_CATEGORIES) {
      const column = table[name];
      if (column) columns.push(category(name, column));
    }
    if (table.customer) columns.push({ descriptor: { name: 'customer', type: 'text' }, data: table.customer });
    if (table.comment) columns.push({ descriptor: { name: 'comment', type: 'text' }, data: table.comment });
  }
  return columns;
}

/** Splits whole columns of `length` rows into chunks of CHUNK_ROWS rows, each owning its buffer. */
export function chunkColumns(dataset: string, length: number, columns: readonly NamedColumn[]): { chunks: ColumnChunk[]; chunkCount: number } {
  const chunkCount = Math.max(1, Math.ceil(length / CHUNK_ROWS));
  const chunks: ColumnChunk[] = [];
  for (const { descriptor, data } of columns) {
    for (let index = 0; index < chunkCount; index++) {
      const slice = data.slice(index * CHUNK_ROWS, Math.min(length, (index + 1) * CHUNK_ROWS));
      chunks.push({ dataset, column: descriptor.name, index, data: slice });
    }
  }
  return { chunks, chunkCount };
}

/** Splits a table into column chunks of CHUNK_ROWS rows, each owning its buffer. */
export function encodeTable(table: Table, dataset: string): { columns: ColumnDescriptor[]; chunks: ColumnChunk[]; chunkCount: number } {
  const columns = namedColumns(table);
  const { chunks, chunkCount } = chunkColumns(dataset, table.length, columns);
  return { columns: columns.map((c) => c.descriptor), chunks, chunkCount };
}

function joinNumbers<T extends Float64Array | Uint32Array>(parts: T[], length: number, make: (n: number) => T): T {
  const out = make(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Joins the chunks of one column (any order) back into one array of `length` rows. */
export function joinColumn(descriptor: ColumnDescriptor, chunks: readonly ColumnChunk[], length: number): ColumnData {
  const parts = [...chunks].sort((a, b) => a.index - b.index).map((c) => c.data);
  if (descriptor.type === 'number') return joinNumbers(parts as Float64Array[], length, (n) => new Float64Array(n));
  if (descriptor.type === 'category') return joinNumbers(parts as Uint32Array[], length, (n) => new Uint32Array(n));
  return (parts as string[][]).flat();
}

/** A category column as text: datasets stored before customer ids became a text column. */
function decodedText(column: CategoricalColumn | undefined): string[] | undefined {
  return column ? Array.from(column.codes, (code) => column.values[code] ?? '') : undefined;
}

/** Rebuilds a table from its descriptors and chunks (chunks of a column in index order). */
export function decodeTable(
  kind: DatasetKind,
  length: number,
  descriptors: ColumnDescriptor[],
  chunksOf: (column: string) => ColumnChunk[],
  itemScale = { min: 1, max: 5 },
): Table {
  const numbers = new Map<string, Float64Array>();
  const categories = new Map<string, CategoricalColumn>();
  const texts = new Map<string, string[]>();
  for (const descriptor of descriptors) {
    const data = joinColumn(descriptor, chunksOf(descriptor.name), length);
    if (descriptor.type === 'number') numbers.set(descriptor.name, data as Float64Array);
    else if (descriptor.type === 'category') categories.set(descriptor.name, { codes: data as Uint32Array, values: descriptor.values ?? [] });
    else texts.set(descriptor.name, data as string[]);
  }
  const unit = categories.get('unit');
  const period = categories.get('period');
  if (!unit || !period) throw new Error('Stored dataset lacks its unit or period column.');
  if (kind === 'employees') {
    const itemIds = descriptors.filter((d) => d.name.startsWith('item:')).map((d) => d.name.slice(5));
    return {
      kind, length, unit, period,
      respondent: categories.get('respondent'),
      itemIds,
      items: itemIds.map((id) => numbers.get(`item:${id}`)!),
      itemScale,
      enps: numbers.get('enps'),
    };
  }
  return {
    kind, length, unit, period,
    customer: texts.get('customer') ?? decodedText(categories.get('customer')),
    nps: numbers.get('nps'), csat: numbers.get('csat'), ces: numbers.get('ces'), fcr: numbers.get('fcr'),
    channel: categories.get('channel'), segment: categories.get('segment'),
    comment: texts.get('comment'),
  };
}
