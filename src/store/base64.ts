/**
 * Typed arrays as base64 text, little-endian whatever the platform, for the JSON workspace bundle:
 * 8 bytes a number become 10.7 characters (a decimal number in JSON takes up to 24), and every bit
 * pattern survives, NaN included.
 */

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

// A multiple of 3, so that chunks encode without padding in between; small enough for `apply`.
const ENCODE_CHUNK = 3 * 8192;

/** Raised for text that is not base64 or whose length does not fit the element size. */
export class Base64Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Base64Error';
  }
}

function swapBytes(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += size) {
    for (let j = 0; j < size; j++) out[i + j] = bytes[i + size - 1 - j] as number;
  }
  return out;
}

/** Base64 of raw bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += ENCODE_CHUNK) {
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + ENCODE_CHUNK) as unknown as number[])));
  }
  return parts.join('');
}

/** Raw bytes of base64 text; throws a Base64Error when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Base64Error('not base64 text');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 of the little-endian bytes of a typed array. */
export function typedArrayToBase64(array: Float64Array | Uint32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  return bytesToBase64(LITTLE_ENDIAN ? bytes : swapBytes(bytes, array.BYTES_PER_ELEMENT));
}

/** Decodes base64 little-endian bytes into a typed array of the given kind. */
export function base64ToTypedArray(text: string, kind: 'float64'): Float64Array;
export function base64ToTypedArray(text: string, kind: 'uint32'): Uint32Array;
export function base64ToTypedArray(text: string, kind: 'float64' | 'uint32'): Float64Array | Uint32Array {
  const size = kind === 'float64' ? 8 : 4;
  const decoded = base64ToBytes(text);
  if (decoded.length % size !== 0) throw new Base64Error(`${decoded.length} bytes are not a whole number of ${size}-byte values`);
  // `decoded` owns its buffer from offset 0, so the view is aligned for any element size.
  const bytes = LITTLE_ENDIAN ? decoded : swapBytes(decoded, size);
  return kind === 'float64' ? new Float64Array(bytes.buffer, 0, bytes.length / 8) : new Uint32Array(bytes.buffer, 0, bytes.length / 4);
}
