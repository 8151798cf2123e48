// Giving sentences a language without trusting fastText on short strings: the document gets one language;
// a line (then a sentence) gets another only when it is long enough and fastText is confident.
import type { DetectedLanguage } from './language.js';

/** A detector, bound to a loaded model. */
export type Detector = (text: string) => DetectedLanguage;

/** How many letters `text` has (stops counting at `cap`). */
export function letterCount(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
    else if (c > 127 && /\p{L}/u.test(text[i] as string)) n++;
  }
  return n;
}

/**
 * The language for `text` given the fallback `inherited`: its own only when long enough and confident.
 * `sure` says whether fastText was confident (a line it is unsure of is mixed: its sentences get their own look).
 */
export function languageOf(text: string, inherited: string, detect: Detector, minLetters: number, minConfidence: number): { lang: string; sure: boolean } {
  if (letterCount(text, minLetters) < minLetters) return { lang: inherited, sure: false };
  const d = detect(text);
  const sure = d.lang !== 'und' && d.confidence >= minConfidence;
  return { lang: sure ? d.lang : inherited, sure };
}

/** A sample of a long document for its overall language: its start, middle and end. */
export function documentSample(text: string, size = 20_000): string {
  if (text.length <= size * 3) return text;
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, size)} ${text.slice(mid, mid + size)} ${text.slice(-size)}`;
}
