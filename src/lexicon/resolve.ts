// Finds the concepts of a text's words on one side of a pair, for the lexical embedder's concept
// features. Words are looked up as written (lower case), then by stem, then without a few endings
// the stemmer leaves; runs of two or three words are tried first where a multiword entry starts
// (`kerja sama` → cooperation, `foreign minister`). Runs of Han or kana in Japanese and Chinese, written
// without spaces, are split by longest match.
import { isCjk, isDigit, isWordChar } from '../embed/lexical/featurize.js';
import { FNV_OFFSET, FNV_PRIME, fnvRange, fnvStep } from '../embed/lexical/hash.js';
import { isStopword } from '../embed/lexical/stopwords.js';
import { transliterate } from '../text/fold.js';
import { LINKING_ELEMENTS, MIN_HEAD, MIN_PART, splitCompound } from './compound.js';
import { conceptCounts, conceptFirstWords, multiwordStarters } from './counts.js';
import { PairMemo } from './pair-memo.js';
import { englishBases } from './english-forms.js';
import { indonesianRoots } from './roots-id.js';
import type { ConceptMap, SideLexicons } from './pair.js';
import { EXTRA_SUFFIXES, stemmerFor } from './stem.js';

/** The concepts of one word or word run: hashed ids and weights; `starts`: a multiword entry may start here. */
interface Hit {
  readonly hashes: Int32Array;
  readonly weights: Float32Array;
  starts: boolean;
}

/** A candidate word of an unspaced run: its concepts, and whether a longer form starts with it. */
interface Candidate {
  readonly hit: Hit;
  readonly prefix: boolean;
}

const NONE: Hit = Object.freeze({ hashes: new Int32Array(0), weights: new Float32Array(0), starts: false }) as Hit;

/** Longest form looked up in a run of Han or kana (the shipped ja and zh lexicons keep forms of up to this many characters). */
export const MAX_CJK_MATCH = 4;
/** Languages written without spaces: their runs of CJK characters are split by longest match against the lexicon. */
const UNSPACED = new Set(['ja', 'zh']);
/** Memoised words per side before the memo is cleared. */
const MEMO_LIMIT = 200_000;

/** Lower case of the code units that have one (Latin, Greek, Cyrillic, Armenian), for the word hashes. */
const LOWER = (() => {
  const table = new Uint16Array(0x600);
  for (let c = 0; c < table.length; c++) {
    const l = String.fromCharCode(c).toLowerCase();
    table[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return table;
})();

const lowerCode = (c: number): number => (c < 0x600 ? LOWER[c] : c);

const conceptHash = (c: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < c.length; i++) h = fnvStep(h, c.charCodeAt(i));
  return h;
};

/**
 * How specific a concept is: 1 for a concept up to 2 forms map to, then falling slowly (0.6 for
 * 10 forms, 0.4 for 50: `make`, `take`): `min(1, 2 / (1 + ln df))`
 * (docs/tuning.md, "Compounds, concept specificity and the vector dimension").
 */
const specificity = (df: number): number => Math.min(1, 2 / (1 + Math.log(Math.max(1, df))));

/** Factor on the concepts of a function word (`dalam`, `pada`, `the`): the embedder's stop-word factor. */
const STOPWORD_FACTOR = 0.2;

/**
 * Factor on the concepts of each part of a compound the lexicon does not know as a whole: a part
 * is the word's meaning only in part (`Gipfelmannschaft` is a team, not a summit).
 */
const COMPOUND_FACTOR = 0.7;

/**
 * Factor on the concepts of a word's root found by removing derivational affixes the stemmer does
 * not (`meningkatkan` → tingkat): a derived word means its root only in part.
 */
const ROOT_FACTOR = 0.7;

/** How a language's words found no other way are brought back to a root or base form. */
interface RootFinder {
  /** Candidate roots of a word, most likely first. */
  readonly roots: (word: string) => readonly string[];
  /** Factor on the root's concepts. */
  readonly factor: number;
  /**
   * Whether a root is looked up only as written in the maps (an Indonesian candidate may be a cut
   * word that a stem would match); English has no maps, its words are the other side's concepts.
   */
  readonly exact: boolean;
}

/**
 * Root finders per language, for words found no other way: Indonesian roots by confix stripping
 * (roots-id.ts); English base forms of irregular and older verb forms (english-forms.ts: `went` is
 * `go`, wholly, so at factor 1).
 */
const ROOTS: Readonly<Record<string, RootFinder>> = {
  id: { roots: indonesianRoots, factor: ROOT_FACTOR, exact: true },
  en: { roots: englishBases, factor: 1, exact: false },
};

/**
 * Factor on a concept reached through a translation and back (`Gipfel` → `sommet` → `Spitze`): a
 * synonym of the word, not the word.
 */
const ROUND_TRIP_FACTOR = 0.7;

/** Every proper prefix (1 to {@link MAX_CJK_MATCH} − 1 characters) of the forms and stems of `maps`. */
function formPrefixes(maps: readonly ConceptMap[]): Set<string> {
  const out = new Set<string>();
  for (const m of maps) {
    for (const keys of [m.forms.keys(), m.stems.keys()]) {
      for (const key of keys) for (let n = 1; n < Math.min(key.length, MAX_CJK_MATCH); n++) out.add(key.slice(0, n));
    }
  }
  return out;
}

/**
 * Languages whose words are folded before the stop-word test: the list is ASCII-folded (`med`,
 * `thad`), and most Icelandic function words carry ð, þ or á (`með`, `það`, `frá`). The other
 * languages' concept weights were tuned with their few such words (`für`, `très`) unfolded; folding
 * them too lowered Text+Berg's comparable recall (docs/tuning.md, "Round 8 (isl11)").
 */
const FOLDED_STOPWORDS = new Set(['is']);

/** Whether `word` (lower case) is a function word; `fold`: ASCII-fold it first, as the embedder folds text. */
const isFunctionWord = (word: string, fold = false): boolean => {
  if (word.includes(' ')) return false;
  const w = fold ? transliterate(word) : word;
  return isStopword(fnvRange(w, 0, w.length));
};

/** Looks up the concepts of one side's words (one instance per embedder and side: it memoises). */
export class ConceptResolver {
  private readonly stem: (w: string) => string;
  private readonly extra: readonly string[];
  private readonly df: ReadonlyMap<string, number>;
  private readonly starters = new Set<string>();
  private readonly memo = new Map<string, Hit>();
  private readonly wordMemo = new PairMemo<Hit>(MEMO_LIMIT);
  private readonly runMemo = new PairMemo<Hit>(MEMO_LIMIT);
  /** Candidates of unspaced runs by two hashes of their code units (as written), so a match slices no string. */
  private readonly candidateMemo = new PairMemo<Candidate>(MEMO_LIMIT);
  /** The concepts of the last {@link matchAt}'s match. */
  private matched: Hit = NONE;
  private readonly hits: Hit[] = [];
  /** Per word of the text being resolved: start, end and its two hashes (`4 · k` onwards). */
  private spans = new Int32Array(256);
  /** Whether this side's language is written without spaces (Japanese, Chinese). */
  private readonly cjk: boolean;
  /** Proper prefixes of this side's forms (built on the first longest match). */
  private prefixes: ReadonlySet<string> | undefined;
  /** How a word's roots are found; `undefined` for a language without a root finder. */
  private readonly roots: RootFinder | undefined;
  /** Whether words are ASCII-folded before the stop-word test ({@link FOLDED_STOPWORDS}). */
  private readonly folds: boolean;
  /** Linking elements of compound parts; `undefined` for a language whose words are not split. */
  private readonly linking: readonly string[] | undefined;
  /** Compound parts looked up without splitting them further (`1` or `0` + the part: last or not). */
  private readonly partMemo = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly side: SideLexicons) {
    this.stem = stemmerFor(side.lang);
    this.extra = EXTRA_SUFFIXES[side.lang] ?? [];
    this.cjk = UNSPACED.has(side.lang);
    this.linking = LINKING_ELEMENTS[side.lang];
    this.folds = FOLDED_STOPWORDS.has(side.lang);
    this.roots = ROOTS[side.lang];
    this.df = conceptCounts(side.maps);
    for (const m of side.maps) for (const w of multiwordStarters(m)) this.starters.add(w);
    for (const [prefix, counts] of side.identities) for (const w of conceptFirstWords(counts, prefix)) this.starters.add(w);
  }

  /** Calls `emit(hash, weight)` for every concept found in `text` (weights before the feature weight). */
  resolve(text: string, emit: (hash: number, weight: number) => void): void {
    // Words are memoised by two hashes of their lower-cased code units, computed while scanning, so
    // a word seen before costs no string: only a miss slices and lower-cases it.
    const hits = this.hits;
    hits.length = 0;
    let spans = this.spans;
    const n = text.length;
    for (let i = 0; i < n; ) {
      if (!this.inWord(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      let h1 = FNV_OFFSET;
      let h2 = 0x2545f491;
      let digits = false;
      for (; j < n; j++) {
        let d = text.charCodeAt(j);
        if (!this.inWord(d)) break;
        if (isDigit(d)) digits = true;
        d = lowerCode(d);
        h1 = Math.imul(h1 ^ d, FNV_PRIME);
        h2 = Math.imul(h2 + d, 0x9e3779b1) ^ (h2 >>> 15);
      }
      // An apostrophe inside a word (`l'économie`, `aujourd'hui`) ends the word before it.
      if (!digits) {
        // An unspaced run is split below, by longest match: it needs no lookup (nor a memo entry) as a whole.
        let hit = this.cjk && isCjk(text.charCodeAt(i)) ? NONE : this.wordMemo.get(h1, h2);
        if (hit === undefined) {
          hit = this.lookup(text.slice(i, j).toLowerCase());
          this.wordMemo.set(h1, h2, hit);
        }
        const at = 4 * hits.length;
        if (at + 4 > spans.length) {
          const grown = new Int32Array(2 * spans.length);
          grown.set(spans);
          spans = this.spans = grown;
        }
        spans[at] = i;
        spans[at + 1] = j;
        spans[at + 2] = h1;
        spans[at + 3] = h2;
        hits.push(hit);
      }
      i = j;
    }
    for (let k = 0; k < hits.length; ) {
      const from = spans[4 * k];
      if (this.cjk && isCjk(text.charCodeAt(from))) {
        this.unspaced(text, from, spans[4 * k + 1], emit);
        k++;
        continue;
      }
      let used = 1;
      const single = hits[k];
      if (k + 1 < hits.length && single.starts) {
        for (let m = Math.min(3, hits.length - k); m >= 2; m--) {
          // The run's memo key combines its words' hashes; only a miss builds the string.
          let c1 = 0x5bd1e995;
          let c2 = 0x1b873593;
          for (let q = k; q < k + m; q++) {
            c1 = Math.imul(c1 ^ spans[4 * q + 2], FNV_PRIME) ^ (c1 >>> 13);
            c2 = Math.imul(c2 + spans[4 * q + 3], 0x9e3779b1) ^ (c2 >>> 15);
          }
          let hit = this.runMemo.get(c1, c2);
          if (hit === undefined) {
            const words: string[] = [];
            for (let q = k; q < k + m; q++) words.push(text.slice(spans[4 * q], spans[4 * q + 1]).toLowerCase());
            hit = this.compute(words.join(' '));
            this.runMemo.set(c1, c2, hit);
          }
          if (hit.hashes.length > 0) {
            this.emitHit(hit, emit);
            used = m;
            break;
          }
        }
      }
      if (used === 1) this.emitHit(single, emit);
      k += used;
    }
  }

  private inWord(c: number): boolean {
    return isWordChar(c) || (this.cjk && isCjk(c));
  }

  /**
   * The concept hashes of one word, as written and by its stem together (`française` is
   * `frenchwoman` as written and `french` by its stem `français`): for checks that ask whether a
   * word may translate another, not for weighting.
   */
  wordConcepts(word: string): Set<number> {
    const w = word.toLowerCase();
    const out = new Set<number>();
    for (const key of new Set([w, this.stem(w)])) for (const h of this.lookup(key).hashes) out.add(h);
    return out;
  }

  /**
   * Length of the longest form the lexicon knows that starts at `run[at]` (a run of Han or kana,
   * at most {@link MAX_CJK_MATCH} characters), 0 when none: how unspaced text is split into words.
   * Candidates grow one character at a time while some longer form starts with them, so most
   * positions cost one or two lookups.
   */
  longestMatch(run: string, at: number): number {
    return this.matchAt(run, at, run.length);
  }

  /**
   * {@link longestMatch} within `text[at, end)`, its concepts left in {@link matched}. Candidates are
   * memoised by hashes of their code units, grown with the candidate: a candidate seen before costs
   * no string and no string-keyed lookup.
   */
  private matchAt(text: string, at: number, end: number): number {
    let best = 0;
    this.matched = NONE;
    let h1 = FNV_OFFSET;
    let h2 = 0x2545f491;
    for (let n = 1, max = Math.min(MAX_CJK_MATCH, end - at); n <= max; n++) {
      const d = text.charCodeAt(at + n - 1);
      h1 = Math.imul(h1 ^ d, FNV_PRIME);
      h2 = Math.imul(h2 + d, 0x9e3779b1) ^ (h2 >>> 15);
      let c = this.candidateMemo.get(h1, h2);
      if (c === undefined) {
        const candidate = text.slice(at, at + n);
        this.prefixes ??= formPrefixes(this.side.maps);
        c = { hit: this.lookup(candidate), prefix: this.prefixes.has(candidate) };
        this.candidateMemo.set(h1, h2, c);
      }
      if (c.hit.hashes.length > 0) {
        best = n;
        this.matched = c.hit;
      }
      if (!c.prefix) break;
    }
    return best;
  }

  /** Emits the concepts of the words of the unspaced run `text[from, end)`, split by longest match. */
  private unspaced(text: string, from: number, end: number, emit: (hash: number, weight: number) => void): void {
    for (let i = from; i < end; ) {
      const n = this.matchAt(text, i, end);
      if (n > 0) this.emitHit(this.matched, emit);
      i += Math.max(1, n);
    }
  }

  private emitHit(hit: Hit, emit: (hash: number, weight: number) => void): void {
    for (let i = 0; i < hit.hashes.length; i++) emit(hit.hashes[i], hit.weights[i]);
  }

  /** Concepts of a word or word run (memoised). */
  private lookup(key: string): Hit {
    let hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    hit = this.compute(key);
    this.memo.set(key, hit);
    return hit;
  }

  /**
   * Concepts of a compound part, concept id → weight (memoised; a part is never split again): the
   * last part as any word, the others as written or without a linking element.
   */
  private part(key: string, last: boolean): ReadonlyMap<string, number> {
    const memoKey = (last ? '1' : '0') + key;
    let found = this.partMemo.get(memoKey);
    if (found !== undefined) return found;
    if (this.partMemo.size >= MEMO_LIMIT) this.partMemo.clear();
    if (isFunctionWord(key, this.folds)) found = new Map();
    else if (last) found = this.direct(key, this.stem(key), false);
    else {
      found = this.direct(key, key, true);
      for (const l of this.linking ?? []) {
        if (found.size > 0) break;
        if (key.length - l.length >= MIN_HEAD && key.endsWith(l)) found = this.direct(key.slice(0, -l.length), '', true);
      }
    }
    this.partMemo.set(memoKey, found);
    return found;
  }

  /** A word the lexicon does not know, split into known parts: their concepts, each at `COMPOUND_FACTOR`. */
  private compound(key: string, found: Map<string, number>): void {
    if (!this.linking || key.length < MIN_HEAD + MIN_PART || key.includes(' ')) return;
    const parts = splitCompound(key, (p, last) => this.part(p, last).size > 0);
    if (!parts) return;
    parts.forEach((p, i) => {
      for (const [c, w] of this.part(p, i === parts.length - 1)) found.set(c, Math.max(found.get(c) ?? 0, COMPOUND_FACTOR * w));
    });
  }

  /** A word the lexicon does not know: the concepts of its first root a lexicon holds, each at the language's factor. */
  private root(key: string, found: Map<string, number>): void {
    if (!this.roots || key.includes(' ')) return;
    const { roots, factor, exact } = this.roots;
    for (const r of roots(key)) {
      const hit = this.direct(r, exact ? r : this.stem(r), exact);
      if (hit.size === 0) continue;
      for (const [c, w] of hit) found.set(c, factor * w);
      return;
    }
  }

  /**
   * Concepts of a word or word run as written, by stem, or without an extra ending (`exact`: only
   * as written, in the maps: the other side's concept ids are stems, so they would match a word cut
   * in the middle): concept id → weight.
   */
  private direct(key: string, stem: string, exact: boolean): Map<string, number> {
    const found = new Map<string, number>();
    const fromMap = (m: ConceptMap, k: string, s: string): boolean => {
      const list = exact ? m.forms.get(k) : (m.forms.get(k) ?? m.stems.get(s) ?? m.forms.get(s));
      if (!list) return false;
      const cs = list.split('|');
      const share = 1 / Math.sqrt(cs.length);
      for (const c of cs) found.set(c, Math.max(found.get(c) ?? 0, share * specificity(this.df.get(c) ?? 1)));
      return true;
    };
    for (const m of this.side.maps) {
      if (fromMap(m, key, stem) || exact) continue;
      for (const suffix of this.extra) {
        if (key.length - suffix.length < 3 || !key.endsWith(suffix)) continue;
        const k = key.slice(0, -suffix.length);
        if (fromMap(m, k, this.stem(k))) break;
      }
    }
    for (const [prefix, counts] of exact ? [] : this.side.identities) {
      for (const c of [prefix + stem, prefix + key]) {
        const df = counts.get(c);
        if (df !== undefined) {
          found.set(c, Math.max(found.get(c) ?? 0, specificity(df)));
          break;
        }
      }
    }
    return found;
  }

  /**
   * Adds to `found` the concepts its concepts translate back to in this side's own language (a
   * German word's French translations' German translations; an English word's synonyms, the other
   * concepts of the X words it translates), so that two words meet when one's translation is a
   * synonym of the other.
   */
  private roundTrip(found: Map<string, number>): void {
    const back = this.side.back;
    if (!back || back.length === 0) return;
    const own = this.side.identities.get(this.side.lang === 'en' ? '' : `${this.side.lang}:`);
    const add: [string, number][] = [];
    for (const [c, w] of found) {
      for (const { prefix, map } of back) {
        if (!c.startsWith(prefix)) continue;
        const word = c.slice(prefix.length);
        const list = map.forms.get(word) ?? map.stems.get(word);
        if (!list) continue;
        const cs = list.split('|');
        const share = 1 / Math.sqrt(cs.length);
        for (const z of cs) add.push([z, ROUND_TRIP_FACTOR * w * share * specificity(own?.get(z) ?? 1)]);
      }
    }
    for (const [z, w] of add) if (w > (found.get(z) ?? 0)) found.set(z, w);
  }

  private compute(key: string): Hit {
    const stem = key.includes(' ') ? key.split(' ').map(this.stem).join(' ') : this.stem(key);
    const found = this.direct(key, stem, false);
    if (found.size === 0) this.compound(key, found);
    if (found.size === 0) this.root(key, found);
    if (found.size > 0 && !isFunctionWord(key, this.folds)) this.roundTrip(found);
    const starts = !key.includes(' ') && (this.starters.has(key) || this.starters.has(stem));
    if (found.size === 0) return starts ? { ...NONE, starts } : NONE;
    const f = isFunctionWord(key, this.folds) ? STOPWORD_FACTOR : 1;
    return { hashes: Int32Array.from(found.keys(), conceptHash), weights: Float32Array.from(found.values(), (w) => w * f), starts };
  }
}
