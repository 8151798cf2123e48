// Numbered and lettered lists written on one line: `1.) a 2.) b`, `a) x b) y`, `(i) … (ii) …`, `• 9. … • 10. …`.
// When a sentence starts with a list marker, the marker that follows it in sequence starts the next one.

/** A list marker: its value and the punctuation around it. */
export interface ListMarker {
  /** Characters the marker takes, including a leading bullet. */
  length: number;
  /** The marker that would come next in the same list (`2.)` after `1.)`), without a bullet. */
  next: string;
}

const BULLETS = '•⁃◦▪‣-*·';
const MARKER = /^(\(?)(\d{1,3}|[a-zA-Z])(\.\)|\.|\))(?=\s)/;

/** Parses a list marker at `pos` (after an optional bullet), or returns undefined. */
export function listMarkerAt(text: string, pos: number, to: number): ListMarker | undefined {
  let p = pos;
  if (p < to && BULLETS.includes(text[p] as string)) {
    p++;
    while (p < to && text[p] === ' ') p++;
  }
  const m = MARKER.exec(text.slice(p, Math.min(to, p + 8)));
  if (!m) return undefined;
  const [all, open = '', value = '', close = ''] = m;
  if (open === '(' && close !== ')') return undefined;
  const next = /^\d+$/.test(value) ? String(Number(value) + 1) : value === 'z' || value === 'Z' ? '' : String.fromCharCode(value.charCodeAt(0) + 1);
  if (next === '') return undefined;
  return { length: p - pos + all.length, next: open + next + close };
}

/** True when the text at `pos` (after an optional bullet and spaces) is `marker` followed by white space. */
export function startsWithMarker(text: string, pos: number, to: number, marker: string): boolean {
  let p = pos;
  if (p < to && BULLETS.includes(text[p] as string)) {
    p++;
    while (p < to && text[p] === ' ') p++;
  }
  if (!text.startsWith(marker, p)) return false;
  const after = text[p + marker.length];
  return after === ' ' || after === '\t';
}
