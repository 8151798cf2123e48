// `npx tsx scripts/carried-share.ts [SET] [N]`: how much lexical evidence the dictionaries give a set's
// gold translations. For every gold 1-1 pair of SET (default `parice-en-is`) in ../shared/eval/align,
// counts each side's specific words that the other side carries (and the pairs that carry all of them) (`carriedWords` of
// src/compare/carried.ts, with no neighbours: what a translation shows at best), the pairs the
// omission rules would call carried (`carriedBy`'s `minWords` and `minShare`), and lists the N most
// frequent words carried nowhere (default 25): each side's specific words without a translation in
// the pair, and its words with no concept at all (inflections and compounds the stemmer misses,
// multiword terms, missing entries).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { carriedWords, DEFAULT_CARRIED_OPTIONS } from '../src/compare/carried.js';
import { pairConcepts } from '../src/embed/lexical/concepts.js';
import type { ConceptResolver } from '../src/lexicon/resolve.js';
import type { IndexBead } from '../src/eval/index.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';

const dir = goldDirOrExit('carried-share');
const set = process.argv[2] ?? 'parice-en-is';
const top = Number(process.argv[3] ?? 25);
const index = JSON.parse(readFileSync(join(dir, set, 'index.json'), 'utf8')) as SetIndex;
const languages: [string, string] = [index.src_lang, index.tgt_lang];
const pair = pairConcepts(languages, []);
if (!pair) {
  console.log(`carried-share: no lexicon connects ${languages.join('–')}; nothing to count.`);
  process.exit(0);
}
const { minWords, minShare, minWeight } = DEFAULT_CARRIED_OPTIONS;
const WORD = /[\p{L}\p{M}]{3,}/gu;

const concepts = (r: ConceptResolver, text: string): Map<number, number> => {
  const out = new Map<number, number>();
  r.resolve(text, (h, w) => out.set(h, Math.max(out.get(h) ?? 0, w)));
  return out;
};

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

const sums = [{ carried: 0, words: 0, pairs: 0, all: 0 }, { carried: 0, words: 0, pairs: 0, all: 0 }];
const uncarried = [new Map<string, number>(), new Map<string, number>()];
const unknown = [new Map<string, number>(), new Map<string, number>()];
let pairs = 0;
for (const doc of index.docs) {
  const texts = [readLines(join(dir, set, doc.src)), readLines(join(dir, set, doc.tgt))];
  const gold = JSON.parse(readFileSync(join(dir, set, doc.gold_json), 'utf8')) as IndexBead[];
  for (const b of gold) {
    if (b.src.length !== 1 || b.tgt.length !== 1) continue;
    pairs++;
    const sentences = [texts[0][b.src[0]], texts[1][b.tgt[0]]];
    for (let s = 0; s < 2; s++) {
      const c = carriedWords(sentences[s], [], [sentences[1 - s]], languages, {}, s === 0 ? 'source' : 'target')!;
      sums[s].carried += c.carried;
      sums[s].words += c.words;
      if (c.carried >= minWords && c.carried >= minShare * c.words) sums[s].pairs++;
      if (c.carried === c.words) sums[s].all++;
      const [mine, theirs] = s === 0 ? [pair.source, pair.target] : [pair.target, pair.source];
      const there = concepts(theirs, sentences[1 - s]);
      for (const [word] of sentences[s].matchAll(WORD)) {
        const own = concepts(mine, word);
        const w = word.toLowerCase();
        if (own.size === 0) bump(unknown[s], w);
        else if ([...own.values()].some((x) => x >= minWeight) && ![...own.keys()].some((h) => there.has(h))) bump(uncarried[s], w);
      }
    }
  }
}
const list = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([w, n]) => `${w} ${n}`).join(', ');
for (let s = 0; s < 2; s++) {
  const { carried, words, pairs: p, all } = sums[s];
  console.log(`${set} ${languages[s]}: specific words carried ${carried} of ${words} (${((100 * carried) / Math.max(1, words)).toFixed(1)} %); gold 1-1 pairs carried (>= ${minWords} words, >= ${minShare} share) ${p} of ${pairs}, carrying all ${all}`);
}
for (let s = 0; s < 2; s++) {
  console.log(`\n${languages[s]} specific words not carried (most frequent first): ${list(uncarried[s])}`);
  console.log(`\n${languages[s]} words with no concept: ${list(unknown[s])}`);
}
