import { readFileSync } from 'node:fs';
import { MISSING_CODE, type CategoricalColumn } from '../../src/model/types.ts';

/** Bytes of a file under tests/fixtures/ingest. */
export function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url)));
}

/** A categorical column as the strings it stands for (null when missing). */
export function strings(column: CategoricalColumn | undefined): (string | null)[] | undefined {
  if (column === undefined) return undefined;
  return Array.from(column.codes, (code) => (code === MISSING_CODE ? null : (column.values[code] ?? '?')));
}

/** A numeric column with null for NaN, so toEqual shows the gaps (and -0 as 0: toEqual tells them apart). */
export function numbers(column: Float64Array | undefined): (number | null)[] | undefined {
  return column === undefined ? undefined : Array.from(column, (v) => (Number.isNaN(v) ? null : v === 0 ? 0 : v));
}

// WHATWG index-windows-1252, 0x80–0x9F; the other bytes are Latin-1.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Encodes text as Windows-1252, as Excel's plain "CSV" does on Windows (throws on other characters). */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = HIGH.indexOf(code);
    if (high >= 0 && code > 0xff) bytes[i] = 0x80 + high;
    else if (code <= 0xff && (code < 0x80 || code >= 0xa0)) bytes[i] = code;
    else throw new Error(`not in Windows-1252: ${text[i]}`);
  }
  return bytes;
}
