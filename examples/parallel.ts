// A translation, aligned sentence by sentence: `npx tsx examples/parallel.ts`.
// The German merges two English sentences into one (a 2-1 bead) and drops the paragraph break.
import { readFileSync } from 'node:fs';
import { alignSentences, splitSentences } from '../src/index.js';

const en = await splitSentences(readFileSync(new URL('parallel/en.txt', import.meta.url), 'utf8'));
const de = await splitSentences(readFileSync(new URL('parallel/de.txt', import.meta.url), 'utf8'));
const { beads, mode, reason } = await alignSentences(en, de, { mode: 'parallel' });

console.log(`${mode}: ${reason}\n`);
for (const bead of beads) {
  const left = bead.src.map((i) => en[i].text).join(' ');
  const right = bead.tgt.map((j) => de[j].text).join(' ');
  console.log(`${bead.src.length}-${bead.tgt.length}  ${bead.label.padEnd(8)} ${bead.score.toFixed(2)}`);
  console.log(`   en: ${left || '—'}`);
  console.log(`   de: ${right || '—'}\n`);
}
