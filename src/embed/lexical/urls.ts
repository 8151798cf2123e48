// URL and e-mail detection at a token start, without a regex: `https://x.org/a`, `www.x.org`,
// `pic.twitter.com/u6KeMm`, `name@x.org`. Trailing sentence punctuation is not part of the URL.

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
