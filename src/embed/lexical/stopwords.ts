// Very frequent function words of the languages we align most (ASCII-folded, lower case). Their
// features are down-weighted: they are everywhere, so they make unrelated sentences look alike.
import { FNV_OFFSET, fnvStep } from './hash.js';

const WORDS = [
  // en
  'the of and to in is was are were be been for on at by with from as that this these those it its he she they his her their',
  'an or but not no has have had will would can could may also which who whom than then there into over after about',
  // de
  'der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war waren wird werden hat haben mit von zu',
  'im am auf aus bei fur nach uber unter vor auch sich es er sie wir ihr dass als wie noch nur zum zur',
  // fr
  'le la les un une des du de et ou mais ne pas est sont etait ete sera ont avait avec pour par sur dans au aux ce cette ces',
  'qui que quoi dont il elle ils elles son sa ses leur leurs se en plus tres aussi comme',
  // es, it, pt
  'el los las del al una unos unas es fue son por para con sin su sus lo le se que como mas muy pero',
  'il lo gli di da della delle dei nel nella con per tra fra che non sono era anche piu',
  'os as um uma dos das do da em no na nos nas por com para que nao foi sao mais',
  // nl
  'het een en van op te dat die niet is zijn was met voor aan er maar om ook als bij uit',
  // id, ms
  'yang dan di ke dari untuk dengan pada dalam ini itu adalah akan telah juga tidak atau oleh sebagai bahwa karena',
  'tersebut para bagi serta lebih sudah masih saat antara kata ia dia mereka kami kita',
  // is
  'og ad er var sem um til med fra eftir vid hann hun thad their thaer ekki en eda fyrir thvi sig hefur hafa verid',
].join(' ');

const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Open-addressing table of the stop words' FNV-1a hashes (a typed array: no boxing of 32-bit keys). */
const TABLE = (() => {
  const table = new Int32Array(1 << TABLE_BITS);
  for (const w of WORDS.split(' ')) {
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
    let k = (h ^ (h >>> 16)) & TABLE_MASK;
    while (table[k] !== 0 && table[k] !== h) k = (k + 1) & TABLE_MASK;
    table[k] = h;
  }
  return table;
})();

/** Whether a lower-cased, folded word with FNV-1a hash `h` is a stop word. */
export function isStopword(h: number): boolean {
  if (h === 0) return false;
  for (let k = (h ^ (h >>> 16)) & TABLE_MASK; ; k = (k + 1) & TABLE_MASK) {
    const v = TABLE[k];
    if (v === h) return true;
    if (v === 0) return false;
  }
}
