import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../src/model/fold-text.ts';
import { foldText } from '../../src/ingest/cell-values.ts';
import { slugify } from '../../src/ingest/columns.ts';
import { foldForMatch } from '../../src/recognition/name-matching.ts';
import { foldName } from '../../src/components/unit-table/unit-table-model.ts';

describe('foldAccents', () => {
  it('drops accents and case, in precomposed and decomposed forms', () => {
    expect(foldAccents('Équipe Accueil')).toBe('equipe accueil');
    expect(foldAccents('E\u0301QUIPE')).toBe('equipe');
    expect(foldAccents('Siobhán, Zoë, François, Ångström')).toBe('siobhan, zoe, francois, angstrom');
    // Letters without a decomposition stay: ligatures are the slug's business.
    expect(foldAccents('Œuvre ß')).toBe('œuvre ß');
  });

  it('is the common step of header, comment, unit-search and name folding', () => {
    expect(foldText('  Résolu   au premier contact ’ ')).toBe("resolu au premier contact '");
    expect(slugify('Unité / Équipe')).toBe('unite_equipe');
    expect(foldForMatch('Élodie')).toBe('elodie');
    expect(foldName(' Équipe Nord ')).toBe('equipe nord');
  });
});
