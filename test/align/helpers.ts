// Test helpers: a tiny deterministic bag-of-words embedder and generated "translations" whose words
// are shared across sides (so similarity is meaningful without a model).
import type { Embedder } from '../../src/embed/types.js';

export function wordEmbedder(dim = 1024): Embedder {
  return {
    id: 'test-words',
    dim,
    embed: async (texts) =>
      texts.map((text) => {
        const v = new Float32Array(dim);
        for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
          let h = 2166136261;
          for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 16777619);
          v[(h >>> 0) % dim] += 1;
        }
        let n = 0;
        for (const x of v) n += x * x;
        if (n > 0) for (let d = 0; d < dim; d++) v[d] /= Math.sqrt(n);
        return v;
      }),
  };
}

/** Deterministic pseudo-words: sentence k gets words unique to it, with a length that varies. */
export function sentences(count: number, seed = 1): string[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 4294967296;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const words: string[] = [];
    const n = 4 + Math.floor(rnd() * 12);
    for (let w = 0; w < n; w++) words.push(`w${seed}x${k}y${w}${'abcdefgh'.slice(0, 1 + Math.floor(rnd() * 7))}`);
    out.push(words.join(' '));
  }
  return out;
}

/** Checks that every index of both sides is in exactly one bead. */
export function coverage(beads: { src: number[]; tgt: number[] }[], n: number, m: number): boolean {
  const a = new Array(n).fill(0);
  const b = new Array(m).fill(0);
  for (const bead of beads) {
    for (const i of bead.src) a[i]++;
    for (const j of bead.tgt) b[j]++;
  }
  return a.every((x) => x === 1) && b.every((x) => x === 1);
}
