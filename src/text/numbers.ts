// Numbers in running text, in the formats of the languages bitext-qa checks, normalised to values:
// `1,000.5` = `1.000,5` = `1 000,5` = 1000.5; `5%` = `5 %` = `5 persen` = `5 Prozent`;
// `1,5 juta` = `1.5 million` = 1500000; `twenty-five` = `dua puluh lima` = 25.
//
// Overlap: digits that belong to something extracted separately are not numbers. Before scanning,
// the spans of URLs, e-mail addresses, @handles, #hashtags, clock times (`14:30`, `pukul 14.30`) and
// dates (everything `extractDates` finds, e.g. `(4/1)`, `4.1.2023`, `February 4, 2023`) are masked;
// a number is only reported when no character of it lies in a masked span. Digits glued to letters
// (`G20`, `COVID-19`, `F-16`) are identifiers, not numbers, except after a currency code (`Rp5.000`)
// and the Indonesian ordinal prefix (`ke-2`).
import { extractDates } from './dates.js';
import { hyphenWordSpans } from './letters.js';
import { LINK_GATE, LINK_SPAN_SOURCE } from './links.js';

export type NumberKind = 'number' | 'percent' | 'year' | 'ordinal';

/** One number found in a text. `text.slice(start, end) === raw`. */
export interface NumberMention {
  /** The value, with thousands separators, decimal commas and scale words resolved. */
  value: number;
  raw: string;
  start: number;
  end: number;
  kind: NumberKind;
  /** `digits` (`25`, `1,5 juta`) or `words` (`twenty-five`, `dua puluh lima`). */
  form: 'digits' | 'words';
}

export interface ExtractNumbersOptions {
  /** Spans `[start, end)` whose characters are never part of a number (added to the built-in masks). */
  exclude?: ReadonlyArray<readonly [number, number]>;
  /** Mask the dates that `extractDates` finds. @default true */
  skipDates?: boolean;
  /** Also read numbers written as words. @default true */
  words?: boolean;
}

/**
 * How a language writes numbers: its decimal mark, and whether a plain space may group thousands
 * (a no-break, narrow no-break or thin space always may). Languages not listed use `en`'s.
 */
export const NUMBER_FORMATS: Readonly<Record<string, { decimal: ',' | '.'; spaceGroups: boolean }>> = {
  en: { decimal: '.', spaceGroups: false },
  ms: { decimal: '.', spaceGroups: false },
  id: { decimal: ',', spaceGroups: false },
  es: { decimal: ',', spaceGroups: true },
  pt: { decimal: ',', spaceGroups: true },
  fr: { decimal: ',', spaceGroups: true },
  de: { decimal: ',', spaceGroups: true },
  it: { decimal: ',', spaceGroups: true },
  nl: { decimal: ',', spaceGroups: true },
};

/** Scale words after digits (`1,5 juta`, `2.3 million`, `5 Mrd.`). Language-specific meanings below. */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, bilion: 1e9, trilion: 1e12,
  mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, billón: 1e12, billones: 1e12,
  milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9, bilião: 1e12, biliões: 1e12,
  mille: 1e3, milliard: 1e9, milliards: 1e9,
  tausend: 1e3, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billionen: 1e12,
  mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
  duizend: 1e3, miljoen: 1e6, miljard: 1e9, biljoen: 1e12,
};
/** `billion` is 10¹² in the long-scale languages. */
const LONG_SCALE = new Set(['fr', 'de', 'es', 'it', 'nl', 'pt']);

const PERCENT_WORDS =
  /^[ \u00a0\u202f]*(?:percent|per cent|pct|persen|peratus|por ciento|por cento|pour cent|prozent|per cento|percento|procent)(?![\p{L}\p{N}])/iu;
const PERCENT_SIGN = /^[ \u00a0\u202f]?[%‰]/u;
const SCALE_AFTER = /^[ \u00a0\u202f]*(\p{L}+)(\.)?/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|er|re|e|ème|eme|è|º|ª|°|\.º|\.ª)(?![\p{L}\p{N}])/u;
const UNIT_AFTER = /^(?:km|m|cm|mm|kg|g|t|ha|mw|gw|kw|kwh|mb|gb|tb|ml|l|x)(?![\p{L}\p{N}])/iu;
const CURRENCY_PREFIX = /(?:^|[^\p{L}])(?:Rp|RM|Rs|USD|EUR|IDR|MYR|GBP|US)$/u;
const SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const THIN_SPACES = new Set(['\u00a0', '\u202f', '\u2009']);

/** Links (`text/links.ts`) and clock times: never numbers. */
const MASK_RE = new RegExp(
  String.raw`${LINK_SPAN_SOURCE}|\b\d{1,2}:\d{2}(?::\d{2})?\b|(?<=\b(?:pukul|jam|pkl\.?)\s)\d{1,2}[.:]\d{2}\b|\b\d{1,2}\.\d{2}(?=\s?(?:WIB|WITA|WIT|Uhr|h\b))`,
  'giu',
);

/** Text that `MASK_RE` can match passes `LINK_GATE` or this (each clock time has a digit, `.` or `:`, a digit). */
const CLOCK_GATE = /\d[.:]\d/u;

/** The character spans of URLs, e-mails, handles, hashtags and clock times in `text`. */
export function maskedSpans(text: string): Array<[number, number]> {
  if (!LINK_GATE.test(text) && !CLOCK_GATE.test(text)) return [];
  return [...text.matchAll(MASK_RE)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/**
 * Reads the numbers of `text`, digits and words, in the conventions of `lang` (ISO 639-1; when absent,
 * digit shapes decide and words are read as English). Sorted by `start`, never overlapping.
 */
export function extractNumbers(text: string, lang?: string, options: ExtractNumbersOptions = {}): NumberMention[] {
  // Masked spans clipped to the text (a sentence has a few: a list is cheaper than a mask per character).
  const spans: number[] = [];
  const mask = ([a, b]: readonly [number, number]) => {
    const from = Math.max(0, a), to = Math.min(text.length, b);
    if (from < to) spans.push(from, to);
  };
  maskedSpans(text).forEach(mask);
  options.exclude?.forEach(mask);
  if (options.skipDates !== false) for (const d of extractDates(text, lang)) mask([d.start, d.end]);
  /** Whether a character of `[start, end)` is masked. */
  const isMasked = (start: number, end: number) => {
    for (let k = 0; k < spans.length; k += 2) if (spans[k]! < end && start < spans[k + 1]!) return true;
    return false;
  };

  const out: NumberMention[] = [];
  const digitRe = /\d/g;
  let m: RegExpExecArray | null;
  while ((m = digitRe.exec(text))) {
    const found = readDigits(text, m.index, lang);
    digitRe.lastIndex = found ? found.end : skipDigits(text, m.index);
    if (!found || isMasked(found.start, found.end)) continue;
    out.push(found);
  }
  if (options.words !== false) {
    for (const w of findNumberWords(text, lang)) {
      if (isMasked(w.start, w.end)) continue;
      if (out.some((d) => d.start < w.end && w.start < d.end)) continue;
      out.push({ ...w, raw: text.slice(w.start, w.end), form: 'words' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Languages whose article `l'` OCR misreads as `1'`. */
const ELIDED_L = new Set(['fr', 'it', 'ca']);
const FRACTIONS = { '½': 0.5, '¼': 0.25, '¾': 0.75 } as const;
const FRACTION_AFTER = /^[ \u00a0]?([½¼¾])/u;
const OCR_ZEROS = /^O+(?![\p{L}\p{N}])/u;

function skipDigits(text: string, i: number): number {
  while (i < text.length && /[\d.,]/.test(text[i])) i++;
  return i;
}

/** A digit numeral starting at `start`, with its suffix (%, scale word, ordinal), or undefined. */
function readDigits(text: string, start: number, lang?: string): NumberMention | undefined {
  const before = text.slice(Math.max(0, start - 6), start);
  const prev = before.at(-1) ?? '';
  if (/\p{L}/u.test(prev) && !CURRENCY_PREFIX.test(before)) return undefined;
  let ordinal = false;
  if (prev === '-' && /\p{L}-$/u.test(before)) {
    if (!/(?:^|[^\p{L}])ke-$/iu.test(before)) return undefined;
    ordinal = true;
  }
  const numeral = readNumeral(text, start, lang);
  let { value, end } = numeral;
  // A `1` right before an apostrophe and a word, where the language elides its article (`1' expédition`,
  // `1'«Human»`), is the article `l'` misread by OCR, not a number.
  if (value === 1 && end === start + 1 && ELIDED_L.has(lang ?? '') && /^['’]\s?[\p{L}«"“]/u.test(text.slice(end, end + 3)) && !/\d$/u.test(before)) return undefined;
  // A whole number and a vulgar fraction (`1 ½ m`) are one number (1.5).
  const fraction = numeral.decimal ? null : text.slice(end, end + 2).match(FRACTION_AFTER);
  if (fraction) {
    value += FRACTIONS[fraction[1] as keyof typeof FRACTIONS];
    end += fraction[0].length;
  }
  // Capital Os right after the digits and before a non-letter (`7O.Jahrgang`, `19O5`) are zeros misread by OCR.
  const zeros = numeral.decimal ? null : text.slice(end, end + 4).match(OCR_ZEROS);
  if (zeros) {
    value = value * 10 ** zeros[0].length;
    end += zeros[0].length;
  }
  const rest = text.slice(end, end + 24);
  let kind: NumberKind = 'number';
  let sm: RegExpMatchArray | null;
  if ((sm = rest.match(PERCENT_SIGN)) || (sm = rest.match(PERCENT_WORDS))) {
    kind = 'percent';
    end += sm[0].length;
  } else if ((sm = rest.match(ORDINAL_SUFFIX)) && !numeral.grouped) {
    kind = 'ordinal';
    end += sm[0].length;
  } else if ((sm = rest.match(SCALE_AFTER)) && scaleOf(sm[1], lang) !== undefined) {
    value *= scaleOf(sm[1], lang)!;
    end += sm[0].length - (sm[2] && !/^(?:mrd|mio)$/i.test(sm[1]) ? 1 : 0);
  } else if (/^\p{L}/u.test(rest) && !UNIT_AFTER.test(rest)) {
    return undefined;
  } else if (!numeral.grouped && !numeral.decimal && numeral.end - start === 4 && value >= 1000 && value <= 2100) {
    kind = 'year';
  }
  if (ordinal) kind = 'ordinal';
  return { value: round(value), raw: text.slice(start, end), start, end, kind, form: 'digits' };
}

function scaleOf(word: string, lang?: string): number | undefined {
  const w = word.toLowerCase();
  if ((w === 'billion' || w === 'billions') && lang && LONG_SCALE.has(lang)) return 1e12;
  return SCALES[w];
}

const round = (v: number) => Math.round(v * 1e9) / 1e9;

interface Numeral { value: number; end: number; grouped: boolean; decimal: boolean }

/**
 * Reads `1,000.5`, `1.000,5`, `1 000,5`, `1'000`, `0,5`, `2023` at `start`. Shape decides when it can
 * (two different marks: the last is the decimal; a repeated mark groups thousands; a group that is not
 * three digits long follows a decimal mark); a single mark before exactly three digits is a decimal
 * mark only when it is `lang`'s decimal mark (`1.500` is 1500 in German, 1.5 in English).
 */
export function readNumeral(text: string, start: number, lang?: string): Numeral {
  const fmt = NUMBER_FORMATS[lang ?? ''] ?? { decimal: undefined, spaceGroups: false };
  const digitsAt = (i: number) => {
    let j = i;
    while (j < text.length && text[j] >= '0' && text[j] <= '9') j++;
    return j;
  };
  const lead = digitsAt(start);
  const seps: Array<{ ch: string; from: number; to: number }> = [];
  let i = lead;
  for (;;) {
    const ch = text[i];
    const isSpace = SPACES.has(ch);
    if (!ch || !(ch === '.' || ch === ',' || ch === "'" || ch === '’' || isSpace)) break;
    if (!/\d/.test(text[i + 1] ?? '')) break;
    const to = digitsAt(i + 1);
    if (isSpace && (to - i - 1 !== 3 || lead - start > 3 || (!THIN_SPACES.has(ch) && !fmt.spaceGroups))) break;
    seps.push({ ch: isSpace ? ' ' : ch, from: i + 1, to });
    i = to;
  }
  const plain = (end: number): Numeral => ({
    value: Number(text.slice(start, end)), end, grouped: false, decimal: false,
  });
  if (!seps.length) return plain(lead);
  const marks = seps.map((s) => s.ch);
  const last = seps[seps.length - 1];
  const lastLen = last.to - last.from;
  const distinct = new Set(marks);
  const groupsOk = (list: typeof seps) => lead - start <= 3 && list.every((s) => s.to - s.from === 3);
  let decimalAt = -1;
  if (distinct.size === 1) {
    const ch = marks[0];
    if (seps.length > 1) {
      if (!groupsOk(seps)) return plain(lead);
    } else if (ch !== ' ' && ch !== "'" && ch !== '’') {
      const leadDigits = text.slice(start, lead);
      if (lastLen !== 3 || leadDigits === '0' || lead - start > 3 || ch === fmt.decimal) decimalAt = 0;
    } else if (!groupsOk(seps)) return plain(lead);
  } else {
    const head = seps.slice(0, -1);
    if (distinct.size > 2 || head.some((s) => s.ch !== head[0].ch) || last.ch === head[0].ch) return plain(lead);
    if (last.ch === ' ' || last.ch === "'" || !groupsOk(head)) return plain(lead);
    decimalAt = seps.length - 1;
  }
  let digits = text.slice(start, lead);
  seps.forEach((s, k) => (digits += (k === decimalAt ? '.' : '') + text.slice(s.from, s.to)));
  return { value: Number(digits), end: last.to, grouped: decimalAt !== 0, decimal: decimalAt >= 0 };
}

/** Whether two extracted values are the same number (float noise aside). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// ---------------------------------------------------------------------------------------------
// Numbers written as words. One table per language; a text with no `lang` is read as English.
// Grammar (enough for the common cases): units add up (`twenty five`, `vingt-deux`), `hundred`-type
// words multiply what precedes them (`dua ratus`, `dua puluh` = 20), `belas` adds ten (`dua belas`),
// scale words close a group (`tiga juta`, `mil millones` = 10⁹); an article (`a`, `un`, `ein`, `een`)
// only counts before `hundred`/scale words (`a million`), never alone.

type WordType = 'unit' | 'mul' | 'add' | 'addTotal' | 'teen' | 'scale' | 'article' | 'joiner' | 'ordinal';
type WordTable = ReadonlyMap<string, { t: WordType; v: number }>;

const list = (words: string, from = 0, step = 1): Array<[string, number]> =>
  words.split(' ').map((w, i) => [w, from + i * step]);

function table(entries: Record<WordType, Array<[string, number]>>): Map<string, { t: WordType; v: number }> {
  const map = new Map<string, { t: WordType; v: number }>();
  for (const [t, pairs] of Object.entries(entries) as Array<[WordType, Array<[string, number]>]>) {
    for (const [w, v] of pairs) for (const form of w.split('/')) map.set(form, { t, v });
  }
  return map;
}

/** Generated compounds: 21..99 and hundreds/thousands written as one word (de, nl, it). */
function compounds(units: string[], tens: string[], join: (u: string, t: string) => string[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  tens.forEach((t, ti) => units.forEach((u, ui) => join(u, t).forEach((w) => out.push([w, (ti + 2) * 10 + ui + 1]))));
  return out;
}
const none: Array<[string, number]> = [];

/**
 * Ordinal words 1..n from stems, each with every ending (`zweit` + `e/en/er/es/em`); `/` in a stem
 * gives variants of one value. Ordinals up to ten are counterparts only (a word number that small is
 * never reported on its own), so they only keep `2e` / `zweiten` from looking unmatched.
 */
const ordinals = (stems: string, endings: readonly string[]): Array<[string, number]> =>
  stems.split(' ').map((stem, i): [string, number] => [stem.split('/').flatMap((v) => endings.map((e) => v + e)).join('/'), i + 1]);

const EN = table({
  // The old scores (`threescore and seventeen` = 77, `an hundred and fourscore thousand` = 180,000)
  // are tens like `sixty`: `and` joins units to them as to `sixty` (`threescore and ten`). The old
  // order, units before tens (`five and thirty` = 35, `two and twenty thousand` = 22,000), is read too,
  // but not after `between` (`between five and twenty` is two numbers).
  unit: [...list('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'), ...list('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10), ...list('twoscore threescore fourscore', 40, 20)],
  mul: [['hundred', 100]], add: none, addTotal: none, teen: none,
  scale: [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]],
  article: [['a/an', 1]], joiner: [['and', 0]],
  ordinal: list('first second third fourth fifth sixth seventh eighth ninth tenth', 1),
});
const ID_UNITS = list('nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas');
const ID_ORD: Array<[string, number]> = [['pertama', 1], ...list('kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh', 2)];
const ID = table({
  unit: ID_UNITS, mul: [['puluh', 10], ['ratus', 100]], add: [['seratus', 100]], addTotal: none, teen: [['belas', 10]],
  scale: [['seribu', 1e3], ['ribu', 1e3], ['juta', 1e6], ['sejuta', 1e6], ['miliar/milyar', 1e9], ['triliun', 1e12]],
  article: none, joiner: none, ordinal: ID_ORD,
});
const MS = table({
  unit: [...ID_UNITS, ['lapan', 8]], mul: [['puluh', 10], ['ratus', 100]], add: [['seratus', 100]], addTotal: none,
  teen: [['belas', 10]], article: none, joiner: none, ordinal: [...ID_ORD, ['kelapan', 8]],
  scale: [['seribu', 1e3], ['ribu', 1e3], ['juta', 1e6], ['sejuta', 1e6], ['bilion', 1e9], ['trilion', 1e12]],
});
const ES = table({
  unit: [...list('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'), ...list('treinta cuarenta cincuenta sesenta setenta ochenta noventa', 30, 10)],
  mul: none, add: [['cien/ciento', 100], ...list('doscientos/doscientas trescientos/trescientas cuatrocientos/cuatrocientas quinientos/quinientas seiscientos/seiscientas setecientos/setecientas ochocientos/ochocientas novecientos/novecientas', 200, 100)],
  addTotal: none, teen: none, ordinal: none,
  scale: [['mil', 1e3], ['millón/millones', 1e6], ['billón/billones', 1e12]], article: [['un/una', 1]], joiner: [['y', 0]],
});
const PT = table({
  unit: [...list('zero um/uma dois/duas três quatro cinco seis sete oito nove dez onze doze treze catorze/quatorze quinze dezesseis/dezasseis dezessete/dezassete dezoito dezenove/dezanove'), ...list('vinte trinta quarenta cinquenta sessenta setenta oitenta noventa', 20, 10)].filter(([w]) => !w.startsWith('um')),
  mul: none, add: [['cem/cento', 100], ...list('duzentos/duzentas trezentos/trezentas quatrocentos/quatrocentas quinhentos/quinhentas seiscentos/seiscentas setecentos/setecentas oitocentos/oitocentas novecentos/novecentas', 200, 100)],
  addTotal: none, teen: none, ordinal: none,
  scale: [['mil', 1e3], ['milhão/milhões', 1e6], ['bilhão/bilhões', 1e9]], article: [['um/uma', 1]], joiner: [['e', 0]],
});
const FR = table({
  unit: [...list('zéro _ deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'), ...list('vingt trente quarante cinquante soixante', 20, 10), ['quatre-vingt/quatre-vingts', 80]],
  mul: [['cent/cents', 100]], add: none, addTotal: none, teen: none,
  // `second(e)` is left out: also a unit of time (`une seconde`).
  ordinal: [['premier/première/premiers/premières', 1], ...ordinals('_ deux trois quatr cinqu six sept huit neuv dix', ['ième', 'ièmes']).slice(1)],
  scale: [['mille', 1e3], ['million/millions', 1e6], ['milliard/milliards', 1e9]], article: [['un/une', 1]], joiner: [['et', 0]],
});
const DE_U = 'ein zwei drei vier fünf sechs sieben acht neun'.split(' ');
const DE_T = 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' ');
const DE = table({
  unit: [...list('null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'), ...DE_T.map((w, i): [string, number] => [w, 20 + i * 10]), ...compounds(DE_U, DE_T, (u, t) => [`${u}und${t}`])],
  mul: [['hundert', 100]], add: DE_U.map((u, i): [string, number] => [`${u}hundert`, (i + 1) * 100]),
  addTotal: DE_U.map((u, i): [string, number] => [`${u}tausend`, (i + 1) * 1000]), teen: none,
  // `achten`/`achter` are left out: also a verb (`achten auf`) and a word of its own.
  ordinal: ordinals('erst zweit dritt viert fünft sechst siebt/siebent acht neunt zehnt', ['e', 'en', 'er', 'es', 'em']).map(([w, v]): [string, number] => [w.split('/').filter((f) => f !== 'achten' && f !== 'achter').join('/'), v]),
  scale: [['tausend', 1e3], ['million/millionen', 1e6], ['milliarde/milliarden', 1e9]], article: [['eine', 1]], joiner: none,
});
const IT_U = 'uno due tre quattro cinque sei sette otto nove'.split(' ');
const IT_T = 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta'.split(' ');
const IT = table({
  unit: [...list('zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove'), ...IT_T.map((w, i): [string, number] => [w, 20 + i * 10]), ...compounds(IT_U, IT_T, (u, t) => (/^[uo]/.test(u) ? [t.slice(0, -1) + u] : u === 'tre' ? [`${t}tre`, `${t}tré`] : [t + u]))],
  mul: [['cento', 100]], add: IT_U.slice(1).map((u, i): [string, number] => [`${u}cento`, (i + 2) * 100]),
  addTotal: IT_U.slice(1).map((u, i): [string, number] => [`${u}mila`, (i + 2) * 1000]), teen: none, ordinal: none,
  scale: [['mille', 1e3], ['mila', 1e3], ['milione/milioni', 1e6], ['miliardo/miliardi', 1e9]], article: [['un/una', 1]], joiner: none,
});
const NL_U = 'een twee drie vier vijf zes zeven acht negen'.split(' ');
const NL_T = 'twintig dertig veertig vijftig zestig zeventig tachtig negentig'.split(' ');
const NL = table({
  unit: [...list('nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'), ...NL_T.map((w, i): [string, number] => [w, 20 + i * 10]), ...compounds(NL_U, NL_T, (u, t) => (u.endsWith('e') ? [`${u}ën${t}`, `${u}en${t}`] : [`${u}en${t}`]))],
  mul: [['honderd', 100]], add: NL_U.slice(1).map((u, i): [string, number] => [`${u}honderd`, (i + 2) * 100]),
  addTotal: NL_U.slice(1).map((u, i): [string, number] => [`${u}duizend`, (i + 2) * 1000]), teen: none, ordinal: none,
  scale: [['duizend', 1e3], ['miljoen', 1e6], ['miljard', 1e9]], article: [['een', 1]], joiner: none,
});
// Icelandic: 1–4 inflect for gender and case (`tveir/tvær/tvö`, `tveimur`); 21–99 join with `og`
// (`tuttugu og fimm`), as Spanish with `y`. The nouns for a digit as a thing (a die's face, a card, a
// mark: `fá sexu` = to get a six) count as that digit (`áttu`, also a verb, is left out).
const IS = table({
  unit: [
    ...list('núll einn/ein/eitt tveir/tvær/tvö/tveimur/tveggja þrír/þrjár/þrjú/þremur/þriggja fjórir/fjórar/fjögur/fjórum/fjögurra fimm sex sjö átta níu tíu ellefu tólf þrettán fjórtán fimmtán sextán sautján átján nítján'),
    ...list('tuttugu þrjátíu fjörutíu fimmtíu sextíu sjötíu áttatíu níutíu', 20, 10),
    ...list('tvistur/tvist/tvisti þristur/þrist/þristi fjarki/fjarka fimma/fimmu sexa/sexu sjöa/sjöu', 2),
  ],
  mul: [['hundrað/hundruð', 100]], add: none, addTotal: none, teen: none, ordinal: none,
  scale: [['þúsund', 1e3], ['milljón/milljónir/milljóna', 1e6], ['milljarður/milljarðar/milljarða', 1e9]], article: none, joiner: [['og', 0]],
});
const WORD_TABLES: Readonly<Record<string, WordTable>> = { en: EN, id: ID, ms: MS, es: ES, pt: PT, fr: FR, de: DE, it: IT, nl: NL, is: IS };

interface WordNumber { value: number; start: number; end: number; kind: NumberKind }

/**
 * A hash of the first part (up to a hyphen) of a word, lower-cased, for ASCII words; -1 when that part
 * holds a character outside ASCII (such a word is always looked up). Only a gate: equal hashes are
 * then checked by `lookup`.
 */
function firstPartHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 45) break;
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c |= 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/**
 * Per table, the `firstPartHash` of every word and of every word's first part: a word whose hash is
 * not there is no number word and no hyphenated compound of them (`lookup` would say undefined), so
 * most words of a text are passed over without a string of their own.
 */
const FIRST_PARTS = new Map<WordTable, Set<number>>();
function firstParts(words: WordTable): Set<number> {
  let set = FIRST_PARTS.get(words);
  if (!set) {
    set = new Set();
    for (const w of words.keys()) set.add(firstPartHash(w, 0, w.length));
    FIRST_PARTS.set(words, set);
  }
  return set;
}

/** Word spans (`hyphenWordSpans`) of the text being read, reused between calls. */
const spans: number[] = [];

/**
 * Numbers written as words in `text` (the table of `lang`, English when absent or unknown).
 * `gate: false` looks every word up (the plain path the fast path is tested against).
 */
export function findNumberWords(text: string, lang?: string, gate = true): WordNumber[] {
  const words = WORD_TABLES[lang ?? 'en'] ?? EN;
  const parts = firstParts(words);
  const out: WordNumber[] = [];
  const tokens = hyphenWordSpans(text, spans); // not re-entered before the loop ends
  let i = 0;
  while (i < tokens.length / 2) {
    const start = tokens[2 * i]!, end = tokens[2 * i + 1]!;
    // A sequence starts only at a number word (readWordSequence would fail there and move on by one).
    const hash = gate ? firstPartHash(text, start, end) : -1;
    if ((hash !== -1 && !parts.has(hash)) || !lookup(text.slice(start, end), start, text, words, lang)) {
      i++;
      continue;
    }
    const seq = readWordSequence(text, tokens, i, words, lang);
    if (seq.number) out.push(seq.number);
    i = seq.next;
  }
  return out;
}

function lookup(token: string, index: number, text: string, words: WordTable, lang?: string) {
  const lower = token.toLowerCase();
  // Most words are not number words: answer them before any other work.
  if (!lower.includes('-') && !words.has(lower)) return undefined;
  const split = words.has(lower) ? [lower] : lower.replace(/quatre-vingt(s?)(?=-|$)/, 'quatre_vingt$1').split('-');
  const parts = split.map((p) => words.get(p.replace('_', '-')));
  if (parts.some((p) => !p)) return undefined;
  const atStart = () => /^[\s"'“‘«(]*$/.test(text.slice(0, index));
  if (lower !== token && !atStart() && !(lang === 'de' && parts.every((p) => p!.t === 'scale' || p!.t === 'mul'))) return undefined;
  return parts as Array<{ t: WordType; v: number }>;
}

/**
 * Whether `parts` is an article that opens a new group after a scale word (`an hundred thousand and
 * eight thousand and an hundred` = 108,100; `six hundred thousand and a thousand seven hundred` =
 * 601,700): the running value is all in `total`, nothing pending.
 */
const articleAfterScale = (parts: ReadonlyArray<{ t: WordType }>, total: number, cur: number, last: number | null) =>
  parts.length === 1 && parts[0]!.t === 'article' && total > 0 && cur === 0 && last === null;

/** Whether the word before `start` is `between` (`between five and twenty` is two numbers, not 25). */
const afterBetween = (text: string, start: number) => /\bbetween\s+$/iu.test(text.slice(Math.max(0, start - 12), start));

/** The number that the words from token `from` on spell (`tokens`: start, end, start, end… as `hyphenWordSpans`). */
function readWordSequence(text: string, tokens: readonly number[], from: number, words: WordTable, lang?: string) {
  let total = 0, cur = 0, last: number | null = null, lastScale = Infinity;
  let start = -1, end = -1, meaningful = false, article = false, joined = false, i = from;
  const value = () => total + cur + (last ?? 0);
  const fail = { number: undefined, next: from + 1 };
  const count = tokens.length / 2;
  for (; i < count; i++) {
    const tokStart = tokens[2 * i]!, tokEnd = tokens[2 * i + 1]!;
    if (i > from && !/^\s+$/.test(text.slice(tokens[2 * i - 1], tokStart))) break;
    const parts = lookup(text.slice(tokStart, tokEnd), tokStart, text, words, lang);
    if (!parts) break;
    if (parts.length === 1 && parts[0].t === 'ordinal') {
      if (i > from) break;
      return { number: { value: parts[0].v, start: tokStart, end: tokEnd, kind: 'ordinal' as const }, next: i + 1 };
    }
    if (parts.length === 1 && parts[0].t === 'joiner') {
      const next = i === from || i + 1 >= count ? undefined : lookup(text.slice(tokens[2 * i + 2], tokens[2 * i + 3]), tokens[2 * i + 2]!, text, words, lang);
      if (!next) break;
      // `… thousand and an hundred`: an article after a closed scale group only before a multiplier or scale.
      if (articleAfterScale(next, total, cur, last) && !(i + 2 < count && lookup(text.slice(tokens[2 * i + 4], tokens[2 * i + 5]), tokens[2 * i + 4]!, text, words, lang)?.every((p) => p.t === 'mul' || p.t === 'scale'))) break;
      joined = true;
      continue;
    }
    const saved = [total, cur, last, lastScale, meaningful, article] as const;
    let ok = true;
    for (const { t, v } of parts) {
      if (article && t !== 'mul' && t !== 'scale') { ok = false; break; }
      if (t === 'article' && joined && last !== null && last % 10 === 0 && last >= 20 && last < 100) {
        last += v;
      } else if (t === 'article' && joined && articleAfterScale(parts, total, cur, last)) {
        article = true; last = 1;
      } else if (t === 'article') {
        if (meaningful || last !== null) { ok = false; break; }
        article = true; last = 1;
      } else if (t === 'unit') {
        if (last === null) last = v;
        // English units before their tens (`five and thirty` = 35, `an hundred and seven and twenty` = 127).
        else if (joined && words === EN && last >= 1 && last <= 9 && v >= 20 && v < 100 && v % 10 === 0 && !afterBetween(text, tokens[2 * from]!)) last += v;
        else if (last % 10 === 0 && last >= 10 && last < 100 && (v < 10 || ((last === 60 || last === 80) && v < 20))) last += v;
        else { ok = false; break; }
      } else if (t === 'teen') {
        if (last === null || last >= 10) { ok = false; break; }
        last += v;
      } else if (t === 'mul') {
        cur += (last ?? 1) * v; last = null;
      } else if (t === 'add') {
        if (last !== null) { ok = false; break; }
        cur += v;
      } else if (t === 'addTotal') {
        if (last !== null || cur) { ok = false; break; }
        total += v;
      } else if (t === 'scale') {
        const n = cur + (last ?? 0);
        if (!n && total && v > lastScale) total *= v;
        else total += (n || 1) * v;
        cur = 0; last = null; lastScale = v;
      }
      if (t !== 'article') { meaningful = true; article = false; }
    }
    joined = false;
    if (!ok) {
      [total, cur, last, lastScale, meaningful, article] = saved;
      break;
    }
    if (start < 0) start = tokStart;
    end = tokEnd;
  }
  if (!meaningful || start < 0) return fail;
  return { number: { value: value(), start, end, kind: 'number' as const }, next: Math.max(i, from + 1) };
}
