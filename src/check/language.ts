// untranslated / third language:
// - `untranslated` (error): a target body/heading sentence whose detected language is the source
//   language (and not the target language);
// - `copied-source` (error): a target sentence of a matched or partial pair whose text equals one of
//   its source sentences (case and white space ignored), unless it is short or only names and numbers,
//   or a social/boilerplate line (quoted posts are legitimately kept verbatim);
// - `third-language` (info): a sentence on either side in neither document language.
// Sentences with fewer than `minLetters` letters are never judged (language detection is unreliable there).
import type { Sentence } from '../segment/types.js';
import { finding, isContent, letterCount, pairedBeads, type Check } from './context.js';
import type { Finding } from './types.js';
import { keptReference, REFERENCE_NOTE } from './reference-lines.js';

export const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/**
 * The first UTF-16 unit of `norm(s)` ('' when `s` is white space), from its first character alone
 * (lower-casing a text's first character does not depend on what follows): most pairs differ there.
 */
export const normFirst = (s: string): string => {
  const t = s.trimStart();
  return t ? String.fromCodePoint(t.codePointAt(0)!).toLowerCase()[0]! : '';
};

/** Only capitalised words, numbers and punctuation (`Hossein Amir-Abdollahian`, `2023`): nothing to translate. */
const onlyNamesAndNumbers = (text: string) =>
  (text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? []).every((w) => /^\p{Lu}/u.test(w));

export const checkLanguage: Check = (ctx) => {
  const { source, target, beads } = ctx.input;
  const { minLetters } = ctx.options;
  const out: Finding[] = [];
  const long = (s: Sentence) => letterCount(s.text) >= minLetters;
  const beadOfTarget = new Map<number, { src: number[]; index: number }>();
  beads.forEach((b, index) => b.tgt.forEach((t) => beadOfTarget.set(t, { src: b.src, index })));
  const flagged = new Set<number>();

  target.sentences.forEach((s, i) => {
    // Cheap tests first: counting letters is the costly one.
    if (!isContent(s) || s.lang !== source.lang || s.lang === target.lang || s.lang === 'und' || !long(s)) return;
    const b = beadOfTarget.get(i);
    flagged.add(i);
    const found = finding(ctx, 'untranslated', {
      tgt: [i], tgtRange: [s.start, s.end], actual: s.text, detail: s.lang,
      ...(b && b.src.length ? { src: b.src, bead: b.index } : {}),
    });
    const sources = (b?.src ?? []).map((k) => source.sentences[k]?.text ?? '');
    out.push(keptReference(s.text, sources, (x, y) => norm(x) === norm(y)) ? { ...found, severity: 'info', note: REFERENCE_NOTE } : found);
  });

  for (const { bead, index } of pairedBeads(beads)) {
    for (const t of bead.tgt) {
      const ts = target.sentences[t];
      if (!ts || flagged.has(t) || !isContent(ts)) continue;
      const first = normFirst(ts.text);
      let tsNorm: string | undefined;
      const s = bead.src.find((k) => source.sentences[k] && normFirst(source.sentences[k].text) === first && norm(source.sentences[k].text) === (tsNorm ??= norm(ts.text)));
      if (s === undefined || !long(ts) || onlyNamesAndNumbers(ts.text)) continue;
      flagged.add(t);
      out.push(finding(ctx, 'copied-source', {
        src: [s], tgt: [t], srcRange: [source.sentences[s].start, source.sentences[s].end], tgtRange: [ts.start, ts.end],
        actual: ts.text, expected: source.sentences[s].text, bead: index,
      }));
    }
  }

  const docLangs = new Set([source.lang, target.lang, 'und', '']);
  source.sentences.forEach((s, i) => {
    if (!docLangs.has(s.lang) && long(s)) out.push(finding(ctx, 'third-language', { src: [i], srcRange: [s.start, s.end], expected: s.text, detail: s.lang }));
  });
  target.sentences.forEach((s, i) => {
    if (!docLangs.has(s.lang) && !flagged.has(i) && long(s)) out.push(finding(ctx, 'third-language', { tgt: [i], tgtRange: [s.start, s.end], actual: s.text, detail: s.lang }));
  });
  return out;
};
