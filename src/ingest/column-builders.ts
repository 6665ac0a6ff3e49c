/**
 * Growable columns for building tables row by row without one object per row: typed arrays that
 * double when full, and dictionary encoding for strings.
 */
import { MISSING_CODE, type CategoricalColumn } from '../model/types.ts';
import { StringIndex } from './string-index.ts';

const INITIAL_CAPACITY = 1024;

/** Strings stored as codes into a dictionary of distinct values. */
export class CategoryBuilder {
  private codes = new Uint32Array(INITIAL_CAPACITY);
  private readonly index = new StringIndex();
  private lastValue = '';
  private lastCode = MISSING_CODE;
  length = 0;

  /** Appends a value; `''` is a missing value. */
  push(value: string): void {
    if (this.length === this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    let code = MISSING_CODE;
    if (value === '') code = MISSING_CODE;
    // Exports are often sorted by unit or date: a repeat of the last value skips the lookup.
    else if (value === this.lastValue) code = this.lastCode;
    else {
      code = -1;
      // Channels, segments: a few values are found by comparing, without hashing the string.
      const values = this.index.values;
      if (values.length <= 8) {
        for (let k = 0; k < values.length; k++) {
          if (values[k] === value) {
            code = k;
            break;
          }
        }
      }
      if (code === -1) code = this.index.add(value);
      this.lastValue = value;
      this.lastCode = code;
    }
    this.codes[this.length++] = code;
  }

  build(): CategoricalColumn {
    return { codes: this.codes.slice(0, this.length), values: this.index.values.slice() };
  }
}

/** Numbers with NaN for missing; `set` beyond the end grows the column and fills the gap with NaN. */
export class NumberBuilder {
  private data: Float64Array;
  length = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    this.data = new Float64Array(Math.max(capacity, 16)).fill(Number.NaN);
  }

  push(value: number): void {
    this.set(this.length, value);
  }

  set(row: number, value: number): void {
    if (row >= this.data.length) {
      let capacity = this.data.length * 2;
      while (capacity <= row) capacity *= 2;
      const grown = new Float64Array(capacity).fill(Number.NaN);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[row] = value;
    if (row >= this.length) this.length = row + 1;
  }

  /** Appends the first `count` values, leaving out those whose `skip` flag is 1. */
  append(values: Float64Array, count: number, skip?: Uint8Array): void {
    if (count === 0) return;
    const start = this.length;
    this.set(start + count - 1, Number.NaN);
    const data = this.data;
    let row = start;
    for (let r = 0; r < count; r++) if (skip?.[r] !== 1) data[row++] = values[r] as number;
    this.length = row;
  }

  get(row: number): number {
    return row < this.data.length ? (this.data[row] as number) : Number.NaN;
  }

  /** A column of exactly `length` rows (NaN past the last value set). */
  build(length: number): Float64Array {
    if (length <= this.data.length) return this.data.slice(0, length);
    const out = new Float64Array(length).fill(Number.NaN);
    out.set(this.data);
    return out;
  }
}
