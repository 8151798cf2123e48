// `npm run eval:segment`: scores the segmenter on the golden-rule cases in ../shared/eval/segment/
// (see that folder's README: a case passes only on an exact match of the trimmed sentence list), beside
// `sentence-splitter` as shipped and `Intl.Segmenter`. Skips with a message when the folder is absent.
// `--failures [lang]` also prints the cases this segmenter fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { split } from 'sentence-splitter';
import { splitSentences } from '../src/segment/index.js';

interface Case {
  text: string;
  sentences: string[];
  group: string;
}

type Segmenter = (text: string, lang: string) => Promise<string[]> | string[];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '..', 'shared', 'eval', 'segment');

const clean = (xs: string[]): string[] => xs.map((s) => s.trim()).filter((s) => s !== '');

const segmenters: Record<string, Segmenter> = {
  'bitext-qa': async (text, lang) => (await splitSentences(text, { lang, detectLanguage: false })).map((s) => s.text),
  'sentence-splitter': (text) => split(text).flatMap((n) => (n.type === 'Sentence' ? [n.raw] : [])),
  'Intl.Segmenter': (text, lang) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment),
};

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);
const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)} %`);

async function main(): Promise<void> {
  if (!existsSync(dir)) {
    console.log(`eval:segment skipped: no golden data at ${dir}`);
    return;
  }
  const args = process.argv.slice(2);
  const showFailures = args.includes('--failures');
  const onlyLang = args.find((a) => !a.startsWith('--'));
  const names = Object.keys(segmenters);
  const totals = Object.fromEntries(names.map((n) => [n, { pass: 0, golden: 0 }]));
  let cases = 0;
  let goldenCases = 0;
  const rows: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const lang = file.replace(/\.json$/, '');
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[];
    const passed = Object.fromEntries(names.map((n) => [n, 0]));
    for (const c of data) {
      const golden = c.group === 'golden';
      for (const name of names) {
        const got = clean(await (segmenters[name] as Segmenter)(c.text, lang));
        const ok = same(got, c.sentences);
        if (ok) {
          passed[name]!++;
          totals[name]!.pass++;
          if (golden) totals[name]!.golden++;
        } else if (showFailures && name === 'bitext-qa' && (!onlyLang || onlyLang === lang)) {
          console.log(`\n[${lang}] ${JSON.stringify(c.text)}\n  want ${JSON.stringify(c.sentences)}\n  got  ${JSON.stringify(got)}`);
        }
      }
      cases++;
      if (golden) goldenCases++;
    }
    rows.push(`| ${lang} | ${data.length} | ${names.map((n) => `${passed[n]}/${data.length} (${pct(passed[n]!, data.length)})`).join(' | ')} |`);
  }
  console.log(`| lang | cases | ${names.join(' | ')} |`);
  console.log(`| --- | ---: | ${names.map(() => '---:').join(' | ')} |`);
  for (const r of rows) console.log(r);
  console.log(`| **all** | ${cases} | ${names.map((n) => `${totals[n]!.pass}/${cases} (${pct(totals[n]!.pass, cases)})`).join(' | ')} |`);
  console.log(`| golden only | ${goldenCases} | ${names.map((n) => `${totals[n]!.golden}/${goldenCases} (${pct(totals[n]!.golden, goldenCases)})`).join(' | ')} |`);
}

await main();
