// Whether a run of Chinese characters reads as a Latin-script name (`基甸` ji dian ~ `Gideon`,
// `罗波安` luo bo an ~ `Rehoboam`, `利亚` li ya ~ `Leah`). Chinese writes a foreign name with
// characters chosen for their sound, so the run's toneless pinyin is compared with the name's
// spelling, both reduced to a coarse sound skeleton: consonants by class (l/r, b/p, d/t, g/k/c and
// pinyin j/q, s/z/x/sh/c and the pinyin sibilants, f/v/w), vowels as one vowel, a letter repeated
// once. A weighted edit distance then counts what differs; what transliteration adds or drops is
// cheap (the vowel of `斯` si or `克` ke written for a bare consonant, an `h`, a name's last
// consonant, a pinyin final n), a consonant of another class is dear.
//
// The characters and their readings come from a table derived from CC-CEDICT's name entries
// (`lexicons/zh-translit.*`, src/lexicon/transliteration-table.ts); this module only compares.

/** Sound classes of the skeleton. `V` vowel, `v` a weak vowel (pinyin's e/u/-i after a consonant: often none in the name). */
export type Sound = 'V' | 'v' | 'P' | 'F' | 'W' | 'T' | 'K' | 'S' | 'C' | 'J' | 'H' | 'L' | 'M' | 'N';

/** Most name letters compared (a longer word is no name a transliteration is looked for). */
const MAX_LETTERS = 16;

const isVowel = (s: Sound): boolean => s === 'V' || s === 'v';

/** Latin letters (lower case, no accents) as sounds; digraphs first. */
export function latinSounds(word: string): Sound[] {
  const w = word.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const out: Sound[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const next = w[i + 1] ?? '';
    const two = c + next;
    if (two === 'ph') (out.push('F'), i++);
    else if (two === 'th') (out.push('T'), i++);
    else if (two === 'sh') (out.push('S'), i++);
    else if (two === 'ch' || two === 'kh') (out.push('C'), i++);
    else if (two === 'ck' || two === 'qu' || two === 'gh') (out.push('K'), i++);
    else if ('aeiouy'.includes(c)) out.push('V');
    else if (c === 'b' || c === 'p') out.push('P');
    else if (c === 'f') out.push('F');
    else if (c === 'v' || c === 'w') out.push('W');
    else if (c === 'd' || c === 't') out.push('T');
    else if (c === 'k' || c === 'q') out.push('K');
    else if (c === 'g') out.push(next === 'e' || next === 'i' || next === 'y' ? 'J' : 'K');
    else if (c === 'c') out.push(next === 'e' || next === 'i' || next === 'y' ? 'S' : 'K');
    else if (c === 's' || c === 'z') out.push('S');
    else if (c === 'x') out.push('K', 'S');
    else if (c === 'j') out.push('J');
    else if (c === 'h') out.push('H');
    else if (c === 'l' || c === 'r') out.push('L');
    else if (c === 'm') out.push('M');
    else if (c === 'n') out.push('N');
  }
  return collapse(out);
}

/** Pinyin initials, longest first, as sounds. */
const INITIALS: ReadonlyArray<readonly [string, Sound]> = [
  ['zh', 'C'], ['ch', 'C'], ['sh', 'S'], ['b', 'P'], ['p', 'P'], ['m', 'M'], ['f', 'F'], ['d', 'T'], ['t', 'T'],
  ['n', 'N'], ['l', 'L'], ['r', 'L'], ['g', 'K'], ['k', 'K'], ['h', 'H'], ['j', 'J'], ['q', 'C'], ['x', 'S'],
  ['z', 'S'], ['c', 'S'], ['s', 'S'], ['w', 'W'],
];

/** One toneless pinyin syllable (`dian`, `si`, `er`) as sounds. */
export function syllableSounds(syllable: string): Sound[] {
  const s = syllable.toLowerCase();
  if (s === 'er') return ['v', 'L'];
  let rest = s;
  const out: Sound[] = [];
  if (rest.startsWith('y')) rest = rest.slice(1) || 'i';
  else {
    const init = INITIALS.find(([p]) => rest.startsWith(p));
    if (init) {
      out.push(init[1]);
      rest = rest.slice(init[0].length);
    }
  }
  const nasal = /n(?:g)?$/.exec(rest);
  const vowels = nasal ? rest.slice(0, nasal.index) : rest;
  if (vowels !== '') {
    // A lone e/u after a consonant (`ke`, `te`, `bu`, `mu`) and the buzzed -i of z/c/s/zh/ch/sh/r (`si`, `shi`)
    // are what Chinese adds to write a consonant with no vowel after it in the name.
    const weak = out.length > 0 && (vowels === 'e' || vowels === 'u' || (vowels === 'i' && /^(?:[zcs]|zh|ch|sh|r)i$/.test(s)));
    out.push(weak ? 'v' : 'V');
  }
  if (nasal) out.push('N');
  return out;
}

/** Runs of one sound as one (`Anna`, `an na`), a vowel run as one vowel. */
function collapse(sounds: Sound[]): Sound[] {
  const out: Sound[] = [];
  for (const s of sounds) {
    const last = out[out.length - 1];
    if (last === s) continue;
    if (last !== undefined && isVowel(last) && isVowel(s)) {
      out[out.length - 1] = 'V';
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Pairs of sounds that transliteration confuses, and what one costs (0 same, 1 unrelated). */
const NEAR: Readonly<Record<string, number>> = {
  'V v': 0, 'C K': 0, 'C S': 0, 'C J': 0, 'J K': 0.2, 'J S': 0.4, 'J V': 0.3, 'H K': 0.5, 'H C': 0.5,
  'F W': 0.3, 'F P': 0.5, 'V W': 0.5, 'W v': 0.5, 'M N': 0.5, 'T S': 0.8, 'H V': 0.6, 'H v': 0.6,
};

function substitution(a: Sound, b: Sound): number {
  if (a === b) return 0;
  return NEAR[a < b ? `${a} ${b}` : `${b} ${a}`] ?? 1;
}

/** Cost of a name sound the transliteration leaves out; `last`: the name's last sound (`David`, 大卫). */
function dropped(s: Sound, last: boolean): number {
  if (s === 'H') return 0.2;
  if (isVowel(s)) return last ? 0.2 : 0.3;
  return last ? 0.5 : 0.9;
}

/** Cost of a transliteration sound the name does not have. */
function added(s: Sound): number {
  if (s === 'v') return 0.1;
  if (s === 'V') return 0.4;
  if (s === 'N' || s === 'H') return 0.5;
  return 1;
}

/**
 * How well pinyin syllables read as a Latin word: 1 - (edit cost / the name's weight), where a
 * consonant weighs 1 and a vowel 0.5; 1 is a perfect reading, 0 or less none.
 */
export function transliterationScore(word: string, syllables: readonly string[]): number {
  return soundScore(latinSounds(word.slice(0, MAX_LETTERS)), pinyinSounds(syllables));
}

/** Pinyin syllables as one sound skeleton (what {@link soundScore} compares with a name's). */
export function pinyinSounds(syllables: readonly string[]): Sound[] {
  return collapse(syllables.flatMap(syllableSounds));
}

/**
 * {@link transliterationScore} of two skeletons: a name's ({@link latinSounds}) and a reading's
 * ({@link pinyinSounds}). With `atLeast`, a score that cannot reach it may be returned as 0 early
 * (once every prefix of the name costs more than it allows).
 */
export function soundScore(a: readonly Sound[], b: readonly Sound[], atLeast = -Infinity): number {
  if (a.length === 0 || b.length === 0) return 0;
  const weight = a.reduce((w, s) => w + (isVowel(s) ? 0.5 : 1), 0);
  const budget = (1 - atLeast) * weight;
  const m = b.length;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + added(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const drop = dropped(a[i - 1]!, i === a.length);
    cur[0] = prev[0]! + drop;
    let least = cur[0]!;
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j - 1]! + substitution(a[i - 1]!, b[j - 1]!), prev[j]! + drop, cur[j - 1]! + added(b[j - 1]!));
      if (cur[j]! < least) least = cur[j]!;
    }
    // Costs only grow row by row: when every cell is over the budget, the score cannot reach `atLeast`.
    if (least > budget + 1e-9) return 0;
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[m]! / weight;
}

/** Fewest and most characters of a run read as one name. */
const MIN_RUN = 2;
const MAX_RUN = 5;
/** Most reading combinations tried for one run (characters with several readings multiply them). */
const MAX_COMBINATIONS = 8;

/** A span of a text whose characters all have readings: where a transliterated name can be. */
export interface ReadableRun {
  /** UTF-16 offsets, end excluded. */
  readonly start: number;
  readonly end: number;
  /** Readings of each character. */
  readonly readings: readonly (readonly string[])[];
}

/** The maximal runs of at least two characters of `text` that `readings` has (each a name candidate). */
export function readableRuns(text: string, readings: ReadonlyMap<string, readonly string[]>): ReadableRun[] {
  const out: ReadableRun[] = [];
  let start = -1;
  let run: (readonly string[])[] = [];
  for (let i = 0; i <= text.length; i++) {
    const r = i < text.length ? readings.get(text[i]!) : undefined;
    if (r) {
      if (start < 0) start = i;
      run.push(r);
      continue;
    }
    if (start >= 0 && run.length >= MIN_RUN) out.push({ start, end: i, readings: run });
    start = -1;
    run = [];
  }
  return out;
}

/** The reading combinations of some characters, at most {@link MAX_COMBINATIONS} (first readings first). */
function combinations(readings: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const r of readings) out = out.flatMap((prefix) => r.map((s) => [...prefix, s])).slice(0, MAX_COMBINATIONS);
  return out;
}

/** A part of a run that may be one name: its offsets and its readings (syllable lists). */
export interface RunSpan {
  readonly start: number;
  readonly end: number;
  readonly readings: readonly string[][];
}

/** Every part of 2-5 characters of a run, with its reading combinations. */
export function runSpans(run: ReadableRun): RunSpan[] {
  const out: RunSpan[] = [];
  for (let a = 0; a + MIN_RUN <= run.readings.length; a++) {
    for (let b = a + MIN_RUN; b <= Math.min(run.readings.length, a + MAX_RUN); b++) {
      out.push({ start: run.start + a, end: run.start + b, readings: combinations(run.readings.slice(a, b)) });
    }
  }
  return out;
}

/**
 * The best reading of `word` in `runs`: its score and where (a run's part of 2-5 characters). With
 * `atLeast`, readings that cannot reach it are given up early and may come back with score 0 (see
 * {@link soundScore}); the best reading at or above it is the same.
 */
export function bestTransliteration(word: string, runs: readonly ReadableRun[], atLeast = -Infinity): { score: number; start: number; end: number } | undefined {
  const sounds = latinSounds(word.slice(0, MAX_LETTERS));
  let best: { score: number; start: number; end: number } | undefined;
  for (const span of runs.flatMap(runSpans)) {
    for (const syllables of span.readings) {
      const score = soundScore(sounds, pinyinSounds(syllables), atLeast);
      if (!best || score > best.score) best = { score, start: span.start, end: span.end };
    }
  }
  return best;
}
