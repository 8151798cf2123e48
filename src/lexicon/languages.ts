// ISO 639 codes of the languages the lexicons cover: FreeDict names its dictionaries with
// three-letter codes (`freedict-eng-ind`), bitext-qa speaks two-letter ones (`en`, `id`).

/** Two-letter code → FreeDict's three-letter code, for every language we know a dictionary of. */
export const ISO3: Readonly<Record<string, string>> = Object.freeze({
  en: 'eng', id: 'ind', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol', ru: 'rus',
  sv: 'swe', fi: 'fin', is: 'isl', ja: 'jpn', ar: 'ara', tr: 'tur', cs: 'ces', ms: 'msa', da: 'dan', no: 'nor',
  hu: 'hun', ro: 'ron', el: 'ell', uk: 'ukr', bg: 'bul', lt: 'lit', zh: 'zho', ko: 'kor', hi: 'hin',
});

const ISO1 = new Map(Object.entries(ISO3).map(([two, three]) => [three, two]));

/** The two-letter code of a two- or three-letter code (`ind` → `id`); `undefined` when unknown. */
export function toIso1(code: string): string | undefined {
  const c = code.toLowerCase();
  if (Object.hasOwn(ISO3, c)) return c;
  return ISO1.get(c);
}

/** Language codes of a FreeDict-style file name (`freedict-eng-ind.index` → `['en', 'id']`), if it has them. */
export function pairFromFileName(name: string): [string, string] | undefined {
  const m = /(?:^|[^a-z])([a-z]{2,3})-([a-z]{2,3})(?:\.[a-z.]+)?$/i.exec(name.replace(/^.*[\\/]/, ''));
  if (!m) return undefined;
  const a = toIso1(m[1]);
  const b = toIso1(m[2]);
  return a && b ? [a, b] : undefined;
}
