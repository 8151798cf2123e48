// `npm run eval:holes`: how alignment survives a missing passage. Takes dev documents of
// ../shared/eval/align, cuts a contiguous block of sentences out of one side (in the middle; the Bible's
// 1,000-sentence cut also at the start and at the end, and at the start of Bible 002), re-indexes
// the gold (the block's counterparts become 1-0 / 0-1 gold beads), aligns in parallel mode with default
// options and prints strict F1 on what remains, next to the intact document, plus the longest run of
// the passage findings on the other side (the block should come back as one `omission-passage` or
// `addition-passage` finding of about the expected size).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../src/align/index.js';
import { cutBlock, lineSentences, type Side } from '../src/eval/cut.js';
import { mergeByVerse, scoreAlignment, type IndexBead } from '../src/eval/index.js';
import { checkAlignment } from '../src/check/index.js';
import { goldDirOrExit, readLines } from './gold.js';

const evalDir = goldDirOrExit('eval:holes');

interface Doc { name: string; src: string[]; tgt: string[]; gold: IndexBead[]; srcVerse?: string[]; tgtVerse?: string[] }

function load(set: string, id: string, srcExt: string, tgtExt: string, verses: boolean): Doc {
  const dir = join(evalDir, set);
  return {
    name: `${set} ${id}`,
    src: readLines(join(dir, `${id}.${srcExt}`)),
    tgt: readLines(join(dir, `${id}.${tgtExt}`)),
    gold: JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as IndexBead[],
    ...(verses ? { srcVerse: readLines(join(dir, `${id}.${srcExt}.verse`)), tgtVerse: readLines(join(dir, `${id}.${tgtExt}.verse`)) } : {}),
  };
}

const cases: { doc: Doc; side?: Side; size?: number; place?: 'start' | 'end' }[] = [];
const bible = load('bible-en-zh', '001', 'en', 'zh', true);
const bible2 = load('bible-en-zh', '002', 'en', 'zh', true);
const berg = load('textberg-de-fr', 'dev', 'de', 'fr', false);
const only = process.argv.slice(2);
for (const c of [
  { doc: bible },
  { doc: bible, side: 'tgt' as const, size: 300 },
  { doc: bible, side: 'src' as const, size: 300 },
  { doc: bible, side: 'tgt' as const, size: 1000 },
  { doc: bible, side: 'tgt' as const, size: 1000, place: 'start' as const },
  { doc: bible, side: 'tgt' as const, size: 1000, place: 'end' as const },
  { doc: bible2 },
  { doc: bible2, side: 'tgt' as const, size: 1000, place: 'start' as const },
  { doc: berg },
  { doc: berg, side: 'src' as const, size: 40 },
]) if (only.length === 0 || only.some((o) => c.doc.name.includes(o))) cases.push(c);


console.log('| document | cut (in the middle unless said) | strict F1 | passage findings on the other side: sentences (expected) | align s |');
console.log('|---|---|---|---|---|');
for (const { doc, side, size, place } of cases) {
  const n = side ? (side === 'src' ? doc.src.length : doc.tgt.length) : 0;
  const at = !side || place === 'start' ? 0 : place === 'end' ? n - size! : Math.floor((n - size!) / 2);
  const cut = side ? cutBlock(doc, side, at, size!) : { ...doc, expected: 0 };
  const t0 = performance.now();
  const result = await alignSentences(cut.src, cut.tgt, { mode: 'parallel' });
  const secs = (performance.now() - t0) / 1000;
  let beads: IndexBead[] = result.beads;
  if (cut.srcVerse && cut.tgtVerse) beads = mergeByVerse(beads, cut.srcVerse, cut.tgtVerse);
  const f1 = scoreAlignment(cut.gold, beads).strict.f1;
  // The block's counterparts are left out on the other side: source sentences when target was cut.
  const findings = checkAlignment({ source: { lang: 'und', sentences: lineSentences(cut.src) }, target: { lang: 'und', sentences: lineSentences(cut.tgt) }, beads: result.beads }, { checks: ['coverage'] });
  const code = side === 'tgt' ? 'omission-passage' : 'addition-passage';
  const span = (f: (typeof findings)[number]): string => { const ks = f.src ?? f.tgt ?? []; return `${ks.length} at ${ks[0]}`; };
  const sizes = findings.filter((f) => f.code === code).map(span);
  const what = side ? `${size} ${side === 'src' ? 'source' : 'target'} sentences at ${at}` : 'nothing';
  // An intact document may hold passages of its own (text one edition has and the other lacks): listed so a
  // cut row's extra findings can be told from the cut.
  const own = findings.filter((f) => f.code.endsWith('-passage')).map((f) => `${span(f)} (${f.code === 'omission-passage' ? 'source' : 'target'})`);
  console.log(`| ${doc.name} | ${what} | ${f1.toFixed(3)} | ${side ? `${sizes.join(', ') || 'none'} (${cut.expected})` : `none expected; found ${own.join(', ') || 'none'}`} | ${secs.toFixed(1)} |`);
}
