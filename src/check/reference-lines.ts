// A bibliographic reference kept in the language it was published in (`- H. Roiss , Erste Besteigung
// des Austria Peak , 7729 m. Oesterr. Touristen-Zeitung , 7O.Jahrgang , Folge 1. Wien 1957 .` in a
// French translation of a German text): a title is cited as published, so a reference line "still in
// the source language" is the usual practice, not a sentence left untranslated. A line is a reference
// when it is a list of fields, two commas or more, and has a marker of one: a volume, issue, page or
// edition word (`Jahrgang`, `Folge`, `Heft`, `vol.`, `Nr.`, `S. 12`, `p. 12`…) or an author given
// by initials (`H. Roiss ,`). The `untranslated` finding on such a line is `info` when the line's
// source sentences are a reference too and the line is not a copy of one of them (a copy is what a
// translator who skipped the sentence leaves, and `untranslated` stays an error for it).

/** Words and abbreviations that mark a volume, issue, page or edition in common citation styles. */
const MARKER = /(?<![\p{L}])(?:Jahrgang|Jg\.|Folge|Heft|Bd\.|Band|Hrsg\.|Verlag|vol\.|Vol\.|tome|fasc\.|éd\.|ed\.|eds\.|pp?\.\s?\d|S\.\s?\d|Nr\.|n°|No\.|Nos\.)/u;
/** An author given by initials, then a surname and a comma (`H. Roiss ,`, `A. J. M. Smith,`). */
const AUTHOR = /(?<![\p{L}])(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+\s?,/u;

/** Whether `text` is a reference line (see the module comment). */
export function isReferenceLine(text: string): boolean {
  const commas = text.split(',').length - 1;
  return commas >= 2 && (MARKER.test(text) || AUTHOR.test(text));
}

/** The note of an `untranslated` finding on a reference line. */
export const REFERENCE_NOTE = 'a bibliographic reference, cited as it was published';

/**
 * Whether target line `line` is a reference kept as published (see the module comment): it and one of
 * its source sentences `sources` are reference lines, and it is a copy of none of them (`same` says
 * whether two texts are the same once case and white space are set aside).
 */
export function keptReference(line: string, sources: readonly string[], same: (a: string, b: string) => boolean): boolean {
  return isReferenceLine(line) && sources.some(isReferenceLine) && !sources.some((s) => same(s, line));
}
