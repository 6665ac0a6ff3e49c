import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Lang, Translation } from './translation.ts';
import { dateFormat, numberFormat } from './intl-formats.ts';

export { countText, dateFormat, numberFormat } from './intl-formats.ts';

const catalogs: Record<Lang, Translation> = { en, fr };

/** Maps any BCP 47 tag to a supported language (French for fr-*, English otherwise). */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function translation(lang: Lang): Translation {
  return catalogs[lang];
}

/** A number with a fixed count of decimals, or an en dash for undefined values. */
export function formatNumber(lang: Lang, value: number | null | undefined, decimals = 0, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** A percentage given in percent units (42.5 → "42.5%" / "42,5 %"). */
export function formatPercent(lang: Lang, value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value / 100);
}

/** A p-value as researchers write it: "< 0.001" below a thousandth. */
export function formatP(lang: Lang, p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '–';
  if (p < 0.001) return `< ${formatNumber(lang, 0.001, 3)}`;
  return formatNumber(lang, p, 3);
}

/** "p = 0.031" or "p < 0.001": the comparison sign belongs to the clause. */
export function formatPClause(lang: Lang, p: number | null | undefined): string {
  const text = formatP(lang, p);
  return text.startsWith('<') ? `p ${text}` : `p = ${text}`;
}

/** "2026-Q3" → "Q3 2026" / "T3 2026"; months and years through Intl. */
export function formatPeriod(lang: Lang, period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return lang === 'fr' ? `T${quarter[2]} ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return dateFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return period;
}
