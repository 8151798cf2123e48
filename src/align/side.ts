// Per-side inputs of the aligners: lengths, paragraphs, kinds, and the "overlap" embeddings (the
// concatenated text of every run of 1..k consecutive sentences, embedded once, as Vecalign does).
import type { Embedder, EmbedOptions } from '../embed/types.js';
import type { Sentence } from '../segment/types.js';
import { prefixSums, textLength } from './length.js';
import { packVectors, type VectorSet } from './vectors.js';

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
  /** `overlaps[d − 1]` row i = embedding of sentences i..i+d−1 joined; absent for the length-only model. */
  readonly overlaps?: VectorSet[];
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
  if (!objects) return side;
  const list = sentences as readonly Sentence[];
  return {
    ...side,
    paragraph: Int32Array.from(list, (s) => s.paragraph ?? 0),
    ignorable: Uint8Array.from(list, (s) => (s.kind === 'boilerplate' || s.kind === 'social' ? 1 : 0)),
  };
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

/**
 * Embeds the overlaps of both sides in one call to the embedder (so progress covers both) and packs
 * them into flat vector sets.
 */
export async function embedSides(
  src: AlignSide,
  tgt: AlignSide,
  embedder: Embedder,
  maxRun: { src: number; tgt: number },
  options: EmbedOptions = {},
): Promise<[AlignSide, AlignSide]> {
  const a = overlapTexts(src.texts, Math.min(maxRun.src, Math.max(1, src.n)));
  const b = overlapTexts(tgt.texts, Math.min(maxRun.tgt, Math.max(1, tgt.n)));
  const all = [...a.flat(), ...b.flat()];
  const vectors = all.length > 0 ? await embedder.embed(all, options) : [];
  let k = 0;
  const take = (groups: string[][]): VectorSet[] =>
    groups.map((g) => {
      const set = packVectors(vectors.slice(k, k + g.length), embedder.dim);
      k += g.length;
      return set;
    });
  return [
    { ...src, overlaps: take(a) },
    { ...tgt, overlaps: take(b) },
  ];
}
