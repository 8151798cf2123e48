/** Options of `renderReport`. Each format reads only the ones that concern it. */
export interface RenderOptions {
  /**
   * Title of the HTML page and of the Markdown summary.
   * @default `Translation QA: <source lang> → <target lang>`
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

/** The title used when `options.title` is not given. */
export const defaultTitle = (sourceLang: string, targetLang: string): string =>
  `Translation QA: ${sourceLang} → ${targetLang}`;
