// An amount written whole and fraction apart (`2 fr. 70`, `5 € 50`, `3 Fr. 60 Rp.`) for one written
// with a decimal mark (`Fr. 2.70`): the older French and Swiss way with money, which the segmenter may
// even cut in two at `fr.`. A decimal number left over on one side of a pair whose whole part and whose
// fraction digits (as written: `70` of `2.70`) are both left over on the other side is that amount.

/** What a number has to carry here. */
interface Amount {
  value: number;
  raw: string;
  form: 'digits' | 'words';
}

/** The whole part and the fraction digits of a decimal written with digits (`2.70` → 2 and 70), if it is one. */
export function decimalParts(n: Amount): [number, number] | undefined {
  if (n.form !== 'digits') return undefined;
  const m = /^(\d+)[.,](\d{2})$/u.exec(n.raw.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** `left` without the amounts written apart on one side and with a decimal mark on the other. */
export function withoutSplitAmounts<T extends Amount>(left: { src: T[]; tgt: T[] }): { src: T[]; tgt: T[] } {
  if (!left.src.length || !left.tgt.length) return left;
  const gone = new Set<T>();
  const pass = (decimals: readonly T[], others: readonly T[]) => {
    for (const d of decimals) {
      const parts = decimalParts(d);
      if (!parts || gone.has(d)) continue;
      const whole = others.find((n) => !gone.has(n) && n.form === 'digits' && n.value === parts[0] && !decimalParts(n));
      const fraction = others.find((n) => n !== whole && !gone.has(n) && n.form === 'digits' && n.value === parts[1] && !decimalParts(n));
      if (!whole || !fraction) continue;
      gone.add(d).add(whole).add(fraction);
    }
  };
  pass(left.src, left.tgt);
  pass(left.tgt, left.src);
  return gone.size ? { src: left.src.filter((n) => !gone.has(n)), tgt: left.tgt.filter((n) => !gone.has(n)) } : left;
}
