// The lexical embedder: offline, no model. Cross-lingual anchors (numbers, names, cognates, URLs,
// handles, hashtags, length) hashed into a fixed-size, L2-normalised vector.
import { OptionError } from '../../errors.js';
import { transliterate } from '../../text/fold.js';
import type { EmbedOptions, Embedder } from '../types.js';
import type { AdditiveEmbedder } from './additive.js';
import { Featurizer } from './featurize.js';
import { BatchIdf } from './idf.js';
import { WordCache } from './word-cache.js';
import { type PairConcepts, pairConcepts } from './concepts.js';
import { type LexicalOptions, type ResolvedLexicalOptions, lexicalId, resolveLexicalOptions } from './options.js';
import { primaryLang } from '../../text/language-tag.js';

export { DEFAULT_LEXICAL_OPTIONS, LEXICAL_PRESETS, LEXICAL_VERSION } from './options.js';
export type { LexicalOptions, LexicalPreset, LexicalWeights } from './options.js';

export { isAdditive, type AdditiveEmbedder } from './additive.js';

/** Batches at least this large memoise each word's n-grams (the memo costs about 4 MB to set up). */
const CACHE_FROM = 1024;

/**
 * Bytes of one block of returned vectors. `embed` cuts vectors out of blocks this size instead of
 * giving each its own buffer: one allocation (and one buffer for the collector to track) per block
 * rather than per vector. Kept under glibc's default `mmap` threshold (128 KiB), so freed blocks are
 * reused by later calls instead of being mapped afresh (a page fault per 4 KiB).
 */
const BLOCK_BYTES = 64 * 1024;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Creates the lexical embedder. Each text becomes a signed, hashed bag of features:
 * - numbers, normalised across locale formats (`1,000.5` = `1.000,5` = `1 000,5`; `%` adds a feature);
 * - capitalised words that do not start a sentence (names, acronyms), ASCII-folded so `Rodríguez` = `Rodriguez`;
 * - whole words and their character n-grams (3–5 by default), after transliteration to ASCII, so
 *   cognates and transliterated names meet (`Venezuelan`/`Venezuela`, `Москва`/`Moskva`);
 *   function words are down-weighted (a built-in list; optionally batch IDF);
 * - URLs (and their host), `@handles`, `#hashtags`, tokens mixing letters and digits;
 * - CJK characters and bigrams (low weight) and a length signal;
 * - with `languages` (a pair the dictionaries connect, see {@link LexicalOptions.languages}), the
 *   dictionary concepts of each word or multiword term (`kerja sama` and `cooperation` share one),
 *   so translations that share no spelling still meet. `embed` is then told each batch's language
 *   (`embed(texts, { lang: 'id' })`); a batch without a language of the pair gets no concepts.
 *
 * Chinese and Japanese share no words with other languages: for them, numbers, Latin-script tokens
 * (names, brands, URLs) and length carry the signal, so expect lower similarities and rely on the
 * aligner's margin scoring.
 *
 * Additive ({@link AdditiveEmbedder}) when `weights.length` is 0 and `batchIdf` is off: every other
 * feature belongs to one token, so texts joined by a space get the normalised sum of their
 * unnormalised vectors (except that a capitalised first word counts as sentence-initial in each
 * part, and in the joined text only after `.` `!` `?` `:` `;`). The aligner then scores sentence
 * groups from sentence vectors instead of embedding every run of sentences (see `src/align/side.ts`).
 * The length signal (on by default; auto and comparable mode use it) is one signal for the whole
 * text, so with it no such promise is made. The `parallel` preset ({@link LEXICAL_PRESETS}) turns it
 * off and is additive.
 *
 * Every vector has length `dim` and L2 norm 1, except for a blank (empty or whitespace-only) text,
 * which gives the zero vector (its dot product with anything is 0). Never NaN. Deterministic: the
 * same text and options give the same vector (unless `batchIdf` is on, which makes it depend on the batch).
 *
 * @example
 * const embedder = createLexicalEmbedder(); // the defaults = the `comparable` preset
 * const forTranslations = createLexicalEmbedder({ preset: 'parallel' }); // what `alignSentences` uses in parallel mode
 * const [a, b] = await embedder.embed(['Delcy Rodriguez met …', 'Delcy Rodríguez bertemu …']);
 */
export function createLexicalEmbedder(options: LexicalOptions = {}): Embedder & Partial<AdditiveEmbedder> {
  const resolved = resolveLexicalOptions(options);
  const concepts = lexicons(options);
  const embedder: Embedder = {
    id: lexicalId(resolved, concepts !== undefined) + (concepts?.idSuffix ?? ''),
    dim: resolved.dim,
    embed: async (texts, embedOptions) => (await embedLexical(texts, resolved, embedOptions, concepts)).vectors,
  };
  // Batch IDF makes weights depend on the batch, and the length signal is one signal for the whole
  // text: either way a group is not the sum of its parts, and no promise is made.
  if (resolved.batchIdf || resolved.weights.length !== 0) return embedder;
  const additive: AdditiveEmbedder = { ...embedder, additive: true, embedWithNorms: (texts, embedOptions, into) => embedLexical(texts, resolved, embedOptions, concepts, into) };
  return additive;
}

/** The concept lexicons of `options.languages` (none without a pair, with `dictionaries: false`, or when nothing connects the pair). */
function lexicons(options: LexicalOptions): PairConcepts | undefined {
  const { languages, dictionaries = true } = options;
  if (languages === undefined || dictionaries === false) return undefined;
  if (!Array.isArray(languages) || languages.length !== 2 || !languages.every((l) => typeof l === 'string')) {
    throw new OptionError('Invalid lexical embedder option: languages must be two language codes, e.g. ["en", "id"].');
  }
  if (dictionaries !== true && !(Array.isArray(dictionaries) && dictionaries.every((d) => typeof d === 'string'))) {
    throw new OptionError('Invalid lexical embedder option: dictionaries must be true, false or a list of dictionary files.');
  }
  return pairConcepts(languages as [string, string], dictionaries === true ? [] : dictionaries);
}

async function embedLexical(
  texts: readonly string[],
  o: ResolvedLexicalOptions,
  { signal, onProgress, lang }: EmbedOptions = {},
  concepts?: PairConcepts,
  into?: Float32Array,
): Promise<{ vectors: Float32Array[]; norms: Float64Array }> {
  if (!Array.isArray(texts)) throw new OptionError('Cannot `embed` without an array of texts: pass string[]');
  if (into !== undefined && into.length !== texts.length * o.dim) throw new OptionError(`Cannot \`embedWithNorms\` into an array of ${into.length} numbers: ${texts.length} texts need ${texts.length * o.dim}`);
  signal?.throwIfAborted();
  const featurizer = new Featurizer(o);
  const side = lang === undefined ? undefined : primaryLang(lang);
  if (concepts && side !== undefined) featurizer.concepts = side === concepts.languages[0] ? concepts.source : side === concepts.languages[1] ? concepts.target : undefined;
  const total = texts.length;
  if (total >= CACHE_FROM) featurizer.cache = new WordCache();
  if (o.batchIdf) await countDocumentFrequencies(texts, o, featurizer, signal);
  const out: Float32Array[] = new Array(total);
  const norms = new Float64Array(total);
  const perBlock = Math.max(1, Math.floor(BLOCK_BYTES / (4 * o.dim)));
  let block = into ?? new Float32Array(0);
  for (let start = 0; start < total; start += o.chunkSize) {
    const end = Math.min(total, start + o.chunkSize);
    for (let i = start; i < end; i++) {
      const text = texts[i];
      if (typeof text !== 'string') throw new OptionError(`Cannot \`embed\` text ${i}: expected a string, got ${typeof text}`);
      // Its rows of `into`, or of a block shared with the next few texts' vectors.
      if (into === undefined && i % perBlock === 0) block = new Float32Array(Math.min(perBlock, total - i) * o.dim);
      const row = into === undefined ? i % perBlock : i;
      const vec = block.subarray(row * o.dim, (row + 1) * o.dim);
      norms[i] = featurizer.embedInto(transliterate(text), vec, text);
      out[i] = vec;
    }
    onProgress?.(end, total);
    if (end < total) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
    }
  }
  if (total === 0) onProgress?.(0, 0);
  return { vectors: out, norms };
}

/** The batch-IDF counting pass: every word of every text, once per text. */
async function countDocumentFrequencies(
  texts: readonly string[],
  o: ResolvedLexicalOptions,
  featurizer: Featurizer,
  signal: AbortSignal | undefined,
): Promise<void> {
  const idf = new BatchIdf();
  const scratch = new Float32Array(o.dim);
  featurizer.onWord = (h) => idf.add(h);
  for (let i = 0; i < texts.length; i++) {
    idf.nextDocument();
    const text = texts[i];
    if (typeof text === 'string') featurizer.embedInto(transliterate(text), scratch);
    if (i % o.chunkSize === o.chunkSize - 1) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
    }
  }
  featurizer.onWord = undefined;
  featurizer.wordWeight = (h) => idf.weight(h);
}
