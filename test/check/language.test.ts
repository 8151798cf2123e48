import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, pair, side, swap } from './helpers.js';

const codes = (input: CheckInput) => checkAlignment(input, { checks: ['language'] }).map((f) => `${f.severity} ${f.code}`);
const EN = 'Maduro conveyed his greetings to the Iranian leader and the president.';
const ID = 'Maduro menyampaikan salam kepada pemimpin Iran dan presiden.';

describe('language check', () => {
  it('passes a translated pair, a short name-only line and a quoted post kept verbatim', () => {
    expect(codes(pair('en', EN, 'id', ID))).toEqual([]);
    expect(codes(swap(pair('en', EN, 'id', ID)))).toEqual([]);
    expect(codes(pair('en', 'Hossein Amir-Abdollahian', 'id', 'Hossein Amir-Abdollahian'))).toEqual([]);
    expect(codes(pair('en', 'Nicolas Maduro, Delcy Rodriguez, Yvan Gil Pinto', 'id', 'Nicolas Maduro, Delcy Rodriguez, Yvan Gil Pinto'))).toEqual([]);
    const post = 'Productiva visita del Canciller de la hermana República Islámica de Irán.';
    expect(codes(pair('en', [post, { kind: 'social', lang: 'es' }], 'id', [post, { kind: 'social', lang: 'es' }])).filter((c) => !c.includes('third'))).toEqual([]);
  });
  it('flags a target sentence still in the source language (error), both directions', () => {
    expect(codes(pair('en', EN, 'id', ['Maduro conveyed greetings to the leader of Iran.', { lang: 'en' }]))).toEqual(['error untranslated']);
    expect(codes(swap(pair('en', [ID, { lang: 'id' }], 'id', [ID.replace('salam', 'ucapan'), { lang: 'en' }])))).toEqual(['error untranslated']);
  });
  it('flags a target identical to its source (error), both directions', () => {
    expect(codes(pair('en', EN, 'id', [`  ${EN.toLowerCase()} `.trim(), { lang: 'id' }]))).toEqual(['error copied-source']);
    expect(codes(swap(pair('en', [ID, { lang: 'en' }], 'id', ID)))).toEqual(['error copied-source']);
  });
  it('reports a third language on either side as info (the Spanish post in the English article)', () => {
    const input: CheckInput = {
      source: side('en', [EN, ['Productiva visita del Canciller de la hermana República Islámica de Irán.', { lang: 'es', kind: 'social' }]]),
      target: side('id', [ID]),
      beads: [bead([0], [0]), bead([1], [], 'omission')],
    };
    expect(codes(input)).toEqual(['info third-language']);
    expect(codes(swap(input))).toEqual(['info third-language']);
  });
});
