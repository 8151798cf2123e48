// Text folding shared by the stages: accent folding, rough transliteration to ASCII, and the
// lower-cased ASCII key used to compare words across scripts (`Москва` meets `Moskva`).
// None of these preserve string length, so never use their output for character offsets.

/** Letters that NFD does not decompose but that read as plain Latin letters. */
const SPECIAL_LATIN: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i',
  œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l',
  Ŀ: 'L', ŋ: 'ng', Ŋ: 'Ng', ſ: 's', ĸ: 'q', ə: 'e', Ə: 'E', ɛ: 'e', Ɛ: 'E', ɔ: 'o', Ɔ: 'O',
  ƒ: 'f', ŉ: 'n', ĳ: 'ij', Ĳ: 'IJ', ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl',
  'ʻ': '', 'ʼ': '', 'ʿ': '', 'ʾ': '',
};

/** Diacritic marks that folding removes (Latin, Greek, Cyrillic, Hebrew points, Arabic harakat). */
const DIACRITIC_RE =
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LATIN).join('')}]`, 'g');
const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * Removes diacritics and folds special Latin letters, keeping case and script:
 * `Rodríguez` → `Rodriguez`, `Straße` → `Strasse`, `Łódź` → `Lodz`, `Ἀθῆναι` → `Αθηναι`.
 * Only diacritic marks are removed (Indic vowel signs, Japanese voicing marks and Hangul stay intact).
 */
export function foldAccents(s: string): string {
  if (ASCII_RE.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(DIACRITIC_RE, '')
    .replace(SPECIAL_RE, (ch) => SPECIAL_LATIN[ch] ?? ch)
    .normalize('NFC');
}

/** Space-separated romanisations of a run of consecutive code points; `-` stands for nothing. */
function run(first: number, romanised: string, into: Map<number, string>): void {
  romanised.split(' ').forEach((r, i) => into.set(first + i, r === '-' ? '' : r));
}

/** Lower-case (or caseless) letters of the supported scripts. */
function buildScriptTable(): Map<number, string> {
  const t = new Map<number, string>();
  // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian).
  run(0x430, 'a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya', t);
  run(0x450, 'e e dj gj ye dz i yi j lj nj c kj i u dz', t);
  t.set(0x491, 'g');
  // Greek (modern values; accented vowels arrive here through NFD).
  run(0x3b1, 'a v g d e z i th i k l m n x o p r s s t y f ch ps o', t);
  // Armenian.
  run(0x561, 'a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts w p k o f', t);
  t.set(0x587, 'ev');
  // Georgian (Mkhedruli, plus archaic letters).
  run(0x10d0, 'a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h e y w q o f', t);
  // Hebrew (consonants only; vowel points are stripped).
  run(0x5d0, '- b g d h v z kh t y k k l m m n n s - f p ts ts k r sh t', t);
  // Arabic, Persian, Urdu (consonantal; short vowels are not written).
  run(0x621, '- a a w i y a b a t th j h kh d dh r z s sh s d t z - gh k k y y y - f q k l m n h w a y', t);
  const arabicExtra: Array<[number, string]> = [
    [0x67e, 'p'], [0x686, 'ch'], [0x698, 'zh'], [0x6a9, 'k'], [0x6af, 'g'], [0x6cc, 'y'], [0x6c1, 'h'],
    [0x6be, 'h'], [0x6d2, 'e'], [0x679, 't'], [0x688, 'd'], [0x691, 'r'], [0x6ba, 'n'], [0x671, 'a'],
    [0x60c, ','], [0x61b, ';'], [0x61f, '?'], [0x66a, '%'], [0x66b, '.'], [0x66c, ','], [0x6d4, '.'],
  ];
  for (const [c, r] of arabicExtra) t.set(c, r);
  // Decimal digits of many scripts (Arabic-Indic, Persian, Devanagari, Bengali, …, Thai, Myanmar).
  for (const zero of [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810]) {
    for (let d = 0; d < 10; d++) t.set(zero + d, String(d));
  }
  // Typographic spaces, quotes and dashes → their ASCII counterparts.
  for (const c of [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) t.set(c, ' ');
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) t.set(c, "'");
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033]) t.set(c, '"');
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) t.set(c, '-');
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) t.set(c, '');
  const marks: Array<[number, string]> = [[0xab, '"'], [0xbb, '"'], [0x2039, "'"], [0x203a, "'"], [0x2026, '...'], [0xbf, '?'], [0xa1, '!']];
  for (const [c, r] of marks) t.set(c, r);
  return t;
}

/** Upper-case code point → its lower-case partner in the script tables. */
function lowerPartner(c: number): number {
  if (c >= 0x410 && c <= 0x42f) return c + 0x20; // Cyrillic А–Я
  if (c >= 0x400 && c <= 0x40f) return c + 0x50; // Cyrillic Ѐ–Џ
  if (c === 0x490) return 0x491; // Ґ
  if (c >= 0x391 && c <= 0x3a9) return c + 0x20; // Greek Α–Ω
  if (c >= 0x531 && c <= 0x556) return c + 0x30; // Armenian
  if (c >= 0x1c90 && c <= 0x1cbf) return c - 0xbc0; // Georgian Mtavruli
  if (c >= 0x10a0 && c <= 0x10c5) return c + 0x30; // Georgian Asomtavruli
  return -1;
}

const capitalise = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

let scriptTable: Map<number, string> | undefined;
/** Memo of code unit → transliteration, filled lazily so importing this module costs nothing. */
let memo: Array<string | undefined> | undefined;

/** Transliteration of one BMP code unit outside Devanagari, without context. */
function mapCode(c: number): string {
  scriptTable ??= buildScriptTable();
  const ch = String.fromCharCode(c);
  const special = SPECIAL_LATIN[ch];
  if (special !== undefined) return special;
  const own = scriptTable.get(c);
  if (own !== undefined) return own;
  const lower = lowerPartner(c);
  if (lower >= 0 && scriptTable.has(lower)) return capitalise(scriptTable.get(lower)!);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0); // fullwidth ASCII
  DIACRITIC_RE.lastIndex = 0;
  if (DIACRITIC_RE.test(ch)) return '';
  if (c < 0x2000) {
    // Precomposed letters (Latin, Greek, Cyrillic with diacritics): decompose and map the parts.
    const nfd = ch.normalize('NFD');
    if (nfd !== ch) {
      let out = '';
      for (let i = 0; i < nfd.length; i++) {
        const p = nfd.charCodeAt(i);
        const m = p < 0x80 ? nfd[i]! : mapCode(p);
        if (!ASCII_RE.test(m)) return ch;
        out += m;
      }
      return out;
    }
  }
  return ch;
}

function lookup(c: number): string {
  memo ??= new Array<string | undefined>(0x10000).fill(undefined);
  let m = memo[c];
  if (m === undefined) memo[c] = m = mapCode(c);
  return m;
}

/** Devanagari consonants (U+0915–U+0939) and their vowel signs; read by {@link devanagari}. */
const DEVA_CONSONANTS = 'k kh g gh n ch chh j jh n t th d dh n t th d dh n n p ph b bh m y r r l l l v sh sh s h'.split(' ');
const DEVA_VOWELS: Readonly<Record<number, string>> = {
  0x904: 'e', 0x905: 'a', 0x906: 'a', 0x907: 'i', 0x908: 'i', 0x909: 'u', 0x90a: 'u', 0x90b: 'ri', 0x90c: 'li',
  0x90d: 'e', 0x90e: 'e', 0x90f: 'e', 0x910: 'ai', 0x911: 'o', 0x912: 'o', 0x913: 'o', 0x914: 'au',
  0x93e: 'a', 0x93f: 'i', 0x940: 'i', 0x941: 'u', 0x942: 'u', 0x943: 'ri', 0x944: 'ri', 0x945: 'e',
  0x946: 'e', 0x947: 'e', 0x948: 'ai', 0x949: 'o', 0x94a: 'o', 0x94b: 'o', 0x94c: 'au', 0x960: 'ri', 0x962: 'li',
  0x901: 'n', 0x902: 'n', 0x903: 'h', 0x950: 'om', 0x964: '.', 0x965: '.',
};
const DEVA_NUKTA: Readonly<Record<number, string>> = { 0x958: 'q', 0x959: 'kh', 0x95a: 'gh', 0x95b: 'z', 0x95c: 'r', 0x95d: 'rh', 0x95e: 'f', 0x95f: 'y' };
const isDevaLetter = (c: number): boolean => c >= 0x900 && c <= 0x963;

/**
 * Rough Devanagari romanisation starting at `s[i]`: consonants carry an inherent `a` unless a virama
 * or vowel sign follows, and the inherent `a` is dropped at the end of a word (Hindi schwa deletion).
 * Returns the text and how many code units it consumed.
 */
function devanagari(s: string, i: number): [string, number] {
  const c = s.charCodeAt(i);
  let base: string | undefined;
  if (c >= 0x915 && c <= 0x939) base = DEVA_CONSONANTS[c - 0x915];
  else base = DEVA_NUKTA[c];
  if (base === undefined) {
    if (c >= 0x966 && c <= 0x96f) return [String(c - 0x966), 1];
    return [DEVA_VOWELS[c] ?? (c === 0x93c || c === 0x94d ? '' : s[i]!), 1];
  }
  let j = i + 1;
  if (s.charCodeAt(j) === 0x93c) j++; // nukta
  const next = s.charCodeAt(j);
  if (next === 0x94d) return [base, j + 1 - i]; // virama: bare consonant
  if (next >= 0x93e && next <= 0x94c) return [base + (DEVA_VOWELS[next] ?? ''), j + 1 - i];
  return [isDevaLetter(next) ? base + 'a' : base, j - i]; // schwa kept inside a word only
}

/**
 * Rough romanisation to ASCII, keeping case: Latin with diacritics, Cyrillic, Greek, Armenian,
 * Georgian, Hebrew and Arabic/Persian (consonantal), Devanagari (with inherent vowels), digits of
 * many scripts, fullwidth forms, typographic spaces/quotes/dashes/guillemets/ellipsis. `Москва` → `Moskva`,
 * `Αθήνα` → `Athina`, `Rodríguez` → `Rodriguez`, `१२३` → `123`.
 * CJK, kana, Hangul, Thai and any other script pass through unchanged, as do characters outside
 * the BMP and emoji. The result is not offset-preserving.
 */
export function transliterate(s: string): string {
  if (ASCII_RE.test(s)) return s;
  let out = '';
  let start = 0; // start of the pending run of unchanged characters
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) {
      i++;
      continue;
    }
    let mapped: string;
    let used = 1;
    if (c >= 0x900 && c <= 0x97f) [mapped, used] = devanagari(s, i);
    else if ((c === 0x578 || c === 0x548) && s.charCodeAt(i + 1) === 0x582) {
      mapped = c === 0x548 ? 'U' : 'u'; // Armenian ու
      used = 2;
    } else mapped = lookup(c);
    if (used === 1 && mapped.length === 1 && mapped.charCodeAt(0) === c) {
      i++;
      continue;
    }
    out += s.slice(start, i) + mapped;
    i += used;
    start = i;
  }
  return start === 0 ? s : out + s.slice(start);
}

/** Lower-cased {@link transliterate}: the key under which words of different scripts meet. */
export function asciiFold(s: string): string {
  return transliterate(s).toLowerCase();
}
