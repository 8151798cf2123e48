/**
 * Escaping shared by the renderers. Every piece of report text (sentences, messages, codes,
 * languages) passes through one of these before it reaches an output format.
 */

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
 * In a text they can reorder what a reader sees ("Trojan Source"); renderers show them as visible
 * code points instead of letting them act. LRM/RLM (U+200E/U+200F) are ordinary in RTL text and kept.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `U+202E` for a character. */
export const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Replaces bidi controls with a visible `⟦U+202E⟧` marker. */
export const showBidiControls = (text: string): string =>
  text.replace(BIDI_CONTROLS, (c) => `⟦${codePoint(c)}⟧`);

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;',
};

/** Escapes text for HTML element content and for quoted attribute values alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);

/**
 * Characters XML 1.0 does not allow at all: C0 controls other than tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF. They cannot even be written as character references, so they are dropped.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that are invalid in XML 1.0. */
export const stripInvalidXml = (text: string): string => text.replace(XML_INVALID, '');

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML content and attributes: drops invalid characters, escapes markup, and writes
 * bidi controls as character references (`&#x202E;`) so the value is kept but the file reads safely.
 */
export const escapeXml = (text: string): string =>
  stripInvalidXml(text)
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
    .replace(BIDI_CONTROLS, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`);
