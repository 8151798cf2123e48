/** What a sentence is, for coverage: only `body` and `heading` sentences count as content ({@link isContent}). */
export type SentenceKind = 'body' | 'heading' | 'boilerplate' | 'social';

/** One sentence of an input text, with its exact span. `input.slice(start, end) === text`. */
export interface Sentence {
  /** The sentence, exactly as it stands in the input (no surrounding white space). */
  text: string;
  /** Offset of the first character in the input (UTF-16 code units, like `String.prototype.slice`). */
  start: number;
  /** Offset one past the last character (end excluded). */
  end: number;
  /** 0-based index of the paragraph (blank-line or line-break separated block) the sentence is in. */
  paragraph: number;
  /** ISO 639-1 code detected by fastText lid.176 (or given by the caller); `und` when unknown. */
  lang: string;
  kind: SentenceKind;
}

/** A segmented document: its language and its sentences. One side of a comparison, a check or a report. */
export interface Side {
  /** The document language (ISO 639-1; `und` when unknown). Each sentence's own `lang` may differ. */
  lang: string;
  sentences: Sentence[];
}

/** Content sentences (`body` and `heading`) count for coverage, omissions and the scores; boilerplate and social lines do not. */
export const isContent = (s: Sentence | undefined): boolean => s?.kind === 'body' || s?.kind === 'heading';
