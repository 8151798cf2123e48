// Candidate roots of an Indonesian word, for words neither the lexicon nor the Snowball stemmer
// finds. Indonesian derives words with prefixes, suffixes and confixes around a root
// (`meningkatkan` = meN- + tingkat + -kan, `keamanan` = ke- + aman + -an, `memperkuat` = meN- +
// per- + kuat), and the nasal prefixes meN-/peN- swallow the root's first letter (`menulis` ← tulis,
// `memukul` ← pukul, `menyerukan` ← seru, `mengirim` ← kirim). Snowball's Indonesian stemmer removes
// the affixes but never restores that letter (`menulis` → `ulis`), so a dictionary that holds only
// the root misses the word. The rules below are those of confix stripping (Nazief and Adriani;
// Arifin, Mahendra and Ciptaningtyas's "enhanced confix stripping"): every reading of the prefixes
// is generated, and the caller keeps the first candidate its dictionary knows.

/** Fewest letters of a root (Indonesian roots of one or two letters are function words). */
export const MIN_ROOT = 3;

/** Most derivational prefixes removed from one word (`di-per-kuat`, `ke-ber-hasil-an` need two). */
const MAX_PREFIXES = 3;

const VOWEL = /^[aeiou]/;

/** Particles, then possessive pronouns, written onto the end of a word (`-lah`, `-nya`). */
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
/** Derivational suffixes. */
const SUFFIXES = ['kan', 'an', 'i'];

/**
 * Prefix and suffix pairs that never form a confix (`di-…-an`, `ke-…-i`), after Nazief and
 * Adriani: a reading that would need one is not generated.
 */
const DISALLOWED: Readonly<Record<string, readonly string[]>> = {
  be: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  me: ['an'],
  se: ['i', 'kan'],
  te: ['an'],
};

/**
 * The readings of `word` without its first prefix: `[rest, prefix class]` pairs (the class is the
 * prefix's first two letters: `me` for meng-, `pe` for peny-), the nasal ones with each letter
 * the nasal may have replaced.
 */
function prefixReadings(word: string): [string, string][] {
  const out: [string, string][] = [];
  const add = (rest: string, cls: string): void => {
    if (rest.length >= MIN_ROOT) out.push([rest, cls]);
  };
  for (const p of ['di', 'ke', 'se']) if (word.startsWith(p)) add(word.slice(2), p);
  for (const p of ['ber', 'ter', 'per']) {
    if (!word.startsWith(p)) continue;
    const cls = p.slice(0, 2);
    add(word.slice(3), cls);
    // be-/te-/pe- before a root that starts with r and a vowel (`te|rasa`).
    if (VOWEL.test(word.slice(3))) add(word.slice(2), cls);
  }
  // be-/te- before a syllable `Cer` (`be|kerja`), and bel-/pel- before `ajar`.
  for (const p of ['be', 'te']) if (word.startsWith(p) && /^[^aeiour]er/.test(word.slice(2))) add(word.slice(2), p);
  if (word.startsWith('belajar') || word.startsWith('pelajar')) add(word.slice(3), word.slice(0, 2));
  for (const p of ['me', 'pe']) {
    if (!word.startsWith(p)) continue;
    const w = word.slice(2);
    if (w.startsWith('nge') && w.length - 3 <= 4) add(w.slice(3), p); // menge-/penge- before a short root: `mengebom`
    if (w.startsWith('ng')) {
      const rest = w.slice(2);
      if (VOWEL.test(rest)) {
        add(rest, p); // `mengambil` ← ambil
        add(`k${rest}`, p); // `mengirim` ← kirim
      } else if (/^[ghkqx]/.test(rest)) add(rest, p); // `menggambar` ← gambar
    } else if (w.startsWith('ny') && VOWEL.test(w.slice(2))) {
      add(`s${w.slice(2)}`, p); // `menyerukan` ← seru
      add(w, p); // `menyanyi` ← nyanyi
    } else if (w.startsWith('m')) {
      const rest = w.slice(1);
      if (/^[bfpv]/.test(rest)) add(rest, p); // `membaca` ← baca, `memperkuat` ← perkuat
      else if (VOWEL.test(rest)) {
        add(`p${rest}`, p); // `memukul` ← pukul
        add(w, p); // `memakan` ← makan
      }
    } else if (w.startsWith('n')) {
      const rest = w.slice(1);
      if (/^[cdjstz]/.test(rest)) add(rest, p); // `mencari` ← cari
      else if (VOWEL.test(rest)) {
        add(`t${rest}`, p); // `menulis` ← tulis
        add(w, p); // `menanti` ← nanti
      }
    } else if (/^[lrwy][aeiou]/.test(w) || (p === 'pe' && /^[^aeiou][aeiou]/.test(w))) add(w, p); // `melihat` ← lihat, `pekerja` ← kerja
  }
  return out;
}

/** `word` without the endings in `list` it may carry (none, or one). */
function withoutEnding(word: string, list: readonly string[]): string[] {
  const out = [word];
  for (const s of list) if (word.length - s.length >= MIN_ROOT && word.endsWith(s)) out.push(word.slice(0, -s.length));
  return out;
}

/**
 * Candidate roots of a lower-cased Indonesian word, the fewest affixes removed first (the word
 * itself is not among them): particles and possessives, then at most one derivational suffix, then
 * up to three prefixes, each nasal prefix read every way it can be. Many candidates are not words;
 * the caller keeps the first one its dictionary knows.
 */
export function indonesianRoots(word: string): string[] {
  const scored: [string, number][] = [];
  const seen = new Set([word]);
  const push = (root: string, removed: number): void => {
    if (seen.has(root)) return;
    seen.add(root);
    scored.push([root, removed]);
  };
  const bases = withoutEnding(word, PARTICLES).flatMap((w) => withoutEnding(w, POSSESSIVES));
  for (const base of bases) {
    for (const stem of withoutEnding(base, SUFFIXES)) {
      const suffix = stem === base ? '' : base.slice(stem.length);
      push(stem, suffix ? 1 : 0);
      let level: [string, string][] = [[stem, '']];
      for (let depth = 1; depth <= MAX_PREFIXES; depth++) {
        const next: [string, string][] = [];
        for (const [w, first] of level) {
          for (const [rest, cls] of prefixReadings(w)) {
            const outer = first || cls;
            if (suffix && DISALLOWED[outer]?.includes(suffix)) continue;
            push(rest, depth + (suffix ? 1 : 0));
            next.push([rest, outer]);
          }
        }
        level = next;
      }
    }
  }
  return scored.sort((a, b) => a[1] - b[1]).map(([r]) => r);
}
