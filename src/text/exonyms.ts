// Common exonyms and demonyms: the same country or region named in each covered language
// (`Denmark`/`Danmörk`/`Dänemark`/`Danemark`, `Finnish`/`finnois`). A translation names a place in its
// own language, so these are neither missing nor misspelled names. A small built-in table; the
// dictionaries of `--dict` cover more. Languages: en, de, fr, es, it, pt, nl, is, id, ru (in Cyrillic,
// compared transliterated).
//
// Inflected forms are accepted by prefix: a word that starts with a table entry, or with the entry
// less its last two letters when the entry is 6 letters or longer, and is at most 4 letters longer
// (`Danmörku`, `Íslands`, `Noregi`, `Deutschlands`, `Россией`).
import { nameKey } from './names.js';

/** One line per place: every name and demonym of it, in any covered language. */
const GROUPS: readonly string[] = [
  'Denmark Danish Dane Danes Dänemark dänisch Danemark danois danoise Dinamarca danés danesa Danimarca danese dinamarquês Denemarken Deens Danmörk Danmerkur danskur danska Дания датский',
  'Finland Finnish Finn Finns Finnland finnisch Finlande finlandais finnois Finlandia finlandés Finlândia finlandês Finland Fins Finnland finnskur finnska Finlandia Финляндия финский',
  'Iceland Icelandic Icelander Icelanders Island isländisch Islande islandais Islandia islandés Islanda islandese Islândia islandês IJsland IJslands Ísland íslenskur íslenska Íslendingar Islandia Исландия исландский',
  'Norway Norwegian Norwegians Norwegen norwegisch Norvège norvégien Noruega noruego Norvegia norvegese norueguês Noorwegen Noors Noregur Noregs norskur norska Norwegia Норвегия норвежский',
  'Sweden Swedish Swede Swedes Schweden schwedisch Suède suédois Suecia sueco Svezia svedese Suécia Zweden Zweeds Svíþjóð sænskur sænska Swedia Швеция шведский',
  'Greenland Greenlandic Grönland grönländisch Groenland groenlandais Groenlandia Groenlândia Grænland grænlenskur Greenland Гренландия',
  'Faroe Faroese Färöer Féroé Feroe Fær Færeyjar Færeyja Færeyjum færeyskur Faroe Фарерские',
  'Åland Aland Åland Álandseyjar Álandseyja Åland Аландские',
  'Germany German Germans Deutschland deutsch deutsche Allemagne allemand allemande Alemania alemán alemana Germania tedesco Alemanha alemão Duitsland Duits Þýskaland þýskur þýska Jerman Германия немецкий',
  'France French Frankreich französisch Français française France Francia francés Francia francese França francês Frankrijk Frans Frakkland franskur franska Prancis Франция французский',
  'Spain Spanish Spaniards Spanien spanisch Espagne espagnol España español Spagna spagnolo Espanha espanhol Spanje Spaans Spánn Spáni spænskur spænska Spanyol Испания испанский',
  'Italy Italian Italians Italien italienisch Italie italien Italia italiano Itália Italië Italiaans Ítalía ítalskur Italia Италия итальянский',
  'Portugal Portuguese Portugal portugiesisch portugais Portugal portugués Portogallo portoghese português Portugees Portúgal portúgalskur Portugis Португалия португальский',
  'Netherlands Dutch Niederlande niederländisch Pays-Bas néerlandais Holanda Países Bajos neerlandés Paesi Bassi olandese Holanda holandês Nederland Nederlands Holland Holland hollenskur Belanda Нидерланды голландский',
  'Belgium Belgian Belgien belgisch Belgique belge Bélgica belga Belgio Bélgica België Belgisch Belgía belgískur Belgia Бельгия',
  'Switzerland Swiss Schweiz schweizerisch Suisse suisse Suiza suizo Svizzera svizzero Suíça suíço Zwitserland Zwitsers Sviss svissneskur Swiss Швейцария швейцарский',
  'Austria Austrian Österreich österreichisch Autriche autrichien Austria austriaco Áustria Oostenrijk Oostenrijks Austurríki austurrískur Австрия',
  'Britain British Großbritannien britisch Grande-Bretagne britannique Gran Bretaña británico Gran Bretagna britannico Grã-Bretanha britânico Groot-Brittannië Brits Bretland breskur Inggris Британия британский',
  'England English Englishman England englisch Angleterre anglais Inglaterra inglés Inghilterra inglese inglês Engeland Engels England enskur enska Inggris Англия английский',
  'Ireland Irish Irland irisch Irlande irlandais Irlanda irlandés irlandese irlandês Ierland Iers Írland írskur Irlandia Ирландия',
  'Scotland Scottish Scots Schottland schottisch Écosse écossais Escocia escocés Scozia scozzese Escócia Schotland Schots Skotland skoskur Skotlandia Шотландия',
  'Russia Russian Russians Russland russisch Russie russe Rusia ruso Russia russo Rússia Rusland Russisch Rússland rússneskur Rusia Россия русский российский',
  'Poland Polish Polen polnisch Pologne polonais Polonia polaco polacco Polónia Polônia Pools Pólland pólskur Polandia Польша польский',
  'Greece Greek Griechenland griechisch Grèce grec Grecia griego greco Grécia grego Griekenland Grieks Grikkland grískur Yunani Греция греческий',
  'Europe European Europa europäisch Europe européen européenne Europa europeo europea europeu Europees Evrópa evrópskur Eropa Европа европейский',
  'Africa African Afrika afrikanisch Afrique africain África africano Africa africano Afrika Afrikaans Afríka afrískur Afrika Африка африканский',
  'Asia Asian Asien asiatisch Asie asiatique Asia asiático asiatico Ásia Azië Aziatisch Asía asískur Asia Азия азиатский',
  'America American Amerika amerikanisch Amérique américain América americano Amerika Amerikaans Ameríka amerískur Amerika Америка американский',
  'Guiana Guyana Guayana Guyane Guiana Guiana Gvæjana Гвиана',
  'China Chinese China chinesisch Chine chinois China chino Cina cinese chinês Chinees Kína kínverskur Tiongkok Китай китайский',
  'Japan Japanese Japan japanisch Japon japonais Japón japonés Giappone giapponese Japão japonês Japans Japan japanskur Jepang Япония японский',
  'India Indian Indien indisch Inde indien India indio indiano Índia Indiaas Indland indverskur India Индия индийский',
  'Indonesia Indonesian Indonesien indonesisch Indonésie indonésien Indonesia indonesio indonesiano Indonésia indonésio Indonesië Indonesisch Indónesía Indonesia Индонезия',
  'Egypt Egyptian Ägypten ägyptisch Égypte égyptien Egipto egipcio Egitto egiziano Egito egípcio Egypte Egyptisch Egyptaland egypskur Mesir Египет',
  'Himalaya Himalayas Himalaja Himalaya Himalaia Himalajafjöll Гималаи',
];

/** Each key (see `nameKey`) with the groups it belongs to. */
const INDEX = new Map<string, number[]>();
GROUPS.forEach((line, g) => {
  for (const word of line.split(' ')) {
    const key = nameKey(word.toLowerCase());
    const list = INDEX.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    INDEX.set(key, list);
  }
});
const KEYS = [...INDEX.keys()];
const SEEN = new Map<string, number[]>();

/** The groups of `word`, by its whole key or by an inflected form of an entry (see the module comment). */
function groupsOf(word: string): number[] {
  const key = nameKey(word.toLowerCase());
  const direct = INDEX.get(key);
  if (direct) return direct;
  let out = SEEN.get(key);
  if (out) return out;
  out = [];
  // Remembered, bounded: a long document compares the same words over and over.
  if (SEEN.size > 50_000) SEEN.clear();
  SEEN.set(key, out);
  for (const entry of KEYS) {
    const stem = entry.length >= 6 ? entry.slice(0, -2) : entry;
    if (entry.length >= 4 && key.startsWith(stem) && key.length - entry.length <= 4) out.push(...INDEX.get(entry)!);
  }
  return out;
}

/** Whether two words name the same place (or its people) in two languages, by the built-in table. */
export function sameExonym(a: string, b: string): boolean {
  const ga = groupsOf(a);
  if (ga.length === 0) return false;
  const gb = groupsOf(b);
  return gb.some((g) => ga.includes(g));
}
