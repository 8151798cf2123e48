// Order statistics without sorting: the aligners take medians and quantiles of every band cell's
// similarity (hundreds of thousands of values per pass), where a full sort was a tenth of the time.

/**
 * The k-th smallest (0-based) of `values`, as a sorted copy would hold it; NaN counts as the largest
 * value, as typed-array sort places it. Quickselect (median-of-three pivots) on a copy: O(n) expected.
 */
export function kthSmallest(values: ArrayLike<number>, k: number): number {
  // Callers pass Float64Arrays (the large band-wide lists) and small plain arrays; the selection
  // below sees Float64Arrays only, so V8 compiles it for one kind of array instead of deoptimising
  // and compiling it again for each new kind it meets. The copy holds the same numbers.
  return kthSmallestOf(values instanceof Float64Array ? values : Float64Array.from(values), k);
}

function kthSmallestOf(values: Float64Array, k: number): number {
  if (values.length === 0) return 0;
  const all = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) all[n++] = v;
  }
  const a = all.subarray(0, n);
  k = Math.min(Math.max(0, k), values.length - 1);
  if (k >= n) return Number.NaN;
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three as the pivot, left at a[mid].
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** The upper median: the value a sorted copy holds at ⌊n / 2⌋ (for an even n, the larger middle one); 0 when empty. */
export const upperMedian = (values: ArrayLike<number>): number => kthSmallest(values, values.length >> 1);

/** Median of `values`: the middle value, or the mean of the two middle values (0 when empty). */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return 0;
  const h = n >> 1;
  return n % 2 ? kthSmallest(values, h) : (kthSmallest(values, h - 1) + kthSmallest(values, h)) / 2;
}

/** Index of the first of the ascending values `sorted` that is not below `v` (`sorted.length` when none). */
export function lowerBound(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
