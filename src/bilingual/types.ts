/** The bilingual file formats `checkBilingual` reads. */
export type BilingualFormat = 'xliff-1.2' | 'xliff-2' | 'tmx';

/** One side of a unit: its text with inline tags taken out, and the tags as placeholders. */
export interface UnitText {
  /** The text to check: inline codes removed, white space collapsed, trimmed. */
  text: string;
  /**
   * One label per placeholder, as it should match on the other side: `<g id="1">` for a paired tag,
   * `<x id="2"/>` for a standalone one, `<bpt id="1">`/`<ept id="1">` for the halves of a split pair.
   */
  tags: string[];
  /** The element's content range `[start, end)` in the file. */
  range: [number, number];
}

/** A translation unit: XLIFF `<trans-unit>`/`<unit>` or TMX `<tu>`. */
export interface BilingualUnit {
  /** XLIFF `id`, TMX `tuid`, else the 1-based position of the unit in the file. */
  id: string;
  source: UnitText;
  /** `null` when the unit has no target at all. */
  target: UnitText | null;
}

/** A bilingual file as units, with the languages it declares (`''` when it declares none). */
export interface BilingualDocument {
  format: BilingualFormat;
  sourceLang: string;
  targetLang: string;
  units: BilingualUnit[];
}
