import { describe, expect, it } from 'vitest';
import { previewFile } from '../../src/ingest/index.ts';
import { translation } from '../../src/i18n/format.ts';
import {
  explicitMapping,
  fileFacts,
  formatFileSize,
  initialRoles,
  progressView,
  roleOptions,
  rolesChanged,
} from '../../src/components/importer/importer-model.ts';

const csv = 'Team,Timestamp,How much do you agree? [I have the tools],__proto__,Team\r\nLyon,2026-07-01,4,x,Lyon\r\n';

describe('importer model', () => {
  it('offers the roles of each kind, "ignore" last', () => {
    expect(roleOptions('customers')).toEqual(['unit', 'period', 'date', 'customer', 'nps', 'csat', 'ces', 'fcr', 'comment', 'channel', 'segment', 'ignore']);
    expect(roleOptions('employees')).toEqual(['unit', 'period', 'date', 'respondent', 'enps', 'item', 'item-name', 'value', 'ignore']);
  });

  it('maps every column by header, keeps detected item ids, and leaves repeated headers to detection', async () => {
    const preview = await previewFile(new TextEncoder().encode('Where,Timestamp,How much do you agree? [I have the tools],__proto__\r\nLyon,2026-07-01,4,x\r\n'), 'employees', { file: 's.csv' });
    const roles = initialRoles(preview);
    expect([...roles.values()]).toEqual(['ignore', 'date', 'item', 'ignore']);
    expect(rolesChanged(preview, roles)).toBe(false);
    roles.set(0, 'unit');
    expect(rolesChanged(preview, roles)).toBe(true);
    const mapping = explicitMapping(preview, roles);
    expect([...mapping]).toEqual([
      ['Where', 'unit'], ['Timestamp', 'date'], ['How much do you agree? [I have the tools]', { item: 'i_have_the_tools' }], ['__proto__', 'ignore'],
    ]);
    const repeated = await previewFile(new TextEncoder().encode(csv), 'employees', { file: 'r.csv' });
    expect([...explicitMapping(repeated, initialRoles(repeated)).keys()]).toEqual(['Timestamp', 'How much do you agree? [I have the tools]', '__proto__']);
  });

  it('describes a file and the progress in both languages', async () => {
    const preview = await previewFile(new TextEncoder().encode('\uFEFFMagasin;Date;NPS\r\nLyon;01/07/2026;9\r\n'), 'customers', { file: 'a.csv' });
    expect(fileFacts(translation('en'), 'en', preview)).toBe('0.1 kB · UTF-8 with BOM · semicolon-separated · decimal comma · generic CSV');
    expect(fileFacts(translation('fr'), 'fr', preview)).toBe('0,1\u202fko · UTF-8 avec BOM · séparé par des points-virgules · virgule décimale · CSV générique');
    expect(formatFileSize('en', 52_400_000)).toBe('52 MB');
    expect(formatFileSize('fr', 2_500_000)).toBe('2,5\u202fMo');
    expect(progressView(translation('en'), 'en', 0.426, 'customers')).toEqual({ percent: 43, text: '43%, reading the customer feedback' });
    expect(progressView(translation('fr'), 'fr', 1, 'storing')).toEqual({ percent: 100, text: '100\u00a0%, enregistrement' });
    expect(progressView(translation('en'), 'en', 0, 'unknown-stage').text).toBe('0%, starting');
  });
});
