// Generated gold-aligned "translations" for the hole tests: the target keeps numbers and capitalised
// names and writes every other word in a cipher (each letter shifted by 13, as in
// lexicon.test.ts), so only numbers and names are shared until the lexicon pass learns the cipher's
// word pairs; a few words are replaced by noise, and some sentences are merged, split or dropped.
import type { GoldDoc } from '../../../src/eval/cut.js';
import type { IndexBead } from '../../../src/eval/index.js';

/** A seeded generator of numbers in [0, 1) (xorshift-multiply, deterministic across platforms). */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 4294967296;
  };
}

const rot13 = (w: string): string => w.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));

/** `n` source sentences from a vocabulary of `vocab` words, with numbers and names. */
export function sourceSentences(n: number, seed: number, vocab = 400, shared = 0.12): string[] {
  const r = random(seed);
  const words = Array.from({ length: vocab }, () => {
    let w = '';
    const len = 3 + Math.floor(r() * 6);
    for (let k = 0; k < len; k++) w += String.fromCharCode(97 + Math.floor(r() * 26));
    return w;
  });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 6 + Math.floor(r() * 16);
    const ws: string[] = [];
    for (let k = 0; k < len; k++) {
      const x = r();
      // Zipf-like: low word ids are far more frequent, as in text.
      const w = words[Math.floor(vocab * r() * r())];
      ws.push(x < shared / 2 ? String(Math.floor(r() * 5000)) : x < shared ? w.replace(/^./, (c) => c.toUpperCase()) : w);
    }
    out.push(`${ws.join(' ')}.`);
  }
  return out;
}

/**
 * A gold-aligned pair of `n` source sentences. Target: the cipher of each word (names and numbers
 * kept, 15 % of the other words replaced by noise); 4 % of sentences are merged with the next, 4 %
 * split in two, 1 % dropped.
 */
export function cipherPair(n: number, seed: number, shared = 0.12): GoldDoc {
  const src = sourceSentences(n, seed, 400, shared);
  const r = random(seed * 7919 + 1);
  const translate = (s: string): string =>
    s.split(' ').map((w) => (/^[0-9A-Z]/.test(w) ? w : r() < 0.15 ? rot13(w.split('').reverse().join('')) : rot13(w))).join(' ');
  const tgt: string[] = [];
  const gold: IndexBead[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.01) gold.push({ src: [i], tgt: [] });
    else if (x < 0.05 && i + 1 < n) {
      gold.push({ src: [i, i + 1], tgt: [tgt.length] });
      tgt.push(translate(`${src[i]} ${src[++i]}`));
    } else if (x < 0.09) {
      const w = translate(src[i]).split(' ');
      const h = Math.ceil(w.length / 2);
      gold.push({ src: [i], tgt: [tgt.length, tgt.length + 1] });
      tgt.push(w.slice(0, h).join(' '), w.slice(h).join(' '));
    } else {
      gold.push({ src: [i], tgt: [tgt.length] });
      tgt.push(translate(src[i]));
    }
  }
  return { src, tgt, gold };
}
