// Reads a number at a position and hashes its locale-independent value: `1,000.5`, `1.000,5`,
// `1 000,5` and `1'000.5` all hash as `1000.5`; `3,14` = `3.14`; `04` = `4`; `2.50` = `2.5`.
// Separated digit groups that are not a valid grouping (dates `04.02.2023`, versions `1.2.3`)
// are read as several numbers.
import { FNV_OFFSET, fnvStep } from './hash.js';

const MAX_GROUPS = 32;
const COMMA = 44;
const DOT = 46;
const SPACE = 32;
const APOSTROPHE = 39;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Reusable result of {@link readNumber}: one or more numbers, each a hash and its count of significant digits. */
export class NumberReading {
  readonly hashes = new Int32Array(MAX_GROUPS);
  readonly digits = new Uint8Array(MAX_GROUPS);
  count = 0;
  /** True when `%` follows (spaces allowed in between). */
  percent = false;
  /** Index just past the number (and past the `%`, when there is one). */
  end = 0;
  readonly starts = new Int32Array(MAX_GROUPS);
  readonly ends = new Int32Array(MAX_GROUPS);
  readonly seps = new Uint16Array(MAX_GROUPS);
}

/**
 * Hashes one value into the next slot of `r`: the integer digits of groups `[0, intGroups)` (or of
 * group `only` alone when it is ≥ 0) with leading zeros dropped, then, when `fracGroup` ≥ 0, `.` and
 * that group's digits with trailing zeros dropped.
 */
function hashValue(t: string, r: NumberReading, intGroups: number, fracGroup: number, only: number): void {
  let h = FNV_OFFSET;
  let n = 0;
  for (let g = only < 0 ? 0 : only; g < (only < 0 ? intGroups : only + 1); g++) {
    for (let k = r.starts[g]; k < r.ends[g]; k++) {
      const c = t.charCodeAt(k);
      if (n === 0 && c === 48) continue;
      h = fnvStep(h, c);
      n++;
    }
  }
  if (n === 0) {
    h = fnvStep(h, 48);
    n = 1;
  }
  if (fracGroup >= 0) {
    let last = r.ends[fracGroup];
    while (last > r.starts[fracGroup] && t.charCodeAt(last - 1) === 48) last--;
    if (last > r.starts[fracGroup]) {
      h = fnvStep(h, DOT);
      for (let k = r.starts[fracGroup]; k < last; k++) h = fnvStep(h, t.charCodeAt(k));
      n += last - r.starts[fracGroup];
    }
  }
  const i = r.count++;
  r.hashes[i] = h;
  r.digits[i] = Math.min(n, 255);
}

/** Reads the number starting at digit `t[i]` into `r`. */
export function readNumber(t: string, i: number, r: NumberReading): void {
  r.count = 0;
  let j = i;
  while (isDigit(t.charCodeAt(j))) j++;
  r.starts[0] = i;
  r.ends[0] = j;
  let groups = 1;
  while (groups < MAX_GROUPS) {
    const s = t.charCodeAt(j);
    if (!(s === COMMA || s === DOT || s === SPACE || s === APOSTROPHE) || !isDigit(t.charCodeAt(j + 1))) break;
    let k = j + 1;
    while (isDigit(t.charCodeAt(k))) k++;
    // A space or apostrophe only groups thousands: exactly three digits after, at most three before the first.
    if ((s === SPACE || s === APOSTROPHE) && (k - j - 1 !== 3 || (groups === 1 && j - i > 3))) break;
    r.seps[groups] = s;
    r.starts[groups] = j + 1;
    r.ends[groups] = k;
    groups++;
    j = k;
  }
  r.end = j;
  let p = j;
  while (t.charCodeAt(p) === SPACE) p++;
  r.percent = t.charCodeAt(p) === 37;
  if (r.percent) r.end = p + 1;
  if (groups === 1) return hashValue(t, r, 1, -1, -1);

  const last = r.seps[groups - 1];
  const lastLen = r.ends[groups - 1] - r.starts[groups - 1];
  let decimal = false;
  if (last === COMMA || last === DOT) {
    let other = false;
    for (let g = 1; g < groups - 1; g++) if (r.seps[g] !== last) other = true;
    if (other) decimal = true;
    else if (groups === 2) decimal = lastLen !== 3 || allZero(t, r.starts[0], r.ends[0]);
  }
  const intGroups = decimal ? groups - 1 : groups;
  let valid = r.ends[0] - r.starts[0] <= 3 || intGroups === 1;
  for (let g = 1; g < intGroups && valid; g++) {
    valid = r.ends[g] - r.starts[g] === 3 && r.seps[g] === r.seps[1] && (!decimal || r.seps[g] !== last);
  }
  if (valid) return hashValue(t, r, intGroups, decimal ? groups - 1 : -1, -1);
  for (let g = 0; g < groups; g++) hashValue(t, r, 0, -1, g);
}

function allZero(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t.charCodeAt(k) !== 48) return false;
  return true;
}
