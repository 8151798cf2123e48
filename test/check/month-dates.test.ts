// Months without a day, compared across a pair (the cases: `in January` / `en febrero`).
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { extractDates } from '../../src/text/dates.js';
import { pair } from './helpers.js';

const codes = (srcLang: string, src: string, tgtLang: string, tgt: string) =>
  checkAlignment(pair(srcLang, src, tgtLang, tgt), { checks: ['dates'] }).map((f) => `${f.code} ${f.expected ?? ''} → ${f.actual ?? ''}`.trim());

describe('month-only and month–year dates', () => {
  it.each([
    ['en', 'The talks began in January.', 'es', 'Las conversaciones comenzaron en febrero.', ['date-mismatch January → febrero']],
    ['en', 'Sales fell in January 2025.', 'es', 'Las ventas cayeron en febrero de 2025.', ['date-mismatch January 2025 → febrero de 2025']],
    ['en', 'Sales fell in January 2025.', 'es', 'Las ventas cayeron en enero de 2024.', ['date-mismatch January 2025 → enero de 2024']],
    ['en', 'The glacier retreated in January.', 'is', 'Jökullinn hopaði í febrúar.', ['date-mismatch January → febrúar']],
    ['en', 'The talks began in January.', 'es', 'Las conversaciones comenzaron.', ['date-missing January →']],
  ])('flags %s “%s” / %s “%s”', (sl, src, tl, tgt, expected) => {
    expect(codes(sl, src, tl, tgt)).toEqual(expected);
  });

  it.each([
    ['en', 'The talks began in January.', 'es', 'Las conversaciones comenzaron en enero.'],
    ['en', 'Sales fell in January 2025.', 'de', 'Der Absatz sank im Januar 2025.'],
    ['en', 'It happened in March.', 'fr', "C'est arrivé le 4 mars."],
    ['en', 'The glacier retreated in January.', 'is', 'Jökullinn hopaði í janúar.'],
    ['en', 'May I ask a question about the march?', 'de', 'Darf ich eine Frage zum Marsch stellen?'],
    ['fr', 'Mars est une planète rouge.', 'en', 'Mars is a red planet.'],
  ])('passes %s “%s” / %s “%s” (no error or warning)', (sl, src, tl, tgt) => {
    // `le 4 mars` for `in March` adds a day: that is `date-extra`, info, which is fine here.
    const alarms = checkAlignment(pair(sl, src, tl, tgt), { checks: ['dates'] }).filter((f) => f.severity !== 'info');
    expect(alarms).toEqual([]);
  });

  it('reads a month alone only in the form its language writes it', () => {
    // Capitalised in English and German, lower case in French; Malay `Mac` is not an English month.
    expect(extractDates('in January and in May', 'en').map((d) => d.month)).toEqual([1, 5]);
    expect(extractDates('May I? The march', 'en')).toEqual([]);
    expect(extractDates('au mois de mars, pas Mars', 'fr').map((d) => d.raw)).toEqual(['mars']);
    expect(extractDates('Mac users', 'en')).toEqual([]);
    expect(extractDates('á mánudaginn í janúar', 'is').map((d) => [d.weekday, d.month])).toEqual([[1, undefined], [undefined, 1]]);
  });
});
