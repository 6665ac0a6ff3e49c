/**
 * Accent- and case-insensitive text for matching: decomposed (NFD), combining marks removed,
 * lower-cased, so "Équipe", "equipe" and "ÉQUIPE" meet. Header recognition, unit search and
 * name matching in comments build on it.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
