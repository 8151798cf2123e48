// `npm run eval:lexicons`: how much of the dev texts the shipped lexicons understand. For every set of
// ../shared/eval/align whose pair the lexicons connect, prints per side the share of word tokens
// that get a concept (each word looked up alone, as the embedder looks up a word outside a
// multiword entry), the share of distinct words that do, and how many gold 1-1 pairs share at
// least one concept (with the sentence's multiword entries, as the embedder sees it). Chinese and
// Japanese have no spaces: their runs of Han or kana are split by longest match as the embedder
// splits them, and the share counted is of characters inside a word with a concept. Sets whose pair
// nothing connects are said so and skipped.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { pairLexicons } from '../src/lexicon/pair.js';
import { isCjk } from '../src/embed/lexical/featurize.js';
import { ConceptResolver } from '../src/lexicon/resolve.js';
import type { IndexBead } from '../src/eval/index.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';

const dir = goldDirOrExit('eval:lexicons');
const SETS = ['parice-en-is', 'textberg-de-fr', 'bible-en-zh'];
/** Words: runs of letters (digits and punctuation are never concepts). */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

const conceptsOf = (r: ConceptResolver, text: string): Set<number> => {
  const out = new Set<number>();
  r.resolve(text, (h) => out.add(h));
  return out;
};

const pct = (a: number, b: number): string => `${a} of ${b} (${b ? ((100 * a) / b).toFixed(1) : '0.0'} %)`;

for (const set of SETS) {
  const index = JSON.parse(readFileSync(join(dir, set, 'index.json'), 'utf8')) as SetIndex;
  const lex = pairLexicons(index.src_lang, index.tgt_lang);
  if (!lex) {
    console.log(`${set}: no lexicon connects ${index.src_lang}–${index.tgt_lang}; skipped`);
    continue;
  }
  const sides = [new ConceptResolver(lex.source), new ConceptResolver(lex.target)];
  const tokens = [0, 0];
  const found = [0, 0];
  const types = [new Map<string, boolean>(), new Map<string, boolean>()];
  let pairs = 0;
  let shared = 0;
  for (const doc of index.docs) {
    const texts = [readLines(join(dir, set, doc.src)), readLines(join(dir, set, doc.tgt))];
    for (let s = 0; s < 2; s++) {
      for (const line of texts[s]) {
        for (const m of line.matchAll(WORD)) {
          if (isCjk(m[0].charCodeAt(0))) {
            // Characters of the run, each inside a word found by longest match or not.
            for (let i = 0; i < m[0].length; ) {
              const n = sides[s].longestMatch(m[0], i);
              types[s].set(m[0].slice(i, i + Math.max(1, n)), n > 0);
              tokens[s] += Math.max(1, n);
              found[s] += n;
              i += Math.max(1, n);
            }
            continue;
          }
          const w = m[0].toLowerCase();
          let hit = types[s].get(w);
          if (hit === undefined) types[s].set(w, (hit = conceptsOf(sides[s], w).size > 0));
          tokens[s]++;
          if (hit) found[s]++;
        }
      }
    }
    const gold = JSON.parse(readFileSync(join(dir, set, doc.gold_json), 'utf8')) as IndexBead[];
    for (const b of gold) {
      if (b.src.length !== 1 || b.tgt.length !== 1) continue;
      pairs++;
      const a = conceptsOf(sides[0], texts[0][b.src[0]]);
      const t = conceptsOf(sides[1], texts[1][b.tgt[0]]);
      if ([...a].some((h) => t.has(h))) shared++;
    }
  }
  for (let s = 0; s < 2; s++) {
    const lang = s === 0 ? index.src_lang : index.tgt_lang;
    const typeHits = [...types[s].values()].filter(Boolean).length;
    const unit = lang === 'zh' || lang === 'ja' ? 'characters in a word with a concept' : 'tokens with a concept';
    console.log(`${set} ${lang}: ${unit} ${pct(found[s], tokens[s])}; distinct words ${pct(typeHits, types[s].size)}`);
  }
  console.log(`${set}: gold 1-1 pairs sharing a concept ${pct(shared, pairs)}; lexicons ${[...new Set(lex.shipped)].join(', ')}`);
}
