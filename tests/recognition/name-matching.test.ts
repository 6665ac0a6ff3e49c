import { describe, expect, it } from 'vitest';
import { containsWords, findNamedPeople, foldForMatch, matchWords } from '../../src/recognition/name-matching.ts';

const people = ['Élodie M.', 'Tom T.', 'Tom B.', 'Siobhán K.', 'Jean-Luc P.'];

describe('name matching', () => {
  it('folds case and accents', () => {
    expect(foldForMatch('Élodie SIOBHÁN Zoë')).toBe('elodie siobhan zoe');
    expect(matchWords('Jean-Luc, l’équipe!')).toEqual(['jean', 'luc', 'l', 'equipe']);
  });

  it('matches first names as whole words, ignoring case and accents', () => {
    expect(findNamedPeople('Merci à elodie pour sa patience.', people)).toEqual([{ person: 'Élodie M.', by: 'first', ambiguous: false }]);
    expect(findNamedPeople('SIOBHAN was brilliant', people).map((m) => m.person)).toEqual(['Siobhán K.']);
    expect(findNamedPeople('Bravo à Jean-Luc !', people).map((m) => m.person)).toEqual(['Jean-Luc P.']);
  });

  it('does not match inside other words', () => {
    expect(findNamedPeople('Tommy and the atom tomography', people)).toEqual([]);
    expect(findNamedPeople('Jean was kind', people)).toEqual([]);
  });

  it('prefers the full name, and flags a shared first name as ambiguous', () => {
    expect(findNamedPeople('Thanks to Tom T. for sorting it', people)).toEqual([{ person: 'Tom T.', by: 'full', ambiguous: false }]);
    const both = findNamedPeople('Thanks Tom!', people);
    expect(both.map((m) => m.person)).toEqual(['Tom T.', 'Tom B.']);
    expect(both.every((m) => m.ambiguous && m.by === 'first')).toBe(true);
  });

  it('finds several people and never matches an initial alone', () => {
    expect(findNamedPeople('Élodie and Siobhán helped', people).map((m) => m.person)).toEqual(['Élodie M.', 'Siobhán K.']);
    expect(findNamedPeople('M. was there', people)).toEqual([]);
  });

  it('tells whether a phrase occurs as whole words', () => {
    expect(containsWords('Merci au Service client !', 'Service Client')).toBe(true);
    expect(containsWords('Merci au Service clientèle', 'Service Client')).toBe(false);
  });
});
