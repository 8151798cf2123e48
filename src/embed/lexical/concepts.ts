// The lexical embedder's dictionaries: the concept lexicons of its language pair (shipped files,
// installed dictd dictionaries, the caller's dictionary files), built once per process and pair.
import { basename } from 'node:path';
import { installedDictionaries } from '../../lexicon/installed.js';
import { type PairLexicons, pairLexicons, readDictionaries } from '../../lexicon/pair.js';
import { ConceptResolver } from '../../lexicon/resolve.js';
import { primaryLang } from '../../text/language-tag.js';

/** The resolvers of a pair's two sides, and the id suffix naming what they use. */
export interface PairConcepts {
  readonly source: ConceptResolver;
  readonly target: ConceptResolver;
  readonly languages: readonly [string, string];
  /** `+lex:en,id` (shipped lexicons), then `+dict:<file>,…` (dictionaries read at run time). */
  readonly idSuffix: string;
  /** Dictionary files read at run time (installed or given). */
  readonly dictionaries: readonly string[];
}

const cache = new Map<string, PairConcepts | null>();

/**
 * The concepts of the pair `languages` with user `files` (read here; `InputError` when malformed), or
 * `undefined` when no lexicon connects the two languages. Cached per pair and file list.
 */
export function pairConcepts(languages: readonly [string, string], files: readonly string[]): PairConcepts | undefined {
  const [source, target] = languages.map(primaryLang);
  const key = `${source}\t${target}\t${files.join('\t')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const paths = [...files, ...installedDictionaries(source, target).filter((p) => !files.includes(p))];
  const lex: PairLexicons | undefined = pairLexicons(source, target, readDictionaries(paths));
  let out: PairConcepts | null = null;
  if (lex) {
    const suffix = (lex.shipped.length > 0 ? `+lex:${source},${target}` : '') + (lex.dictionaries.length > 0 ? `+dict:${lex.dictionaries.map((p) => basename(p)).join(',')}` : '');
    out = { source: new ConceptResolver(lex.source), target: new ConceptResolver(lex.target), languages: [source, target], idSuffix: suffix, dictionaries: lex.dictionaries };
  }
  cache.set(key, out);
  return out ?? undefined;
}
