// An Icelandic stemmer (Snowball has none), written from the grammar: it removes at most one
// definite-article ending and one case, number or verb ending, undoes the u-umlaut (ö ↔ a) and the
// syncope of a second-syllable vowel (jökull, jökli; hamar, hamri), so that the inflected forms of a
// word meet its dictionary form: jökull, jökla, jöklar, jöklinum → `jakl`; barn, börn, börnin →
// `barn`; saga, sögu → `sag`. The stem is a lookup key, not a word. Applied alike to dictionary
// entries and to text. Forms it does not join (strong verbs: tók / taka) are listed in the shipped
// lexicon by their own stems, from Apertium's analyser (lexicons/README.md).

/** Shortest stem left (Icelandic has many short roots: hús, ár, dýr). */
const KEEP = 3;

/**
 * The suffixed definite article, alone or with the case ending before it (hest-ar-nir, kon-ur-nar,
 * hest-u-num, jökl-inum, barn-ið, kon-unni, hús-sins), longest first. A word that loses one keeps
 * the rest: the ending before the article is part of the suffix here.
 */
const DEFINITE = ['arinnar', 'urinn', 'arnir', 'sins', 'urnar', 'irnar', 'irnir', 'innar', 'unnar', 'unum', 'anna', 'unni', 'inni', 'inum', 'inu', 'ins', 'inn', 'ina', 'ana', 'una', 'ið', 'in'];

/** Case, number, comparison and verb endings, longest first. */
const ENDINGS = [
  'astrar', 'ustum', 'astra', 'astri', 'astur', 'astan', 'astir', 'astar', 'asts', 'uðust', 'aðist', 'aðir', 'uðum', 'uðuð', 'uðu', 'andi', 'aðan', 'aðra', 'aðri', 'aðar', 'asta', 'asti', 'ustu', 'ara', 'ari', 'ust',
  'aði', 'ast', 'ist', 'ust', 'jar', 'jum', 'var', 'vum', 'rar', 'ann', 'inn',
  'ar', 'ir', 'ur', 'um', 'uð', 'að', 'ja', 'va', 'ra', 'ri', 'an', 'ði', 'ðu',
  'a', 'i', 'u', 's', 't', 'ð',
];

const VOWELS = new Set('aáeéiíoóuúyýæö');

/** Strips the longest of `suffixes` (sorted longest first) that leaves at least KEEP letters. */
function strip(word: string, suffixes: readonly string[]): string {
  for (const s of suffixes) {
    if (word.length - s.length < KEEP || !word.endsWith(s)) continue;
    // A genitive -s follows a consonant; after a vowel the s is the root's (laus). A neuter -t
    // does not follow s (hest, fast are roots).
    if ((s === 's' && VOWELS.has(word[word.length - 2])) || (s === 't' && word[word.length - 2] === 's')) continue;
    return word.slice(0, -s.length);
  }
  return word;
}

/** The stem of a lower-cased Icelandic word. */
export function icelandicStem(word: string): string {
  // The article goes first; then either the nominative's assimilated -l/-n or one ending.
  const bare = strip(word, DEFINITE);
  let w = bare;
  // Nominative -ur assimilated to a final l or n (jökul-l, lykil-l, morgun-n, stein-n, stól-l).
  if (w.length > KEEP + 1 && /(?:[^aeiouáéíóúýæö](?:ul|il|un)|(?:ei|au|ey|[áéíóúýæ])[ln])[ln]$/.test(w)) w = w.slice(0, -1);
  else if (bare === word) w = strip(w, ENDINGS);
  // Syncope: a second-syllable a, i or u before l, n or r drops when an ending follows (jökul → jökl).
  const n = w.length;
  if (n > KEEP && 'lnr'.includes(w[n - 1]) && 'aiu'.includes(w[n - 2]) && !VOWELS.has(w[n - 3]) && [...w.slice(0, n - 3)].some((c) => VOWELS.has(c))) {
    w = w.slice(0, n - 2) + w[n - 1];
  }
  // u-umlaut: ö in a stem alternates with a (barn / börn, saga / sögu).
  return w.replace(/ö/g, 'a');
}
