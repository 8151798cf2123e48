// Sentences that are pieces of a longer one: the segmenter cuts at colons and semicolons and at line
// breaks, and a translation joins or splits sentences there differently than its source.

/** A sentence that starts with a lower-case letter (quotes and brackets aside): it goes on from the one before. */
export const followsOn = (text: string): boolean => /^[^\p{L}\p{N}]*\p{Ll}/u.test(text);

/** A short clause (ten words at most) that ends in a colon or semicolon: it goes on in the next sentence. */
export const leadsOn = (text: string): boolean => /[:;]\s*$/u.test(text) && text.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 10;

