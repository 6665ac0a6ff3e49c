/**
 * What `<sym-importer>` decides without a DOM: the roles offered per column, the explicit mapping
 * sent back to the import, and the words and numbers shown about files and progress.
 */
import { rolesOf, type ColumnMappingEntry, type ColumnRole, type FilePreview } from '../../ingest/index.ts';
import { formatNumber, numberFormat } from '../../i18n/format.ts';
import type { Lang, Translation } from '../../i18n/translation.ts';
import type { ImportKind } from './importer.types.ts';

/** Roles offered in a column's select: the detected ones first, "ignore" last. */
export function roleOptions(kind: ImportKind): ColumnRole[] {
  const roles = rolesOf(kind).filter((r) => r !== 'ignore');
  return [...roles, 'ignore'];
}

/** The role chosen per column index, starting from the preview's detection. */
export function initialRoles(preview: FilePreview): Map<number, ColumnRole> {
  return new Map(preview.columns.map((c) => [c.index, c.role]));
}

/**
 * The explicit mapping for the import: header → role for every column. A `Map`, so a header such
 * as `__proto__` stays a key. Headers that repeat are left to detection: a name cannot tell them apart.
 */
export function explicitMapping(preview: FilePreview, roles: ReadonlyMap<number, ColumnRole>): Map<string, ColumnMappingEntry> {
  const counts = new Map<string, number>();
  for (const c of preview.columns) counts.set(c.column, (counts.get(c.column) ?? 0) + 1);
  const mapping = new Map<string, ColumnMappingEntry>();
  for (const c of preview.columns) {
    if (c.column === '' || counts.get(c.column) !== 1) continue;
    const role = roles.get(c.index) ?? c.role;
    // Keep the detected item id (Google Forms grid statements) when the role stays "item".
    mapping.set(c.column, role === 'item' && c.itemId !== undefined ? { item: c.itemId } : role);
  }
  return mapping;
}

/** Whether the user changed any role from what detection found. */
export function rolesChanged(preview: FilePreview, roles: ReadonlyMap<number, ColumnRole>): boolean {
  return preview.columns.some((c) => (roles.get(c.index) ?? c.role) !== c.role);
}

/** A file size in kB or MB, by Intl. */
export function formatFileSize(lang: Lang, bytes: number): string {
  // Never "0 kB": a small file reads as 0.1 kB.
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 0.1), 'kilobyte'];
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** The one-line description of a previewed file: size, encoding, delimiter, decimal separator, source. */
export function fileFacts(t: Translation, lang: Lang, preview: FilePreview): string {
  const s = t.importer;
  return s.fileFacts({
    size: formatFileSize(lang, preview.size),
    encoding: s.encodingName[preview.encoding ?? 'unknown'],
    delimiter: s.delimiterName[preview.delimiter],
    decimal: s.decimalName[preview.decimal],
    source: s.sourceName[preview.source],
  });
}

/** Progress as a whole percentage for `aria-valuenow`, and as words for `aria-valuetext`. */
export function progressView(t: Translation, lang: Lang, fraction: number, stage: string): { percent: number; text: string } {
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  const stageText = (t.importer.stage as Record<string, string>)[stage] ?? t.importer.stage.starting;
  return { percent, text: t.importer.progressText(numberFormat(lang, { style: 'percent' }).format(percent / 100), stageText) };
}

/** Rows as the summary shows them. */
export function formatRows(lang: Lang, rows: number): string {
  return formatNumber(lang, rows);
}
