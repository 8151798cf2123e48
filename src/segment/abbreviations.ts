// Abbreviation tables per language. Keys are lower case, without the final period; internal periods stay
// (`u.s`, `a.m`). Three roles, as in pragmatic_segmenter's model:
// - prepositive: titles that stand before a name (`Dr.`, `Jl.`, `Prof.`): never end a sentence;
// - numeric: stand before a number (`No. 5`, `Art. 3`): do not end a sentence before a digit;
// - other: end a sentence only when the next word clearly starts one.

/** The abbreviations of one language, split by role. */
export interface AbbreviationTable {
  prepositive: readonly string[];
  numeric: readonly string[];
  other: readonly string[];
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Shared by all languages written in Latin script (mostly Latin and international forms). */
const COMMON: AbbreviationTable = {
  prepositive: words('dr dra drs prof mr mrs ms mme mlle messrs st sr sra srta jr gen col lt capt sgt cpl maj adm gov sen rep rev hon pres fr mt ing'),
  numeric: words('n° nº rs rp no nos nr nrs art arts p pp vol vols fig figs ch chap sec no sect par tel ext ed eds op'),
  other: words(
    'etc vs approx ca cf ibid id al inc ltd co corp bros dept est univ assn assoc ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec ' +
      'mon tue tues wed thu thur thurs fri sat sun min max km kg cm mm ml sq ft oz lb lbs yr yrs hr hrs e.g i.e a.m p.m u.s u.k u.n e.u a.d b.c ph.d m.d b.a m.a d.c',
  ),
};

/** Extra abbreviations per ISO 639-1 code. */
const BY_LANG: Record<string, AbbreviationTable> = {
  en: {
    prepositive: words('adj adv asst atty brig cmdr comdr dist exec insp messrs mssrs supt surg treas det'),
    numeric: words('pg'),
    other: words('abbr acad alt apt attn aug bldg cal cent cir cl cmt conf corp cres ct cty dept dr esp ex exp fwd hwy illus inst jct lat ln long misc mtn natl neg no orig pct pl pkwy pop pt ref rt sta ste tbsp tsp twp u.s.a viz vol wk'),
  },
  id: {
    prepositive: words('jl jln kol letjen mayjen brigjen kapt bpk ir hj h kh prof dr drg'),
    numeric: words('no hlm kec kab'),
    other: words('dll dsb dst tsb yth sdr sbg a.n d.a s.d u.p dkk rp tgl thn ttd pt tbk cv'),
  },
  ms: { prepositive: words('jln tn dr hj'), numeric: words('no'), other: words('dll dsb sbg bhd sdn') },
  de: {
    prepositive: words('hr hrn fr frl dipl dr prof'),
    numeric: words('nr s abs bd hft'),
    other: words(
      'med kath ev bzw bspw ca evtl ggf inkl insb u.a usw vgl z.b d.h u.u z.t o.ä s.o s.u sog geb gest jh jhd jhs mio mrd tsd zzgl str tel u.v.m m.e i.d.r a.a.o o.g',
    ),
  },
  es: {
    prepositive: words('sr sra srta sres sras dr dra lic lcda lcdo ing arq d dña dn ud uds vd vds sto sta pdte'),
    numeric: words('núm pág págs cap art'),
    other: words('ene abr ago dic párr párrf etc aprox atte avda c.c cía gral ej p.ej depto dpto tel fdo admón apdo ee.uu s.a s.l'),
  },
  fr: {
    prepositive: words('m mm mme mmes mlle mlles me mgr pr dr st ste'),
    numeric: words('n° no p art chap'),
    other: words('etc cf env av bd boul c.-à-d p.ex apr av.-j.-c j.-c éd vol t'),
  },
  it: {
    prepositive: words('sig sig.ra sig.na sigg dott dott.ssa prof avv ing arch geom rag on gen col cav egr gent'),
    numeric: words('n pag art cap'),
    other: words('dir amm psicol ecc ca es pagg tel ss s.p.a s.r.l c.a ca p.es'),
  },
  pt: {
    prepositive: words('sr sra srta dr dra prof eng exmo exma'),
    numeric: words('n nº pág art'),
    other: words('etc av aprox ex tel ltda cia'),
  },
  nl: { prepositive: words('dhr mevr mw dr prof ir drs mr'), numeric: words('nr blz art'), other: words('bijv o.a e.d enz m.a.w d.w.z i.p.v ca') },
  ru: {
    prepositive: words('г гг гр тов им акад проф доц'),
    numeric: words('№ стр с п пп т тт рис табл гл'),
    other: words(
      'пгт пос обл р-н т.е т.д т.п т.к т.н т.о и.о др пр ул д кв корп стр руб коп млн млрд тыс куб.м кв.м см км кг мм ок ср напр прим см.также ст вв н.э до н.э',
    ),
  },
  pl: { prepositive: words('p dr prof mgr inż hab ks'), numeric: words('nr str art'), other: words('itd itp tzn np m.in ok tj wg godz r ul bałt') },
  hy: { prepositive: words(''), numeric: words(''), other: words('թ թթ տ տտ') },
  el: { prepositive: words('κ κα δρ'), numeric: words('αρ σελ'), other: words('π.χ κ.λπ κλπ δηλ') },
  ar: { prepositive: words('د م أ'), numeric: words(''), other: words('ص ج') },
};

/** The abbreviations that apply to `lang` (an ISO 639-1 code): the shared ones plus the language's own. */
export function abbreviationsFor(lang: string): { prepositive: Set<string>; numeric: Set<string>; other: Set<string> } {
  const own = BY_LANG[lang];
  const merge = (key: keyof AbbreviationTable): Set<string> => new Set([...COMMON[key], ...(own ? own[key] : [])]);
  return { prepositive: merge('prepositive'), numeric: merge('numeric'), other: merge('other') };
}
