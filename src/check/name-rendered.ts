// A place name the translation writes in its own language's form, generic word and all: German
// `Concordia-Platz`, French `Place de la Concorde`. The generic part (`Platz`) translates (`Place`),
// and the name itself takes the target language's form (`Concordia` → `Concorde`), which the names
// check sees as a spelling variant. A spelling variant of one part of a hyphenated source name is
// `info`, with a note, when another part of that name (four letters or more) has its dictionary
// translation among the target sentence's words, and the two spellings differ in two letters or more
// (a planted or typed slip changes one letter: `Concordia`/`Concordie` stays a warning).
import levenshtein from 'fast-levenshtein';
import { plainForm, translates } from './name-forms.js';

/** The note of a `name-spelling` finding about a place name written in the target language's form. */
export const RENDERED_PLACE_NOTE = 'a place name written in the target language’s form (its generic word is translated too)';

/** Fewest letters two spellings differ in to be another language's form rather than a slip. */
const MIN_DISTANCE = 2;

/**
 * Whether `part` of the hyphenated source word `compound`, spelled `actual` in the target sentence
 * `targetText`, is a place name in the target language's form (see the module comment). `languages`
 * is the pair, source first.
 */
export function renderedPlaceName(compound: string, part: string, actual: string, targetText: string, languages: readonly [string, string]): boolean {
  if (compound === part || !compound.includes('-')) return false;
  if (levenshtein.get(plainForm(part), plainForm(actual)) < MIN_DISTANCE) return false;
  const others = compound.split('-').filter((p) => p.length >= 4 && p !== part);
  if (others.length === 0) return false;
  const words = (targetText.match(/[\p{L}\p{M}]{3,}/gu) ?? []).filter((w) => w.toLowerCase() !== actual.toLowerCase());
  return others.some((o) => words.some((w) => translates(o, w, languages)));
}
