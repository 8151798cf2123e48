// The bilingual stage: an XLIFF or TMX file read as units, each unit an aligned pair, every check run
// on the pairs, plus the checks only such files need (placeholders, missing and empty targets).
import type { Bead } from '../align/types.js';
import { checkAlignment, computeScores, CHECK_NAMES } from '../check/index.js';
import { finding, type CheckContext } from '../check/context.js';
import { resolveCheckOptions } from '../check/options.js';
import type { CheckSide, Finding, FindingCode } from '../check/types.js';
import { InputError, OptionError } from '../errors.js';
import { REPORT_VERSION, type Report, type ReportSide } from '../report/types.js';
import { languageOf, documentSample } from '../segment/assign-language.js';
import { languageDetector, type DetectedLanguage } from '../segment/language.js';
import { DEFAULT_SPLIT_OPTIONS } from '../segment/options.js';
import type { Sentence } from '../segment/types.js';
import { VERSION } from '../version.js';
import { checkTags } from './tags.js';
import { readTmx } from './tmx.js';
import { primaryLang } from '../text/language-tag.js';
import type { BilingualDocument, BilingualUnit, UnitText } from './types.js';
import { readXliff } from './xliff.js';
import { parseXml } from './xml.js';

export type { BilingualDocument, BilingualFormat, BilingualUnit, UnitText } from './types.js';

export interface BilingualOptions {
  /** The file's name in error messages. @default 'the file' */
  name?: string;
  /** Source language (ISO 639-1), overriding the file's declaration. @default declared, else detected */
  from?: string;
  /** Target language, overriding the file's declaration. @default declared, else detected */
  to?: string;
  /** Finding codes to leave out. @default [] */
  skipChecks?: readonly FindingCode[];
}

export const DEFAULT_BILINGUAL_OPTIONS = Object.freeze({ name: 'the file', skipChecks: [] as readonly FindingCode[] });

/**
 * Reads an XLIFF 1.2, XLIFF 2.x or TMX file into units. Not well-formed XML, another kind of XML,
 * an unknown version or a file without units is an `InputError` saying what to do.
 */
export async function readBilingual(xml: string, name: string = DEFAULT_BILINGUAL_OPTIONS.name): Promise<BilingualDocument> {
  const root = await parseXml(xml, name);
  const doc =
    root.name === 'xliff' ? readXliff(root, name)
    : root.name === 'tmx' ? readTmx(root, name)
    : undefined;
  if (!doc) throw new InputError(`${name} is XML with a <${root.name}> root, not XLIFF or TMX. Give an .xlf/.xliff or .tmx file.`);
  if (doc.units.length === 0) throw new InputError(`${name} holds no translation units. Check that it is the exported file, not a template.`);
  return doc;
}

/** One side as sentences: one line (one sentence) per unit that has text on this side. */
function buildSide(texts: Array<UnitText | null>, ids: string[], declared: string, detect: (t: string) => DetectedLanguage, format: BilingualDocument['format']) {
  const all = texts.map((t) => t?.text ?? '').join('\n');
  const lang = declared ? primaryLang(declared) || 'und' : (all.trim() ? detect(documentSample(all)).lang : 'und');
  const sentences: Sentence[] = [];
  const ranges: Array<[number, number]> = [];
  const units: string[] = [];
  const indexOf: number[] = [];
  let offset = 0;
  texts.forEach((t, u) => {
    const text = t?.text ?? '';
    if (text === '') {
      indexOf.push(-1);
    } else {
      const { lang: own } = languageOf(text, lang, detect, DEFAULT_SPLIT_OPTIONS.minDetectLetters, DEFAULT_SPLIT_OPTIONS.minConfidence);
      indexOf.push(sentences.length);
      sentences.push({ text, start: offset, end: offset + text.length, paragraph: sentences.length, lang: own, kind: 'body' });
      ranges.push(t?.range ?? [0, 0]);
      units.push(ids[u] as string);
    }
    offset += text.length + 1;
  });
  const side: ReportSide = { lang, sentences, original: { format, ranges, units } };
  return { side, indexOf };
}

/** One bead per unit: a match when both sides have text, else an omission or an addition. */
function unitBeads(units: BilingualUnit[], srcIndex: number[], tgtIndex: number[]): Array<{ bead: Bead; unit: number }> {
  const out: Array<{ bead: Bead; unit: number }> = [];
  units.forEach((_, u) => {
    const s = srcIndex[u] as number;
    const t = tgtIndex[u] as number;
    if (s < 0 && t < 0) return;
    const label = s < 0 ? 'addition' : t < 0 ? 'omission' : 'match';
    out.push({ bead: { src: s < 0 ? [] : [s], tgt: t < 0 ? [] : [t], score: 1, label }, unit: u });
  });
  return out;
}

/** The findings only bilingual files have: placeholders that do not match, targets missing or empty. */
function unitFindings(ctx: CheckContext, pairs: Array<{ bead: Bead; unit: number }>, units: BilingualUnit[]): Finding[] {
  const out: Finding[] = [];
  pairs.forEach(({ bead, unit }, index) => {
    const u = units[unit] as BilingualUnit;
    if (bead.label === 'match') {
      out.push(...checkTags(ctx, bead, index, u.source.tags, u.target?.tags ?? []));
    } else if (bead.label === 'omission') {
      const s = ctx.input.source.sentences[bead.src[0] as number] as Sentence;
      const code = u.target === null ? 'target-missing' : 'target-empty';
      out.push(finding(ctx, code, { src: bead.src, srcRange: [s.start, s.end], bead: index, expected: s.text, detail: u.id }));
    }
  });
  return out;
}

/**
 * Checks a bilingual file (XLIFF 1.2, XLIFF 2.x or TMX): each unit is an aligned pair and every
 * check of `checkAlignment` runs on the pairs (numbers, dates, weekdays, names, links,
 * untranslated/copied, third language, length ratio), plus placeholders that do not match
 * (`tag-missing`, `tag-extra`) and units without a target (`target-missing`) or with an empty one
 * (`target-empty`). The report's mode is `parallel` with one bead per unit (score 1: the pairing comes
 * from the file, nothing is aligned); `source.original.units[i]` names the unit of sentence `i`.
 *
 * @example
 * const report = await checkBilingual(await fs.readFile('job.xlf', 'utf8'));
 * for (const f of report.findings) console.log(f.code, f.message);
 */
export async function checkBilingual(xml: string, options: BilingualOptions = {}): Promise<Report> {
  if (typeof xml !== 'string') throw new OptionError('checkBilingual(xml, options): xml must be a string.');
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const doc = await readBilingual(xml, options.name ?? DEFAULT_BILINGUAL_OPTIONS.name);
  const detect = await languageDetector();
  const ids = doc.units.map((u) => u.id);
  const src = buildSide(doc.units.map((u) => u.source), ids, options.from ?? doc.sourceLang, detect, doc.format);
  const tgt = buildSide(doc.units.map((u) => u.target), ids, options.to ?? doc.targetLang, detect, doc.format);
  const pairs = unitBeads(doc.units, src.indexOf, tgt.indexOf);
  const beads = pairs.map((p) => p.bead);
  timings.read = Math.round((performance.now() - t0) * 10) / 10;

  t0 = performance.now();
  const input = { source: src.side as CheckSide, target: tgt.side as CheckSide, beads };
  // Coverage findings (omission, addition) are left out: here a unit without target text is
  // `target-missing` or `target-empty`, which says it in the file's own terms.
  const checks = CHECK_NAMES.filter((c) => c !== 'coverage');
  const ctx: CheckContext = { input, options: resolveCheckOptions({ mode: 'parallel', checks }) };
  const own = unitFindings(ctx, pairs, doc.units);
  // Findings in the file's order: by the unit of their source sentence, else of their target sentence
  // (the sort is stable, so a unit's own findings come first, then the sentence checks').
  const unitOfSrc = src.indexOf.map((_, u) => u).filter((u) => (src.indexOf[u] as number) >= 0);
  const unitOfTgt = tgt.indexOf.map((_, u) => u).filter((u) => (tgt.indexOf[u] as number) >= 0);
  const unitOf = (f: Finding) =>
    f.src?.length ? (unitOfSrc[f.src[0] as number] ?? Infinity) : f.tgt?.length ? (unitOfTgt[f.tgt[0] as number] ?? Infinity) : Infinity;
  const skip = new Set(options.skipChecks ?? DEFAULT_BILINGUAL_OPTIONS.skipChecks);
  const findings = [...own, ...checkAlignment(input, { mode: 'parallel', checks })]
    .filter((f) => !skip.has(f.code))
    .sort((a, b) => unitOf(a) - unitOf(b));
  timings.check = Math.round((performance.now() - t0) * 10) / 10;

  const format = { 'xliff-1.2': 'XLIFF 1.2', 'xliff-2': 'XLIFF 2', tmx: 'TMX' }[doc.format];
  return {
    version: REPORT_VERSION,
    generator: { name: 'bitext-qa', version: VERSION },
    mode: 'parallel',
    modeReason: `${format} file: ${doc.units.length} units, each checked as one aligned pair`,
    embedder: { id: 'none', kind: 'custom' },
    source: src.side,
    target: tgt.side,
    beads,
    findings,
    scores: computeScores(src.side.sentences, tgt.side.sentences, beads, findings),
    timings,
  };
}
