// Segmentation throughput on a generated ~20 MB news-like text (deterministic): MB/s with language
// detection off, and one run with detection on.
import { splitSentences } from '../src/segment/index.js';
import { rng, timed } from './util.js';

const WORDS = (
  'the minister said on Friday that talks with the delegation would continue next week in the capital ' +
  'officials reported growth of the economy while sanctions remain a concern for both countries and their partners'
).split(' ');
const EXTRAS = ['Dr. Smith', 'Mr. Jones', 'the U.S.', 'at 5 p.m.', 'on Friday (4/1)', '3.5 percent', 'https://example.com/a.b', '@handle', '"really?"', 'e.g. this'];
const ENDS = ['.', '.', '.', '?', '!', '...', '."'];

/** A deterministic news-like text of about `bytes` characters: paragraphs of sentences, one per line. */
export function generateText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const n = 1 + Math.floor(r() * 6);
    for (let s = 0; s < n; s++) {
      const words: string[] = [];
      const len = 6 + Math.floor(r() * 20);
      for (let w = 0; w < len; w++) words.push(r() < 0.1 ? pick(EXTRAS) : pick(WORDS));
      const first = words[0] as string;
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      sentences.push(words.join(' ') + pick(ENDS));
    }
    const line = r() < 0.1 ? sentences[0]!.replace(/[.?!"]+$/, '') : sentences.join(' ');
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

export default async function bench(): Promise<void> {
  const text = generateText(20 * 2 ** 20);
  const mb = text.length / 2 ** 20;
  for (let run = 1; run <= 2; run++) {
    const { value, ms } = await timed(() => splitSentences(text, { lang: 'en', detectLanguage: false }));
    console.log(`segment ${mb.toFixed(1)} MB, detectLanguage: false, run ${run}: ${(mb / (ms / 1000)).toFixed(1)} MB/s (${value.length} sentences, ${ms.toFixed(0)} ms)`);
  }
  const { value, ms } = await timed(() => splitSentences(text));
  console.log(`segment ${mb.toFixed(1)} MB, detectLanguage: true: ${(mb / (ms / 1000)).toFixed(1)} MB/s (${value.length} sentences, ${ms.toFixed(0)} ms, doc lang ${value[0]?.lang})`);
}
