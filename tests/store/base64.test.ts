import { describe, expect, it } from 'vitest';
import { Base64Error, base64ToBytes, base64ToTypedArray, bytesToBase64, typedArrayToBase64 } from '../../src/store/base64.ts';

describe('base64 of typed arrays', () => {
  it('matches the standard encoding of the bytes', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
    expect(Array.from(base64ToBytes('AAEC+vv8/f7/'))).toEqual(Array.from(bytes));
  });

  it('encodes long arrays across chunk boundaries like Node does', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps every float64 bit pattern: NaN, -0, infinities, subnormals', () => {
    const values = Float64Array.of(Number.NaN, -0, 0, Infinity, -Infinity, 5e-324, 1.7976931348623157e308, 3.14159, -2);
    const text = typedArrayToBase64(values);
    // Little-endian bytes of 1.0 are 00 00 00 00 00 00 F0 3F.
    expect(typedArrayToBase64(Float64Array.of(1))).toBe('AAAAAAAA8D8=');
    const back = base64ToTypedArray(text, 'float64');
    expect(back).toBeInstanceOf(Float64Array);
    expect(back.length).toBe(values.length);
    values.forEach((v, i) => expect(Object.is(back[i], v), `index ${i}`).toBe(true));
  });

  it('encodes uint32 codes little-endian, the missing code included', () => {
    const codes = Uint32Array.of(0, 1, 0xffffffff, 258);
    const text = typedArrayToBase64(codes);
    expect(text).toBe('AAAAAAEAAAD/////AgEAAA==');
    expect(Array.from(base64ToTypedArray(text, 'uint32'))).toEqual([0, 1, 0xffffffff, 258]);
  });

  it('encodes a view into a larger buffer by its own bytes only', () => {
    const whole = Float64Array.of(1, 2, 3, 4);
    const view = whole.subarray(1, 3);
    expect(Array.from(base64ToTypedArray(typedArrayToBase64(view), 'float64'))).toEqual([2, 3]);
  });

  it('refuses text that is not base64 or does not fit the element size', () => {
    expect(() => base64ToBytes('abc$')).toThrow(Base64Error);
    expect(() => base64ToBytes('abcde')).toThrow(Base64Error);
    // 4 bytes are half a float64.
    expect(() => base64ToTypedArray('AAAAAA==', 'float64')).toThrow('4 bytes are not a whole number of 8-byte values');
  });
});
