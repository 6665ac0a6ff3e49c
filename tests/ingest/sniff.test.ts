import { describe, expect, it } from 'vitest';
import { looksLikeHeader, sniff, sniffDelimiter } from '../../src/ingest/sniff.ts';

describe('sniff', () => {
  it('finds the comma of survey-tool exports, ignoring delimiters inside quotes', () => {
    expect(sniff('unit,period,comment\nA,2026-Q3,"x; y; z"\nB,2026-Q3,"p; q"\n')).toEqual({ delimiter: ',', decimal: '.', header: true });
  });

  it('finds the semicolon and decimal comma of French Excel', () => {
    expect(sniff('Magasin;Note;Commentaire\nLyon;4,5;Très bien, merci\nParis;3,0;Bof, bof, bof\n')).toEqual({
      delimiter: ';',
      decimal: ',',
      header: true,
    });
  });

  it('finds tabs', () => {
    expect(sniffDelimiter('unit\tnps\tcomment\nA\t9\tgood, fine\nB\t7\t\n')).toBe('\t');
  });

  it('prefers the delimiter with the same count on most lines', () => {
    // Commas vary line to line (free text), semicolons are constant.
    expect(sniffDelimiter('a;b;c\n1,2;3;x\n4;5;y,z,w\n6;7;8\n')).toBe(';');
  });

  it('looks at the first lines only when the sample is cut', () => {
    expect(sniffDelimiter('a;b\n1;2\n3;4\n5,6,7,8,9,10', false)).toBe(';');
  });

  it('falls back to a comma for a single column', () => {
    expect(sniffDelimiter('unit\nA\nB\n')).toBe(',');
  });

  it('reads decimal points in comma files and decimal commas in quoted cells', () => {
    expect(sniff('unit,score\nA,4.5\nB,3.25\n').decimal).toBe('.');
    expect(sniff('unit,score\nA,"4,5"\nB,"3,25"\n').decimal).toBe(',');
  });

  it('tells a header row from a data row', () => {
    expect(looksLikeHeader(['unit', 'period', 'Q1'])).toBe(true);
    expect(looksLikeHeader(['Lyon', '2026-07-15', '4'])).toBe(false);
    expect(looksLikeHeader(['Lyon', '15/07/2026 10:32', 'x'])).toBe(false);
    expect(looksLikeHeader(['', ''])).toBe(false);
  });
});
