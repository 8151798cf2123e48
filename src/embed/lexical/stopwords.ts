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

/** FNV-1a hashes of the stop words, compared against the hash of each folded word. */
export const STOPWORD_HASHES: ReadonlySet<number> = new Set(
  WORDS.split(' ').map((w) => {
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
    return h;
  }),
);
