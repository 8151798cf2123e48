// Language codes in plain words for report headings: `id` → `Indonesian`.

/**
 * English name of a language code (`id` → `Indonesian`); `unknown language` for `und` (what a side
 * with no text or an undetectable language carries) or no code; the code itself when it has no name.
 */
export function languageName(lang: string): string {
  // ICU names `und` "Root" (its locale tree), which means nothing to a reader.
  if (lang === '' || lang === 'und') return 'unknown language';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    return name && name !== lang ? name : lang;
  } catch {
    return lang;
  }
}
