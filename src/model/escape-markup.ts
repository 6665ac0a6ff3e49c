/**
 * The one escaper for text written into markup: HTML fragments (story exports, the CLI report)
 * and standalone SVG files (chart exports). It lives here, at the bottom of the layers, so the
 * CLI, the recognition domain and the components share it without importing one another.
 *
 * @module
 */

// Numeric references for the quote, backtick and equals sign: `&apos;` is not an HTML 4 entity
// and `&#96;`/`&#61;` have no name in XML, while `&#NN;` means the same in HTML and in XML.
const MARKUP_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/**
 * Escapes text for element content or a quoted attribute value, in HTML and in XML (SVG) alike.
 * Beyond the five characters XML requires, the backtick and `=` are escaped too, so a value
 * cannot open an attribute even where a browser is lenient about quotes.
 */
export function escapeMarkup(text: string): string {
  return String(text).replace(/[&<>"'`=]/g, (c) => MARKUP_ESCAPES[c] as string);
}
