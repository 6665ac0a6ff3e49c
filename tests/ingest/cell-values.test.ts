import { describe, expect, it } from 'vitest';
import {
  inferDateOrder,
  readAgreement,
  readBoolean,
  readDateOrPeriod,
  readNumber,
  readScore,
} from '../../src/ingest/cell-values.ts';

describe('readNumber', () => {
  it.each([
    ['7', '.', 7], ['10', '.', 10], ['-2', '.', -2], ['+3', '.', 3], ['4.5', '.', 4.5], ['4,5', ',', 4.5],
    ['4.5', ',', 4.5], ['4,5', '.', 4.5], ['.5', '.', 0.5], ['1,000', '.', undefined], ['1.000', ',', undefined],
    ['1 000', '.', undefined], ['dix', '.', undefined], ['', '.', undefined], ['5.', '.', undefined], ['1e3', '.', undefined],
    ['4,5,6', ',', undefined], ['0x10', '.', undefined],
  ] as const)('readNumber(%j, %j) is %j', (cell, decimal, expected) => {
    expect(readNumber(cell, decimal)).toBe(expected);
  });
});

describe('readScore', () => {
  const nps = { min: 0, max: 10, whole: true };
  it('accepts whole numbers in range only', () => {
    expect(readScore('0', '.', nps)).toBe(0);
    expect(readScore('10', '.', nps)).toBe(10);
    expect(readScore('9,0', ',', nps)).toBe(9);
    expect(readScore('11', '.', nps)).toBeUndefined();
    expect(readScore('-1', '.', nps)).toBeUndefined();
    expect(readScore('8.5', '.', nps)).toBeUndefined();
    expect(readScore('3.5', '.', { min: 1, max: 5, whole: false })).toBe(3.5);
  });
});

describe('readBoolean', () => {
  it.each([
    ['true', 1], ['FALSE', 0], ['1', 1], ['0', 0], ['Yes', 1], ['no', 0], ['y', 1], ['N', 0], ['oui', 1], ['Non', 0],
    ['o', 1], ['vrai', 1], ['Faux', 0], ['maybe', undefined], ['2', undefined],
  ] as const)('readBoolean(%j) is %j', (cell, expected) => {
    expect(readBoolean(cell)).toBe(expected);
  });
});

describe('readAgreement', () => {
  const five = { min: 1, max: 5 };
  it.each([
    ['Strongly agree', 5], ['agree', 4], ['Neither agree nor disagree', 3], ['Disagree', 2], ['Strongly disagree', 1],
    ["Tout à fait d'accord", 5], ['Tout à fait d’accord', 5], ["Plutôt d'accord", 4], ["Ni d'accord ni pas d'accord", 3],
    ["Plutôt pas d'accord", 2], ["PAS DU TOUT D'ACCORD", 1], ['Sometimes', undefined],
  ] as const)('readAgreement(%j) on 1–5 is %j', (cell, expected) => {
    expect(readAgreement(cell, five)).toBe(expected);
  });

  it('maps seven labels on a 1–7 scale and none on other scales', () => {
    expect(readAgreement('Somewhat agree', { min: 1, max: 7 })).toBe(5);
    expect(readAgreement('Strongly agree', { min: 1, max: 7 })).toBe(7);
    expect(readAgreement('Strongly agree', { min: 0, max: 10 })).toBeUndefined();
  });
});

describe('readDateOrPeriod', () => {
  it.each([
    ['2026-07-15', '2026-07-15'], ['2026-7-5', '2026-07-05'], ['2026/07/15 10:32:11 AM GMT+2', '2026-07-15'],
    ['2026-07-15T10:32:11Z', '2026-07-15'], ['2026-07-15T23:59:59.123+02:00', '2026-07-15'], ['2026-07-15 10:32', '2026-07-15'],
    ['15/07/2026', '2026-07-15'], ['15/07/2026 10:32:11', '2026-07-15'], ['15.07.2026', '2026-07-15'], ['5/7/26', '2026-07-05'],
    ['2026-07', '2026-07'], ['07/2026', '2026-07'], ['2026-Q3', '2026-Q3'], ['2026 Q3', '2026-Q3'], ['Q3 2026', '2026-Q3'],
    ['q3-2026', '2026-Q3'], ['T3 2026', '2026-Q3'], ['2026-T4', '2026-Q4'], ['2026', '2026'],
    ['2026-02-29', undefined], ['2024-02-29', '2024-02-29'], ['31/04/2026', undefined], ['2026-13', undefined],
    ['Q5 2026', undefined], ['hier', undefined], ['2026-07-15 garbage', undefined], ['20260715', undefined],
  ] as const)('readDateOrPeriod(%j) is %j', (cell, expected) => {
    expect(readDateOrPeriod(cell)).toBe(expected);
  });

  it('reads month-first dates when told', () => {
    expect(readDateOrPeriod('07/15/2026 09:15:02 AM', 'mdy')).toBe('2026-07-15');
    expect(readDateOrPeriod('07/15/2026', 'dmy')).toBeUndefined();
  });
});

describe('inferDateOrder', () => {
  it('is month-first only on evidence, day-first otherwise', () => {
    expect(inferDateOrder(['07/15/2026', '07/16/2026'])).toBe('mdy');
    expect(inferDateOrder(['15/07/2026', '01/08/2026'])).toBe('dmy');
    expect(inferDateOrder(['01/02/2026'])).toBe('dmy');
    expect(inferDateOrder(['2026-07-15'])).toBeUndefined();
  });
});
