import { alignSentences } from '../align/index.js';
import { checkAlignment, computeScores } from '../check/index.js';
import { createEmbedder, embedderKind } from '../embed/index.js';
import type { Embedder } from '../embed/types.js';
import { OptionError } from '../errors.js';
import type { Report } from '../report/types.js';
import { REPORT_VERSION } from '../report/types.js';
import { detectLanguage, splitSentences } from '../segment/index.js';
import type { Sentence } from '../segment/types.js';
import { VERSION } from '../version.js';
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions, type ProgressEvent } from './options.js';

export { DEFAULT_COMPARE_OPTIONS } from './options.js';
export type { CompareOptions, ProgressEvent, Stage } from './options.js';

const MODES = ['auto', 'parallel', 'comparable'] as const;

/** The language of a side: the caller's, else fastText's guess over the body text. */
async function sideLanguage(given: string | undefined, sentences: Sentence[]): Promise<string> {
  if (given) return given;
  const body = sentences.filter((s) => s.kind === 'body' || s.kind === 'heading').map((s) => s.text);
  if (body.length === 0) return 'und';
  return (await detectLanguage(body.join('\n').slice(0, 20_000))).lang;
}

/**
 * Resolves `options.embedder` to the embedder `alignSentences` gets. Built-in embedders come from
 * `createEmbedder`, which caches neural vectors on disk unless `cache: false`; an object you pass is
 * used as it is (wrap it in `withCache` yourself if its vectors are worth keeping). The built-in
 * lexical embedder (`'lexical'`, or `'auto'` without a neural model) resolves to `embedder: undefined`,
 * so `alignSentences` runs it in the preset of each mode (`LEXICAL_PRESETS`); `note` says why `auto`
 * fell back to it when a model was there.
 */
export async function resolveEmbedder(options: CompareOptions): Promise<{ embedder?: Embedder; note?: string }> {
  const choice = options.embedder ?? DEFAULT_COMPARE_OPTIONS.embedder;
  if (typeof choice === 'object') return { embedder: choice };
  if (choice === 'lexical') return {};
  const embedder = await createEmbedder({
    kind: choice,
    cache: options.cache ?? DEFAULT_COMPARE_OPTIONS.cache,
    ...(options.model ? { model: options.model } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  if (embedderKind(embedder) !== 'lexical') return { embedder };
  return embedder.note ? { note: embedder.note } : {};
}

/**
 * Compares two articles: splits both into sentences, embeds and aligns them, checks every aligned pair
 * and scores the document. Translation problems are findings in the report, never exceptions; only
 * misuse (bad options) and cancellation throw.
 *
 * @example
 * const report = await compareArticles(english, indonesian);
 * for (const f of report.findings) console.log(f.severity, f.message);
 */
export async function compareArticles(source: string, target: string, options: CompareOptions = {}): Promise<Report> {
  if (typeof source !== 'string' || typeof target !== 'string') {
    throw new TypeError('compareArticles(source, target): both texts must be strings.');
  }
  const mode = options.mode ?? DEFAULT_COMPARE_OPTIONS.mode;
  if (!MODES.includes(mode)) throw new OptionError(`mode '${String(mode)}' is not one of ${MODES.join(', ')}.`);
  const progress = (event: ProgressEvent) => options.onProgress?.(event);
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = Math.round((performance.now() - t0) * 10) / 10;
    }
  };

  const [srcSentences, tgtSentences] = await time('segment', () =>
    Promise.all([splitSentences(source), splitSentences(target)]),
  );
  progress({ stage: 'segment', done: 1, total: 1 });
  options.signal?.throwIfAborted();
  const [srcLang, tgtLang] = await Promise.all([
    sideLanguage(options.from, srcSentences),
    sideLanguage(options.to, tgtSentences),
  ]);

  const { embedder, note: embedderNote } = await resolveEmbedder(options);
  const alignment = await time('align', () =>
    alignSentences(srcSentences, tgtSentences, {
      mode,
      embedder,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (stage: string, done: number, total: number) =>
        progress({ stage: stage === 'embed' ? 'embed' : 'align', done, total }),
    }),
  );
  options.signal?.throwIfAborted();

  // The embedder that produced the final alignment (the built-in lexical one: the preset that ran).
  const embedderId = alignment.embedderId ?? embedder?.id ?? 'lexical';
  const sourceSide = { lang: srcLang, sentences: srcSentences };
  const targetSide = { lang: tgtLang, sentences: tgtSentences };
  const skip = new Set(options.skipChecks ?? DEFAULT_COMPARE_OPTIONS.skipChecks);
  const findings = await time('check', () =>
    checkAlignment({ source: sourceSide, target: targetSide, beads: alignment.beads }, { mode: alignment.mode }).filter(
      (f) => !skip.has(f.code),
    ),
  );
  progress({ stage: 'check', done: 1, total: 1 });

  return {
    version: REPORT_VERSION,
    generator: { name: 'bitext-qa', version: VERSION },
    mode: alignment.mode,
    modeReason: alignment.reason,
    embedder: { id: embedderId, kind: embedderKind({ id: embedderId }), ...(embedderNote ? { note: embedderNote } : {}) },
    source: sourceSide,
    target: targetSide,
    beads: alignment.beads,
    findings,
    scores: computeScores(srcSentences, tgtSentences, alignment.beads, findings),
    timings,
  };
}
