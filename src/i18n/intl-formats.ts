/**
 * Memoised Intl formats per language, without the catalogs, so that the catalogs themselves can
 * format the counts they put in sentences ("2,988 respondents", « 2 988 répondants »).
 */
import type { Lang } from './translation.ts';

/** One formatter per language and options, made on first use (making one costs far more than using it). */
function memoised<Options, Format>(make: (locale: string, options: Options) => Format): (lang: Lang, options?: Options) => Format {
  const formats = new Map<string, Format>();
  return (lang, options = {} as Options) => {
    const key = `${lang}|${JSON.stringify(options)}`;
    let format = formats.get(key);
    if (format === undefined) {
      format = make(lang === 'fr' ? 'fr-FR' : 'en-GB', options);
      formats.set(key, format);
    }
    return format;
  };
}

/** Memoised Intl.NumberFormat per language and options. */
export const numberFormat = memoised((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

/** Memoised Intl.DateTimeFormat per language and options. */
export const dateFormat = memoised((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

/** A whole count with the language's digit grouping. */
export function countText(lang: Lang, n: number): string {
  return numberFormat(lang).format(n);
}
