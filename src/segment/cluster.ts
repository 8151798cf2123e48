// A cluster of sentence marks and what closes them: `.`, `?!`, `...`, `. . . .`, `?»`, `."`, `.[1][2]`.
import { isCloser, isDigit, isLetter, isSpacedTerminal, isUnspacedTerminal, isUpper } from './chars.js';
import type { LanguageRules } from './rules.js';

/** What a cluster of sentence marks is made of; `end` is one past its last character. */
export interface Cluster {
  end: number;
  dots: number;
  strong: boolean;
  unspaced: boolean;
  ellipsis: boolean;
  spacedEllipsis: boolean;
  closers: number;
}

/** Reads the cluster that starts at the sentence mark at `i`. Bounded by the cluster's own length. */
export function readCluster(text: string, i: number, to: number, rules: LanguageRules): Cluster {
  const cl: Cluster = { end: i, dots: 0, strong: false, unspaced: false, ellipsis: false, spacedEllipsis: false, closers: 0 };
  let j = i;
  while (j < to) {
    const ch = text[j] as string;
    if (ch === '.') {
      cl.dots++;
      // A footnote number glued to the period: `… (type 2).10 This`, `… cognition.1 According`.
      const before = text[i - 1] ?? ' ';
      if (j === i && (isLetter(before) || before === ')') && isDigit(text[j + 1] ?? '')) {
        let k = j + 1;
        while (k < to && k < j + 4 && isDigit(text[k] as string)) k++;
        if (text[k] === ' ' && isUpper(text[k + 1] ?? '')) j = k - 1;
      }
    }
    else if (ch === '…') cl.ellipsis = true;
    else if (isSpacedTerminal(ch) || rules.terminals.has(ch)) cl.strong = true;
    else if (isUnspacedTerminal(ch)) cl.unspaced = true;
    else if (ch === '[' && j > i && isDigit(text[j + 1] ?? '')) {
      // Footnote references after the mark: `.[1]`, `.[7][8]`.
      let k = j + 1;
      while (k < to && k < j + 5 && isDigit(text[k] as string)) k++;
      if (text[k] !== ']') break;
      j = k;
    } else if (isCloser(ch)) cl.closers++;
    else if ((ch === ' ' || ch === '\u00a0' || ch === '\u202f') && (text[j + 1] === '»' || text[j + 1] === '›')) cl.closers++;
    else if (ch === ' ' && cl.dots > 0 && cl.closers === 0 && text[j + 1] === '.' && !cl.strong) cl.spacedEllipsis = true;
    else break;
    j++;
  }
  cl.end = j;
  return cl;
}
