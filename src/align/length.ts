// Length model: sentence lengths in Latin-character units, and the Gale-Church cost of a bead.

/** Han, kana, Hangul and CJK punctuation: scripts where one character carries a syllable or a word. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** How many Latin characters one CJK character is worth (before the per-document ratio is calibrated). */
export const CJK_CHAR_WEIGHT = 2.5;

/**
 * Length of a sentence in Latin-character units: white-space runs count once, CJK characters count
 * {@link CJK_CHAR_WEIGHT}. Calibrating the target/source ratio per document (see `lengthRatio`)
 * absorbs what is left of the difference between languages.
 */
export function textLength(text: string): number {
  let n = 0;
  let space = true;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000) {
      if (!space) n += 1;
      space = true;
      continue;
    }
    space = false;
    n += code >= 0x1100 && WIDE.test(ch) ? CJK_CHAR_WEIGHT : 1;
  }
  return space && n > 0 ? n - 1 : n;
}

/** Target/source length ratio of a document, from the totals (1 when either side is empty). */
export function lengthRatio(src: ArrayLike<number>, tgt: ArrayLike<number>): number {
  let a = 0;
  let b = 0;
  for (let i = 0; i < src.length; i++) a += src[i];
  for (let j = 0; j < tgt.length; j++) b += tgt[j];
  return a > 0 && b > 0 ? b / a : 1;
}

/** Gale & Church's variance of the length difference per character. */
export const GALE_CHURCH_VARIANCE = 6.8;

/**
 * −ln of the Abramowitz & Stegun 7.1.26 polynomial at x ≥ 0: erfc(x) ≈ poly(x)·e^(−x²), so the
 * two-sided normal tail's cost at z = x·√2 is x² + tailLog(x) (error of erfc < 1.5·10⁻⁷).
 */
export function tailLog(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  return -Math.log(t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))));
}

/** −ln(2·(1 − Φ(|z|))), minus the log of the two-sided normal tail (Abramowitz & Stegun 7.1.26, in log space). */
export function negLogNormalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  return x * x + tailLog(x);
}

/**
 * Gale-Church length cost of aligning `ls` source characters to `lt` target characters, without the
 * bead-shape prior: −ln P(|δ|) where δ is the normalised difference of `lt / ratio` and `ls`.
 * Symmetric in the two sides (the mean length is the variance base), 0 for a perfect fit.
 */
export function lengthCost(ls: number, lt: number, ratio: number, variance = GALE_CHURCH_VARIANCE): number {
  const t = lt / ratio;
  const mean = (ls + t) / 2;
  if (mean <= 0) return 0;
  return negLogNormalTail((t - ls) / Math.sqrt(mean * variance));
}

/**
 * The classic Gale-Church bead cost: the length cost plus −ln of the bead-shape prior. As in the
 * original, a skip is scored against a zero length too, so leaving out a long sentence costs more.
 */
export function galeChurchCost(ls: number, lt: number, prior: number, ratio: number, variance = GALE_CHURCH_VARIANCE): number {
  return -Math.log(prior) + lengthCost(ls, lt, ratio, variance);
}

/** Prefix sums of lengths so a group `[a, b)` sums in O(1). */
export function prefixSums(lengths: ArrayLike<number>): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = out[i] + lengths[i];
  return out;
}
