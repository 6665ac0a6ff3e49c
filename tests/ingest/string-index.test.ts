import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../src/ingest/string-index.ts';

describe('StringIndex', () => {
  it('numbers strings in insertion order, like a Map would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), (strings) => {
        const index = new StringIndex();
        const reference = new Map<string, number>();
        for (const s of strings) {
          expect(index.indexOf(s)).toBe(reference.get(s) ?? -1);
          if (!reference.has(s)) reference.set(s, reference.size);
          expect(index.add(s)).toBe(reference.get(s));
        }
        expect(index.values).toEqual([...reference.keys()]);
      }),
    );
  });

  it('holds __proto__ and constructor like any other string', () => {
    const index = new StringIndex();
    expect([index.add('__proto__'), index.add('constructor'), index.add('__proto__')]).toEqual([0, 1, 0]);
    expect(index.indexOf('toString')).toBe(-1);
  });
});
