// Word pairs of a finite-state transducer printed in AT&T text form (`lt-print` of Apertium's
// lttoolbox prints a compiled dictionary so): a bilingual dictionary (`isl-eng.autobil.bin`: lemma
// → translation) or a morphological analyser (`isl-eng.automorf.bin`: inflected form → lemma).
// Used by scripts/build-lexicons.ts only, to read Apertium's data; nothing reads it at run time.

/** One path: the input letters, the output letters (each up to its first tag) and the first tag. */
export interface AttPath {
  readonly input: string;
  readonly output: string;
  /** The first tag met (`<n>`, `<vblex>`…): the word's part of speech. */
  readonly tag: string;
}

interface Arc {
  readonly to: number;
  readonly input: string;
  readonly output: string;
}

/** More parallel arcs than this between two states are a wildcard (any letter), not words: skipped. */
const WILDCARD_ARCS = 8;
/** Longest path followed (letters plus tags). */
const MAX_DEPTH = 64;

const isTag = (s: string): boolean => s.length > 1 && s.startsWith('<') && s.endsWith('>');

/**
 * Every word path of the transducers in `text` (several are separated by `--` lines). A path ends
 * when both sides have met a tag (a bilingual dictionary: `lemma<n>` ↔ `translation<n>`), or at a
 * final state once the output has met one (an analyser: `jöklinum` → `jökull<n><m>…`). Wildcards
 * (a state with more than 8 arcs to one other state, or a loop on itself) and paths that come back
 * to a state are not followed: they are patterns (numbers, unknown names), not words.
 */
export function attPaths(text: string): AttPath[] {
  const out: AttPath[] = [];
  for (const section of text.split(/\n--\n/)) {
    const arcs = new Map<number, Arc[]>();
    const finals = new Set<number>();
    for (const line of section.split('\n')) {
      const f = line.split('\t');
      if (f.length >= 4) {
        const from = Number(f[0]);
        const list = arcs.get(from) ?? [];
        list.push({ to: Number(f[1]), input: f[2] === 'ε' ? '' : f[2], output: f[3] === 'ε' ? '' : f[3] });
        arcs.set(from, list);
      } else if (f[0] !== '' && f[0] !== undefined) finals.add(Number(f[0]));
    }
    for (const [from, list] of arcs) {
      const fan = new Map<number, number>();
      for (const a of list) fan.set(a.to, (fan.get(a.to) ?? 0) + 1);
      arcs.set(from, list.filter((a) => a.to !== from && fan.get(a.to)! <= WILDCARD_ARCS));
    }
    const onPath = new Set<number>([0]);
    const walk = (state: number, input: string, output: string, inTag: string, outTag: string): void => {
      if (finals.has(state) && outTag) out.push({ input, output, tag: inTag || outTag });
      for (const a of arcs.get(state) ?? []) {
        let [i, o, ti, to] = [input, output, inTag, outTag];
        if (isTag(a.input)) ti ||= a.input;
        else if (!ti) i += a.input;
        if (isTag(a.output)) to ||= a.output;
        else if (!to) o += a.output;
        if (ti && to) {
          out.push({ input: i, output: o, tag: ti });
          continue;
        }
        if (onPath.has(a.to) || onPath.size > MAX_DEPTH) continue;
        onPath.add(a.to);
        walk(a.to, i, o, ti, to);
        onPath.delete(a.to);
      }
    };
    walk(0, '', '', '', '');
  }
  return out;
}
