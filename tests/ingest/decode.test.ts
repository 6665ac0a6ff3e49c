import { describe, expect, it } from 'vitest';
import { decode, decodeChunks, decodeWindows1252, detectBom, InvalidUtf8Error } from '../../src/ingest/decode.ts';
import { encodeWindows1252 } from './helpers.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode', () => {
  it('reads UTF-8 as is', () => {
    expect(decode(utf8('Équipe,NPS\nCrèche,9'))).toEqual({ text: 'Équipe,NPS\nCrèche,9', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says it was there', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a;b')]))).toEqual({ text: 'a;b', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, with the 0x80–0x9F characters right', () => {
    const text = 'Équipe;Commentaire\nCrèche à Gap;Cœur, reçu, 5 € ‘ok’ – Œuvre™';
    expect(decode(encodeWindows1252(text))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('recognises UTF-16 BOMs without reading them', () => {
    expect(detectBom(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(detectBom(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({ text: '', encoding: 'utf-16le' });
  });
});

describe('decodeWindows1252', () => {
  it('maps every byte as the WHATWG index does (not as Latin-1, unlike Node 20 TextDecoder)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text[0x80]).toBe('€');
    expect(text[0x8c]).toBe('Œ');
    expect(text[0x92]).toBe('’');
    expect(text[0x9c]).toBe('œ');
    expect(text[0x9f]).toBe('Ÿ');
    expect(text.charCodeAt(0x81)).toBe(0x81);
    expect(text.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });
});

describe('decodeChunks', () => {
  it('never splits a multi-byte character, whatever the chunk size', () => {
    const bytes = utf8('é€😀 ok œ');
    for (let size = 1; size <= bytes.length; size++) {
      const pieces = [...decodeChunks(bytes, 'utf-8', size)];
      expect(pieces.map((p) => p.text).join('')).toBe('é€😀 ok œ');
      expect(pieces.at(-1)?.bytesDone).toBe(bytes.length);
    }
  });

  it('throws InvalidUtf8Error at the chunk holding an invalid byte, so the caller can restart', () => {
    const bytes = new Uint8Array([...utf8('abcdef'), 0xe9, 0x41]);
    const seen: string[] = [];
    expect(() => {
      for (const piece of decodeChunks(bytes, 'utf-8', 4)) seen.push(piece.text);
    }).toThrow(InvalidUtf8Error);
    expect(seen).toEqual(['abcd']);
  });

  it('skips the BOM of a utf-8-bom file', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b')]);
    expect([...decodeChunks(bytes, 'utf-8-bom', 2)].map((p) => p.text).join('')).toBe('a,b');
  });
});
