// The one place that decides which embedder runs. `compareArticles`, `alignSentences` and the CLI
// all call it: the user's choice (`auto`, `lexical`, `neural`, an object, or the length-only
// baseline) resolves here, and the built-in lexical embedder gets the preset of the mode here.
import { createEmbedder, type CreateEmbedderOptions, type EmbedderKind } from './create.js';
import { createLexicalEmbedder, type LexicalOptions } from './lexical/index.js';
import { DEFAULT_NEURAL_MODEL } from './neural/options.js';
import { isModelAvailable } from './neural/paths.js';
import type { Embedder } from './types.js';

/**
 * What ran, as recorded in `Report.embedder.kind` and `Alignment.embedder.kind`: one of ours
 * (`lexical`, `neural`), one the caller brought (`custom`), or no embedder at all (`length`: the
 * Gale-Church baseline of `alignSentences({ embedder: 'length' })`).
 */
export type EmbedderFamily = 'lexical' | 'neural' | 'custom' | 'length';

/** Which embedder ran: its `id`, its family, and `note` when it runs instead of the one asked for. */
export interface EmbedderUsed {
  id: string;
  kind: EmbedderFamily;
  /** Why this embedder ran instead of the one asked for (e.g. `auto` falling back to lexical). */
  note?: string;
}

/** What a caller may ask for: a built-in kind, the length-only baseline, or an embedder object. */
export type EmbedderChoice = EmbedderKind | 'length' | Embedder;

/** The length-only baseline as `Alignment.embedder` records it. */
export const LENGTH_EMBEDDER: EmbedderUsed = Object.freeze({ id: 'length', kind: 'length' });

/** Which family an embedder belongs to, from its id: `neural:…`, `lexical…`, or anything else. */
export function embedderKind(embedder: Pick<Embedder, 'id'>): Exclude<EmbedderFamily, 'length'> {
  if (embedder.id.startsWith('neural:')) return 'neural';
  if (/^lexical(?:$|[@:])/.test(embedder.id)) return 'lexical';
  return 'custom';
}

/** The `{ id, kind }` record of an embedder that ran. */
export function embedderUsed(embedder: Pick<Embedder, 'id'>): EmbedderUsed {
  return { id: embedder.id, kind: embedderKind(embedder) };
}

/**
 * The built-in lexical embedder in the preset of a mode (`LEXICAL_PRESETS`): `parallel` to align a
 * translation, `comparable` for comparable mode and for auto mode's decision.
 */
export function lexicalForMode(
  mode: 'parallel' | 'comparable',
  pair: Pick<LexicalOptions, 'languages' | 'dictionaries'> = {},
): Embedder {
  return createLexicalEmbedder({
    preset: mode,
    ...(pair.languages ? { languages: pair.languages } : {}),
    ...(pair.dictionaries !== undefined ? { dictionaries: pair.dictionaries } : {}),
  });
}

/** Options of {@link resolveEmbedder}: where the neural model lives and whether to cache its vectors. */
export type ResolveEmbedderOptions = Pick<CreateEmbedderOptions, 'model' | 'cacheDir' | 'cache'>;

/** What {@link resolveEmbedder} settles on: the embedder `alignSentences` gets, and why when it is not the one asked for. */
export interface ResolvedEmbedder {
  embedder?: Embedder | 'length';
  note?: string;
}

/**
 * Resolves a caller's choice to what `alignSentences` gets:
 * - an `Embedder` object is used as it is (wrap it in `withCache` yourself if its vectors are worth keeping);
 * - `'length'` stays `'length'` (the length-only baseline; `alignSentences` only);
 * - `'lexical'`, and `'auto'` without a neural model on disk, resolve to no embedder: `alignSentences`
 *   then runs the lexical embedder in the preset of each mode ({@link lexicalForMode}). Nothing is built
 *   to be thrown away;
 * - `'neural'`, and `'auto'` with the model on disk, build the neural embedder behind the disk cache
 *   (`createEmbedder`; `cache: false` turns the cache off). When `auto` finds the model on disk but it
 *   cannot run, the lexical presets run and `note` says why.
 * @throws ModelUnavailableError for `'neural'` without the model; OptionError for an unknown kind.
 */
export async function resolveEmbedder(choice: EmbedderChoice, options: ResolveEmbedderOptions = {}): Promise<ResolvedEmbedder> {
  if (typeof choice === 'object' || choice === 'length') return { embedder: choice };
  if (choice === 'lexical') return {};
  const model = options.model ?? DEFAULT_NEURAL_MODEL;
  if (choice === 'auto' && !isModelAvailable(model, { cacheDir: options.cacheDir })) return {};
  const embedder = await createEmbedder({
    kind: choice,
    cache: options.cache ?? true,
    ...(options.model ? { model: options.model } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  // `auto` falls back to lexical when the model on disk cannot load: the mode's preset then runs,
  // and the note says why.
  if (embedderKind(embedder) !== 'lexical') return { embedder };
  return embedder.note ? { note: embedder.note } : {};
}
