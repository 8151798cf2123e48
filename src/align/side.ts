// Per-side inputs of the aligners: lengths, paragraphs, kinds, and the "overlap" embeddings (the
// concatenated text of every run of 1..k consecutive sentences, embedded once, as Vecalign does).
// An additive embedder (the lexical one) embeds sentences only: a group's vector is the normalised sum
// of its sentences' unnormalised vectors, so group similarities come from sentence similarities and
// no group vector is ever stored (at 20k sentences, 3 group sizes and 2048 dimensions the overlaps
// took about 1 GB a side while embedding).
import { isAdditive } from '../embed/lexical/additive.js';
import type { Embedder, EmbedOptions } from '../embed/types.js';
import type { Sentence } from '../segment/types.js';
import { prefixSums, textLength } from './length.js';
import { dotRows, dotRowsSparse, dotRowsSparse2, SparseRow, type VectorSet } from './vectors.js';

/** One side of the pair, ready for the DP. */
export interface AlignSide {
  readonly n: number;
  readonly texts: readonly string[];
  /** Length of each sentence in Latin-character units (`textLength`). */
  readonly lengths: Float64Array;
  /** `lengthPrefix[b] − lengthPrefix[a]` = length of sentences [a, b). */
  readonly lengthPrefix: Float64Array;
  /** Paragraph of each sentence, when the input had Sentence objects. */
  readonly paragraph?: Int32Array;
  /** 1 where the sentence's kind is `boilerplate` or `social` (not content). */
  readonly ignorable?: Uint8Array;
  /**
   * `overlaps[d − 1]` row i = embedding of sentences i..i+d−1 joined; absent for the length-only model.
   * With an additive embedder only `overlaps[0]` (the sentences) is stored, and `parts` is set.
   */
  readonly overlaps?: VectorSet[];
  /** Set when the embedder is additive: group vectors are combined from sentence vectors. */
  readonly parts?: GroupParts;
}

/** What combines sentence vectors into group vectors (additive embedders). */
export interface GroupParts {
  /** Norm of each sentence's vector before normalisation (its weight in a group's sum). */
  readonly norms: Float64Array;
  /**
   * `groupNorms[d − 1][i]` = norm of Σ norms[k]·v[k] over k = i..i+d−1, so the cosine of two groups is
   * Σ norms[a]·norms[b]·cos(a, b) over their sentence pairs, divided by the two group norms.
   */
  readonly groupNorms: Float64Array[];
}

/**
 * An `AlignSide` with every field present (absent ones `undefined`), always in this order: V8 then
 * gives every side one hidden class, so the aligners' hot loops (`readings`, `groupCosine`...) see one
 * shape instead of several (sides with and without paragraphs, vectors, parts) and are not
 * deoptimised and compiled again for each new shape ("wrong map"). Every side is built here.
 */
function sideOf(side: AlignSide): AlignSide {
  return {
    n: side.n,
    texts: side.texts,
    lengths: side.lengths,
    lengthPrefix: side.lengthPrefix,
    paragraph: side.paragraph,
    ignorable: side.ignorable,
    overlaps: side.overlaps,
    parts: side.parts,
  };
}

function textOf(s: string | Sentence): string {
  return typeof s === 'string' ? s : s.text;
}

/** Lengths, paragraphs and kinds of one side (no embeddings). */
export function describeSide(sentences: readonly (string | Sentence)[]): AlignSide {
  const texts = sentences.map(textOf);
  const lengths = Float64Array.from(texts, textLength);
  const objects = sentences.length > 0 && sentences.every((s) => typeof s !== 'string');
  const side: AlignSide = { n: texts.length, texts, lengths, lengthPrefix: prefixSums(lengths) };
  if (!objects) return sideOf(side);
  const list = sentences as readonly Sentence[];
  return sideOf({
    ...side,
    paragraph: Int32Array.from(list, (s) => s.paragraph ?? 0),
    ignorable: Uint8Array.from(list, (s) => (s.kind === 'boilerplate' || s.kind === 'social' ? 1 : 0)),
  });
}

/** Texts of every run of `d` consecutive sentences, d = 1..maxRun (runs shorter than d at the end are dropped). */
export function overlapTexts(texts: readonly string[], maxRun: number): string[][] {
  const out: string[][] = [];
  for (let d = 1; d <= maxRun; d++) {
    const runs: string[] = [];
    for (let i = 0; i + d <= texts.length; i++) runs.push(texts.slice(i, i + d).join(' '));
    out.push(runs);
  }
  return out;
}

/** Texts embedded per call, so at most this many separate vectors exist beside the packed sets. */
const EMBED_CHUNK = 4096;

/**
 * Embeds `texts` chunk by chunk into flat vector sets of the given sizes (consecutive slices of
 * `texts`); with `norms`, also records each text's norm before normalisation (additive embedders).
 */
async function embedPacked(texts: readonly string[], sizes: readonly number[], embedder: Embedder, options: EmbedOptions, norms?: Float64Array): Promise<VectorSet[]> {
  const dim = embedder.dim;
  const sets = sizes.map((n) => ({ n, dim, data: new Float32Array(n * dim) }));
  const additive = norms && isAdditive(embedder) ? embedder : undefined;
  const chunkOptions = (start: number): EmbedOptions => ({
    signal: options.signal,
    onProgress: options.onProgress && ((done: number) => options.onProgress!(start + done, texts.length)),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  if (additive) {
    // Straight into the packed sets, chunk by chunk within each set.
    let start = 0;
    for (const set of sets) {
      for (let row = 0; row < set.n; row += EMBED_CHUNK) {
        const count = Math.min(EMBED_CHUNK, set.n - row);
        const into = set.data.subarray(row * dim, (row + count) * dim);
        const r = await additive.embedWithNorms(texts.slice(start, start + count), chunkOptions(start), into);
        // An embedder that returns vectors of its own instead (written before `into` was a parameter).
        if (r.vectors.length > 0 && r.vectors[0].buffer !== into.buffer) r.vectors.forEach((v, k) => into.set(v.subarray(0, dim), k * dim));
        norms!.set(r.norms, start);
        start += count;
      }
    }
    return sets;
  }
  let set = 0;
  let row = 0;
  for (let start = 0; start < texts.length; start += EMBED_CHUNK) {
    const vectors = await embedder.embed(texts.slice(start, start + EMBED_CHUNK), chunkOptions(start));
    for (const v of vectors) {
      while (row >= sets[set].n) {
        set++;
        row = 0;
      }
      sets[set].data.set(v.subarray(0, dim), row * dim);
      row++;
    }
  }
  return sets;
}

/** Norms of the weighted sums of every run of 1..maxRun sentences, from the sentences' pairwise cosines. */
function groupNorms(set: VectorSet, norms: Float64Array, maxRun: number): Float64Array[] {
  const n = set.n;
  const out: Float64Array[] = [];
  // near[k · maxRun + e] = norms[k] · norms[k+e] · cos(k, k+e)
  // Lexical vectors are sparse: each row is dotted over its non-zero entries (same result as `dotRows`).
  const near = new Float64Array(n * maxRun);
  const row = new SparseRow(set.dim);
  const pair = new Float64Array(2);
  for (let k = 0; k < n; k++) {
    const sparse = maxRun > 1 && 2 * row.load(set, k) < set.dim;
    near[k * maxRun] = norms[k] * norms[k];
    for (let e = 1; e < maxRun && k + e < n; e++) {
      if (sparse && e + 1 < maxRun && k + e + 1 < n) {
        // Two neighbours at once: the row's entries are read once (bit-identical to two `dotRowsSparse`).
        dotRowsSparse2(row, set, k + e, pair);
        near[k * maxRun + e] = norms[k] * norms[k + e] * pair[0];
        e++;
        near[k * maxRun + e] = norms[k] * norms[k + e] * pair[1];
        continue;
      }
      const cos = sparse ? dotRowsSparse(row, set, k + e) : dotRows(set, k, set, k + e);
      near[k * maxRun + e] = norms[k] * norms[k + e] * cos;
    }
  }
  for (let d = 1; d <= maxRun; d++) {
    const g = new Float64Array(Math.max(0, n - d + 1));
    for (let i = 0; i + d <= n; i++) {
      let sq = 0;
      for (let a = i; a < i + d; a++) {
        sq += near[a * maxRun];
        for (let b = a + 1; b < i + d; b++) sq += 2 * near[a * maxRun + b - a];
      }
      g[i] = Math.sqrt(Math.max(0, sq));
    }
    out.push(g);
  }
  return out;
}

/** `side` with new sentence vectors `set` from an additive source (`norms`: their norms before normalisation). */
export function withAdditiveVectors(side: AlignSide, set: VectorSet, norms: Float64Array): AlignSide {
  return sideOf({ ...side, overlaps: [set], parts: { norms, groupNorms: groupNorms(set, norms, side.parts?.groupNorms.length ?? 1) } });
}

/** `side` with its own copy of the sentence vectors, so writing into `side`'s vectors in place leaves the copy as it was. */
export function copyVectors(side: AlignSide): AlignSide {
  if (!side.overlaps) return side;
  const [set, ...longer] = side.overlaps;
  // A literal, not a spread of `set`: every VectorSet then has the same hidden class (see `sideOf`).
  return sideOf({ ...side, overlaps: [{ n: set.n, dim: set.dim, data: set.data.slice() }, ...longer] });
}

/**
 * Embeds the overlaps of both sides (so progress covers both) and packs them into flat vector sets.
 * With an additive embedder only the sentences are embedded, and `parts` says how to combine them;
 * with `langs` too, each side is embedded with its language (`EmbedOptions.lang`).
 */
export async function embedSides(
  src: AlignSide,
  tgt: AlignSide,
  embedder: Embedder,
  maxRun: { src: number; tgt: number },
  options: EmbedOptions = {},
  langs?: readonly [string, string],
): Promise<[AlignSide, AlignSide]> {
  const runS = Math.min(maxRun.src, Math.max(1, src.n));
  const runT = Math.min(maxRun.tgt, Math.max(1, tgt.n));
  if (isAdditive(embedder)) {
    const norms = new Float64Array(src.n + tgt.n);
    let S: VectorSet;
    let T: VectorSet;
    if (langs) {
      // Each side in its own language (the lexical embedder adds its dictionary concepts); progress covers both.
      const total = src.n + tgt.n;
      const p = options.onProgress;
      const side = (offset: number, lang: string): EmbedOptions => ({ signal: options.signal, lang, onProgress: p && ((done) => p(offset + done, total)) });
      const nS = new Float64Array(src.n);
      const nT = new Float64Array(tgt.n);
      [S] = await embedPacked(src.texts, [src.n], embedder, side(0, langs[0]), nS);
      [T] = await embedPacked(tgt.texts, [tgt.n], embedder, side(src.n, langs[1]), nT);
      norms.set(nS);
      norms.set(nT, src.n);
    } else [S, T] = await embedPacked([...src.texts, ...tgt.texts], [src.n, tgt.n], embedder, options, norms);
    const nS = norms.slice(0, src.n);
    const nT = norms.slice(src.n);
    return [
      sideOf({ ...src, overlaps: [S], parts: { norms: nS, groupNorms: groupNorms(S, nS, runS) } }),
      sideOf({ ...tgt, overlaps: [T], parts: { norms: nT, groupNorms: groupNorms(T, nT, runT) } }),
    ];
  }
  const a = overlapTexts(src.texts, runS);
  const b = overlapTexts(tgt.texts, runT);
  const sizes = (groups: string[][]) => groups.map((g) => g.length);
  let sets: VectorSet[];
  if (langs) {
    // Each side in its own language, as above (the comparable lexical preset is not additive).
    const total = a.flat().length + b.flat().length;
    const p = options.onProgress;
    const side = (offset: number, lang: string): EmbedOptions => ({ signal: options.signal, lang, onProgress: p && ((done) => p(offset + done, total)) });
    const setsS = await embedPacked(a.flat(), sizes(a), embedder, side(0, langs[0]));
    const setsT = await embedPacked(b.flat(), sizes(b), embedder, side(a.flat().length, langs[1]));
    sets = [...setsS, ...setsT];
  } else sets = await embedPacked([...a.flat(), ...b.flat()], sizes([...a, ...b]), embedder, options);
  return [
    sideOf({ ...src, overlaps: sets.slice(0, a.length) }),
    sideOf({ ...tgt, overlaps: sets.slice(a.length) }),
  ];
}
