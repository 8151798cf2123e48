// Base forms of English words the Snowball stemmer cannot bring back to their dictionary form:
// irregular past tenses and participles (`went` ← go, `spoken` ← speak, `died`, whose stem `di`
// is not `die`'s), the verb forms of older English (`hath`, `saith`, `spake`; `-eth` and `-est`
// endings: `giveth`, `findest`), as in the King James Bible and other texts before 1800. Tried only
// for a word no lexicon knows as written or by its stem, so a form that is also a noun (`left`,
// `found`) keeps its own meaning where a lexicon has it.

/** Irregular verbs: base form → its past tense and past participle forms that stem apart from it. */
const IRREGULAR: Readonly<Record<string, string>> = {
  arise: 'arose arisen', bear: 'bore borne', beat: 'beaten', become: 'became', beget: 'begat begot begotten',
  begin: 'began begun', bend: 'bent', bid: 'bade bidden', bind: 'bound', bite: 'bit bitten', bleed: 'bled',
  blow: 'blew blown', break: 'broke broken', breed: 'bred', bring: 'brought', build: 'built', burn: 'burnt',
  buy: 'bought', catch: 'caught', choose: 'chose chosen', cleave: 'clave cleft cloven', cling: 'clung',
  come: 'came', creep: 'crept', deal: 'dealt', die: 'died', dig: 'dug digged', draw: 'drew drawn',
  drink: 'drank drunk', drive: 'drove driven', dwell: 'dwelt', eat: 'ate eaten', fall: 'fell fallen',
  feed: 'fed', feel: 'felt', fight: 'fought', find: 'found', flee: 'fled', fly: 'flew flown',
  forbid: 'forbade forbidden', forget: 'forgot forgotten', forgive: 'forgave forgiven', forsake: 'forsook forsaken',
  freeze: 'froze frozen', give: 'gave given', go: 'went gone', grind: 'ground', grow: 'grew grown',
  hang: 'hung', hear: 'heard', hide: 'hid hidden', hold: 'held', keep: 'kept', kneel: 'knelt',
  know: 'knew known', lay: 'laid', lead: 'led', leave: 'left', lend: 'lent', lie: 'lay lain', lose: 'lost',
  mean: 'meant', meet: 'met', pay: 'paid', ride: 'rode ridden', ring: 'rang rung', rise: 'rose risen',
  run: 'ran', say: 'said saith', see: 'saw seen', seek: 'sought', sell: 'sold', send: 'sent',
  shake: 'shook shaken', shine: 'shone', shoot: 'shot', sing: 'sang sung', sink: 'sank sunk', sit: 'sat',
  slay: 'slew slain', sleep: 'slept', smite: 'smote smitten', speak: 'spoke spoken spake', spend: 'spent',
  spring: 'sprang sprung', stand: 'stood', steal: 'stole stolen', stick: 'stuck', sting: 'stung',
  strike: 'struck stricken', strive: 'strove striven', swear: 'swore sworn', sweep: 'swept', swim: 'swam swum',
  take: 'took taken', teach: 'taught', tear: 'tore torn', tell: 'told', think: 'thought', throw: 'threw thrown',
  tread: 'trod trodden', understand: 'understood', wake: 'woke woken', wear: 'wore worn', weave: 'wove woven',
  weep: 'wept', win: 'won', wind: 'wound', work: 'wrought', write: 'wrote written',
  // Older English: `hath`, `hast`, `doth`, `dost`.
  have: 'hath hast', do: 'doth dost',
};

const BASE: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.split(' ').map((f) => [f, base] as [string, string])),
);

/** Fewest letters left before an `-eth` ending (`goeth`) and before `-est` (`seest`; `rest` and `best` are words). */
const MIN_BEFORE = { eth: 2, est: 3 } as const;

/**
 * Candidate base forms of an English word (lower case), most likely first: its entry in the table
 * of irregular forms, or, for `-eth` / `-est` (`giveth`, `sitteth`, `findest`), the word without
 * the ending, with an `e` put back, and with a doubled consonant undone. Empty when none applies.
 */
export function englishBases(word: string): readonly string[] {
  const base = BASE.get(word);
  if (base) return [base];
  const m = /^(\w+?)(eth|est)$/.exec(word);
  if (!m || m[1].length < MIN_BEFORE[m[2] as 'eth' | 'est']) return [];
  const stem = m[1];
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}
