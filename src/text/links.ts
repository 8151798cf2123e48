// Links in running text — URLs, e-mail addresses, @handles and #hashtags — in one place. Every
// stage that must recognise them reads them here:
// - `extractLinks`: each link with its kind and the form compared across a pair (the links check);
// - `linkSpans`: the spans that are never numbers, names or language evidence (number and name
//   readers, letter counts, language detection), which also cover any `@` or `#` word (`#1`, `@x`);
// - `readUrl`: the same question asked at one position, without a regex, for the lexical embedder's
//   hot loop and the segmenter: `https://x.org/a`, `www.x.org`, `pic.twitter.com/u6KeMm`,
//   `name@x.org`, and a bare host with a path (`x.org/a`). Trailing sentence punctuation is not part
//   of a URL.

export type LinkKind = 'url' | 'email' | 'handle' | 'hashtag';

export interface LinkMention {
  kind: LinkKind;
  raw: string;
  start: number;
  end: number;
  /** The form compared across a pair: lower case; URLs without scheme, `www.` and trailing slash. */
  key: string;
}

/** A URL with a scheme or `www.` (up to white space, angle brackets or quotes), or a tweet's picture link. */
const URL = String.raw`\b(?:https?:\/\/|www\.)[^\s<>"“”]+|\bpic\.twitter\.com\/[\w-]+`;
const EMAIL = String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const HANDLE = String.raw`(?<![\w@])@[\p{L}\p{N}_]{2,}`;
const HASHTAG = String.raw`(?<![\w#&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*`;
/** Any `@` or `#` word, a handle or hashtag or not (`#1`, `@x`): never a number, a name or language evidence. */
const TAG = String.raw`[@#][\p{L}\p{N}_]+`;

const LINK_RE = new RegExp(`(?<url>${URL})|(?<email>${EMAIL})|(?<handle>${HANDLE})|(?<hashtag>${HASHTAG})`, 'giu');

/**
 * The source of a regular expression (flags `giu`) that matches every span `linkSpans` returns, for a
 * reader that masks more in the same pass (the number reader adds clock times).
 */
export const LINK_SPAN_SOURCE = `${URL}|${EMAIL}|${TAG}`;

/**
 * Text that `LINK_SPAN_SOURCE` can match contains one of these: most sentences contain none, and this
 * test is far cheaper than the expression, whose e-mail alternative rescans every word.
 */
export const LINK_GATE = /https?:\/\/|www\.|[@#]|pic\.twitter\.com\//iu;

const LINK_SPAN_RE = new RegExp(LINK_SPAN_SOURCE, 'giu');

/** URLs, e-mail addresses, @handles and #hashtags of `text`, in order. */
export function extractLinks(text: string): LinkMention[] {
  const out: LinkMention[] = [];
  // Each alternative of `LINK_RE` needs what `LINK_GATE` looks for; most sentences have none of it.
  if (!LINK_GATE.test(text)) return out;
  for (const m of text.matchAll(LINK_RE)) {
    const kind = (Object.keys(m.groups!) as LinkKind[]).find((k) => m.groups![k] !== undefined)!;
    const raw = kind === 'url' ? m[0].replace(/[.,;:!?)\]'"»”’]+$/u, '') : m[0];
    const key = kind === 'url' ? raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '') : raw.toLowerCase();
    out.push({ kind, raw, start: m.index, end: m.index + raw.length, key });
  }
  return out;
}

/** The character spans `[start, end)` of the links of `text` and of any `@` or `#` word, in order, never overlapping. */
export function linkSpans(text: string): Array<[number, number]> {
  if (!LINK_GATE.test(text)) return [];
  return [...text.matchAll(LINK_SPAN_RE)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/**
 * Whether a white-space-delimited token (longer than 5 characters) reads as a link or a host: it starts
 * with a scheme or `www.`, holds an `@`, or ends in a top-level domain (`example.com`, `bbc.co.uk/`).
 * The segmenter asks it of the word before a period.
 */
export function isLinkToken(token: string): boolean {
  return token.length > 5 && /^(?:https?:|www\.)|@|\.(?:com|org|net|gov|edu|[a-z]{2})\/?$/i.test(token);
}

/** `text` with each of its `linkSpans` replaced by `by`. */
export function withoutLinks(text: string, by = ''): string {
  return LINK_GATE.test(text) ? text.replace(LINK_SPAN_RE, by) : text;
}

const isSpace = (c: number): boolean => c <= 32 || c === 0xa0 || c === 0x3000;
const isHostChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95;
/** Characters that end a sentence or close a bracket/quote, dropped from the end of a URL. */
const isTrailing = (c: number): boolean =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 34 || c === 39 || c === 62;

function startsWithLower(t: string, i: number, prefix: string): boolean {
  for (let k = 0; k < prefix.length; k++) if ((t.charCodeAt(i + k) | 32) !== prefix.charCodeAt(k)) return false;
  return true;
}

/** Where a URL found at `t[i]` is described: the whole URL `[start, end)` and its host `[start, hostEnd)`. */
export interface UrlSpan {
  start: number;
  hostEnd: number;
  end: number;
}

/**
 * If a URL or e-mail address starts at `t[i]` (a letter or digit), fills `span` and returns true.
 * `span.start` skips the scheme and `www.`, so `https://www.x.org/a` and `x.org/a` are the same.
 */
export function readUrl(t: string, i: number, span: UrlSpan): boolean {
  let s = i;
  let explicit = false;
  if (startsWithLower(t, s, 'http')) {
    let k = s + 4;
    if ((t.charCodeAt(k) | 32) === 115) k++;
    if (t.charCodeAt(k) === 58 && t.charCodeAt(k + 1) === 47 && t.charCodeAt(k + 2) === 47) {
      s = k + 3;
      explicit = true;
    }
  }
  if (startsWithLower(t, s, 'www.')) {
    s += 4;
    explicit = true;
  }
  let h = s;
  let at = -1;
  for (; h < t.length; h++) {
    const c = t.charCodeAt(h);
    if (c === 46) continue;
    if (c === 64 && at < 0 && !explicit) at = h;
    else if (!isHostChar(c)) break;
  }
  let hostEnd = h;
  while (hostEnd > s && isTrailing(t.charCodeAt(hostEnd - 1))) hostEnd--;
  if (hostEnd <= s) return false;
  const lastDot = t.lastIndexOf('.', hostEnd - 1);
  // A host needs a dot followed by a letter (a top-level domain), so `3.5/10` is not a URL.
  const tld = lastDot > s && lastDot < hostEnd - 1 && ((t.charCodeAt(lastDot + 1) | 32) - 97) >>> 0 < 26;
  const hasPath = t.charCodeAt(h) === 47 && h === hostEnd;
  const email = at > s && tld && at < lastDot;
  if (!explicit && !(hasPath && tld) && !email) return false;
  let e = h;
  if (hasPath || explicit) while (e < t.length && !isSpace(t.charCodeAt(e))) e++;
  while (e > hostEnd && isTrailing(t.charCodeAt(e - 1))) e--;
  span.start = s;
  span.hostEnd = hostEnd;
  span.end = Math.max(e, hostEnd);
  return true;
}
