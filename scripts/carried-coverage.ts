// `npx tsx scripts/carried-coverage.ts [set] [--show N]`: how many of a source sentence's specific words
// (the words the omission rules count, src/compare/carried.ts) its gold translation carries, over
// the gold 1-1 pairs of a set of ../shared/eval/align (default bible-en-zh). A faithful pair should
// carry most of them; a word not carried is a concept the lexicons miss (or a free translation).
// `--show N` lists the N English words most often not carried.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { carriedWords } from '../src/compare/carried.js';
import type { IndexBead } from '../src/eval/index.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const set = args.find((a, i) => !a.startsWith('--') && i !== showAt + 1) ?? 'bible-en-zh';
const dir = goldDirOrExit('carried-coverage');
const index = JSON.parse(readFileSync(join(dir, set, 'index.json'), 'utf8')) as SetIndex;
const languages = [index.src_lang, index.tgt_lang] as const;
let carried = 0;
let words = 0;
let pairs = 0;
let allCarried = 0;
const missed = new Map<string, number>();
for (const doc of index.docs) {
  const src = readLines(join(dir, set, doc.src));
  const tgt = readLines(join(dir, set, doc.tgt));
  const gold = JSON.parse(readFileSync(join(dir, set, doc.gold_json), 'utf8')) as IndexBead[];
  for (const b of gold) {
    if (b.src.length !== 1 || b.tgt.length !== 1) continue;
    const r = carriedWords(src[b.src[0]], [], [tgt[b.tgt[0]]], languages);
    if (!r) {
      console.log(`${set}: no lexicon connects ${languages.join('–')}; skipped`);
      process.exit(0);
    }
    pairs++;
    carried += r.carried;
    words += r.words;
    if (r.carried === r.words) allCarried++;
    if (show > 0) {
      for (const [w] of src[b.src[0]].matchAll(/[\p{L}\p{M}]{3,}/gu)) {
        const one = carriedWords(w, [], [tgt[b.tgt[0]]], languages);
        if (one && one.words === 1 && one.carried === 0) missed.set(w.toLowerCase(), (missed.get(w.toLowerCase()) ?? 0) + 1);
      }
    }
  }
}
const pct = (a: number, b: number): string => `${a} of ${b} (${b ? ((100 * a) / b).toFixed(1) : '0.0'} %)`;
console.log(`${set}: specific source words carried by the gold target ${pct(carried, words)}; pairs carrying all ${pct(allCarried, pairs)}`);
if (show > 0) console.log([...missed].sort((a, b) => b[1] - a[1]).slice(0, show).map(([w, n]) => `${w} ${n}`).join(', '));
