/**
 * Memoised Intl formats per language, without the catalogs, so that the catalogs themselves can
 * format the counts they put in sentences ("2,988 respondents", « 2 988 répondants »).
 */
import type { Lang } from './translation.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Memoised Intl.NumberFormat per locale and options. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options);
    numberFormats.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Memoised Intl.DateTimeFormat per locale and options. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A whole count with the language's digit grouping. */
export function countText(lang: Lang, n: number): string {
  return numberFormat(lang).format(n);
}
