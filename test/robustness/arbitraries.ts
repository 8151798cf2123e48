// Text generators for the property tests: pieces of many scripts and of the things that break
// splitters (combining marks, zero-width and bidi controls, lone surrogates, every line break,
// runs of punctuation), glued together at random.
import fc from 'fast-check';

const PIECES = [
  // words and sentences in several scripts
  'Hello', 'world.', 'Dr.', 'U.S.', 'p.m.', 'e.g.', 'No.', '1,000.5', '(4/1)', '3.14', '2023',
  'Привет', 'мир.', 'مرحبا', 'بالعالم؟', 'שלום', 'עולם.', '你好', '世界。', 'こんにちは', '「引用」', '한국어',
  'नमस्ते', 'ภาษาไทย', 'Ελληνικά;', 'Jakarta,', 'Amir-Abdollahian', '@handle', '#tag',
  'https://example.com/a?b=c.', 'pic.twitter.com/xyz', '— Name (@who) May 1, 2023',
  // emoji, ZWJ sequences, flags, skin tones, keycaps
  '😀', '👩‍👩‍👧', '🇮🇩', '👍🏽', '1️⃣', '❤️',
  // combining marks and decomposed letters
  'e\u0301', 'a\u0300\u0316', '\u0301', 'Z\u0351\u0352\u0353\u0354',
  // zero-width and bidi controls
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u202c', '\u200f', '\u2066',
  // lone surrogates
  '\ud800', '\udfff', '\udc00x', 'x\ud83d',
  // line breaks and white space
  '\n', '\r\n', '\r', '\n\n\n', '\u2028', '\u2029', '\u0085', '\t', ' ', '  ', '\u00a0', '\u3000', '\u202f',
  // punctuation runs
  '.', '...', '?!', '!!!', '…', '。', '！', '؟', '»', '«', '"', "'", '“', '”', ')', '(', '[', ']', '-', '—', ':', ';', ',',
];

/** One piece: a known-hostile fragment, or a random code point / string. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** Arbitrary hostile Unicode text, up to a few hundred code units. */
export const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(piece, fc.constant(' ')), { maxLength: 80 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('.', '!', '?', ' ', '\n', '\r', 'a', 'A', '1'), maxLength: 200 }) },
);

const WORDS = ['the', 'house', 'river', 'Jakarta', 'Rina', 'Smith', 'rumah', 'sungai', 'harga', 'price', 'euro', 'Haus'];

/** Short sentences of the kind an aligner sees: words, numbers, names, sometimes noise or nothing. */
export const sentence = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 100_000 }).map(String)), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '.', '123', '😀', '\u202e') },
);

export const sentenceList = fc.array(sentence, { maxLength: 25 });

/**
 * White space as the segmenter trims it: JavaScript's `\s`, plus U+200B (zero-width space) and
 * U+0085 (next line), which `src/segment/chars.ts` also counts as space.
 */
export const isSpaceLike = (c: string): boolean => /\s/.test(c) || c === '\u200b' || c === '\u0085';
