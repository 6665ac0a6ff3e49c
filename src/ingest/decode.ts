/**
 * Bytes to text. Exports arrive as UTF-8 (survey tools, CX platforms), UTF-8 with a BOM (Excel's
 * "CSV UTF-8") or Windows-1252 (Excel's plain "CSV" on French and English Windows).
 */

/** The encoding a file was read with. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Result of {@link decode}. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** A BOM we recognise but do not read: Excel's "Unicode text" export is UTF-16. */
export type UnsupportedEncoding = 'utf-16le' | 'utf-16be';

/**
 * What the first bytes say about the encoding. `'utf-8'` is only a first guess: invalid UTF-8 later
 * in the file makes the reader fall back to Windows-1252.
 */
export function detectBom(bytes: Uint8Array): TextEncoding | UnsupportedEncoding {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Thrown by {@link decodeChunks} when bytes are not valid UTF-8; callers restart as Windows-1252. */
export class InvalidUtf8Error extends Error {
  override readonly name = 'InvalidUtf8Error';
  constructor(readonly byteOffset: number, options?: ErrorOptions) {
    super(`invalid UTF-8 in the chunk starting at byte ${byteOffset}`, options);
  }
}

// WHATWG Encoding Standard, index-windows-1252, bytes 0x80–0x9F (the rest is Latin-1).
// Written out because Node ≥ 20.18.3 decodes the label 'windows-1252' as Latin-1
// (nodejs/node#60888, #56542): 0x80 would become U+0080 instead of '€'.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

let utf16Decoder: TextDecoder | undefined;

/** Decodes Windows-1252 bytes with our own table, identically in Node and browsers. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b;
  }
  utf16Decoder ??= new TextDecoder('utf-16le');
  return utf16Decoder.decode(units);
}

/** Default size of the byte slices handed to the parser: big enough to amortise, small enough for progress. */
export const DEFAULT_CHUNK_BYTES = 1 << 20;

/**
 * Decodes `bytes` slice by slice, so a 50 MB file never exists twice as text. Yields the text of each
 * slice with the number of bytes consumed so far. With `'utf-8'`/`'utf-8-bom'` an invalid sequence
 * throws {@link InvalidUtf8Error}; the BOM is not part of the text.
 */
export function* decodeChunks(
  bytes: Uint8Array,
  encoding: TextEncoding,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Generator<{ text: string; bytesDone: number }> {
  const start = encoding === 'utf-8-bom' ? 3 : 0;
  if (encoding === 'windows-1252') {
    for (let at = start; at < bytes.length; at += chunkBytes) {
      const end = Math.min(bytes.length, at + chunkBytes);
      yield { text: decodeWindows1252(bytes.subarray(at, end)), bytesDone: end };
    }
    return;
  }
  // ignoreBOM: the BOM is skipped by offset above, so a second U+FEFF (a real character) is kept.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (let at = start; at < bytes.length; at += chunkBytes) {
    const end = Math.min(bytes.length, at + chunkBytes);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    } catch (cause) {
      throw new InvalidUtf8Error(at, { cause });
    }
    yield { text, bytesDone: end };
  }
}

/**
 * Decodes a whole file: UTF-8 (BOM stripped) when valid, else Windows-1252.
 * UTF-16 files are not read: the result's text is empty and `encoding` names what was found.
 */
export function decode(bytes: Uint8Array): DecodedText | { text: ''; encoding: UnsupportedEncoding } {
  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return { text: '', encoding: bom };
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { text: decoder.decode(bom === 'utf-8-bom' ? bytes.subarray(3) : bytes), encoding: bom };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
