import { withDefaults } from '../defaults.js';
import { OptionError } from '../errors.js';
import { languageName } from './language-name.js';

/** Options of `renderReport`. Each format reads only the ones that concern it. */
export interface RenderOptions {
  /**
   * Title of the HTML page and of the Markdown summary.
   * @default `Translation QA: <source language> → <target language>`, in words (`English → Indonesian`)
   */
  title?: string;
  /**
   * TMX: also write `partial` beads as translation units (by default only `match` beads are written,
   * because a CAT tool trusts every unit of a memory).
   * @default false
   */
  tmxIncludePartials?: boolean;
  /**
   * HTML: the most rows and columns of the similarity heat-map. Longer documents are downsampled:
   * each cell then covers several sentences and shows the best bead score among them.
   * @default 300
   */
  heatmapMaxCells?: number;
  /**
   * Markdown: the most rows per table; the rest is counted in a final line.
   * @default 200
   */
  mdMaxRows?: number;
}

/** Defaults of {@link RenderOptions}. */
export const DEFAULT_RENDER_OPTIONS = {
  tmxIncludePartials: false,
  heatmapMaxCells: 300,
  mdMaxRows: 200,
} as const satisfies RenderOptions;

/** `RenderOptions` with every default filled in (`title` stays optional: its default depends on the report). */
export type ResolvedRenderOptions = Pick<RenderOptions, 'title'> & Required<Omit<RenderOptions, 'title'>>;

/** Fills in the defaults of `options` and validates them; misuse throws an `OptionError` naming the option. */
export function resolveRenderOptions(options: RenderOptions = {}): ResolvedRenderOptions {
  if (typeof options !== 'object' || options === null) throw new OptionError('renderReport: `options` must be an object');
  const o = withDefaults(DEFAULT_RENDER_OPTIONS, options);
  if (o.title !== undefined && typeof o.title !== 'string') throw new OptionError('renderReport: `title` must be a string');
  if (typeof o.tmxIncludePartials !== 'boolean') throw new OptionError('renderReport: `tmxIncludePartials` must be true or false');
  for (const key of ['heatmapMaxCells', 'mdMaxRows'] as const) {
    if (!(Number.isInteger(o[key]) && o[key] >= 1)) throw new OptionError(`renderReport: \`${key}\` must be an integer ≥ 1`);
  }
  return o;
}

/** The title used when `options.title` is not given, with the languages in words (`English → Indonesian`). */
export const defaultTitle = (sourceLang: string, targetLang: string): string =>
  `Translation QA: ${languageName(sourceLang)} → ${languageName(targetLang)}`;
