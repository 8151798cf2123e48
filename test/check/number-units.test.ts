// Measures converted to other units: a conversion in brackets, and the same quantity in other units.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { markMeasures, unitAt, type Measured } from '../../src/check/number-units.js';
import { pair, swap } from './helpers.js';

const run = (input: ReturnType<typeof pair>) => checkAlignment(input, { checks: ['numbers'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

/** The numbers of `text` at the given raw strings, in order. */
const at = (text: string, raws: string[]): Measured[] => raws.map((r) => {
  const start = text.indexOf(r);
  return { value: Number(r.replace(',', '.')), start, end: start + r.length };
});

describe('unitAt and markMeasures', () => {
  it('reads a unit word right after a number, and nothing else', () => {
    expect(unitAt('12 pouces de long', 2)?.unit).toEqual({ dim: 'length', size: 0.0254, system: 'imperial' });
    expect(unitAt('8848 m.', 4)?.end).toBe(6);
    // `in`, `mille` and words that are no units are left alone.
    expect(unitAt('8 in the box', 1)).toBeUndefined();
    expect(unitAt('3 mille hommes', 1)).toBeUndefined();
  });
  it('marks a bracketed conversion that holds, with the first number’s unit understood when it has none', () => {
    // 12 in = 304.8 mm (0.07 % from 305); 8 in = 203.2 mm (0.1 % from 203): inches, the only unit
    // of the other system within 3 % (8 ft = 2438 mm, 8 yd = 7315 mm).
    const text = 'Elles mesuraient 12 pouces ( 305 mm ) sur 8 ( 203 mm ) de large.';
    const ns = at(text, ['12', '305', '8', '203']);
    markMeasures(text, ns);
    expect(ns.map((n) => [n.unit?.size, n.convertedAt, n.converts])).toEqual([
      [0.0254, ns[1]!.start, undefined], [0.001, undefined, ns[0]!.start],
      [0.0254, ns[3]!.start, undefined], [0.001, undefined, ns[2]!.start],
    ]);
  });
  it('does not mark a bracketed number that is no conversion of the one before', () => {
    // 60 ft = 18.29 m, not 19.29 m (5 % off).
    const text = 'relevée de 60 pieds ( 19,29 m ).';
    const ns = at(text, ['60', '19,29']);
    markMeasures(text, ns);
    expect(ns.map((n) => n.convertedAt ?? n.converts)).toEqual([undefined, undefined]);
  });
});

describe('numbers check: measures in other units', () => {
  it('a measure given in inches with its millimetres is the same as the source’s centimetres', () => {
    // 30 cm vs 12 in (30.48 cm, 1.6 %) and 20 cm vs 8 in (20.32 cm, 1.6 %); 305 and 203 are their conversions.
    const input = pair('de', 'Er war gut 30 cm lang und 20 cm breit.', 'fr', 'Elle mesurait 12 pouces ( 305 mm ) de long sur 8 ( 203 mm ) de large.');
    expect(run(input)).toEqual([]);
    expect(run(swap(input))).toEqual([]);
  });
  it('a conversion the translation adds in brackets is no extra number', () => {
    expect(run(pair('de', 'Der Abstand war etwa 3 Schritt.', 'fr', 'La distance était d’environ 3 yards ( 2,75 m ).'))).toEqual([]);
  });
  it('metric units convert exactly; a wrong conversion and a changed measure are still found', () => {
    expect(run(pair('de', 'Die Spur war 30 cm lang.', 'fr', 'La trace avait 300 mm de long.'))).toEqual([]);
    expect(run(pair('de', 'Die Spur war 30 cm lang.', 'fr', 'La trace avait 310 mm de long.'))).toEqual(['error number-mismatch 30/310']);
    expect(run(pair('de', 'um 60 ft = 18,29 m erhöht', 'fr', 'relevée de 60 pieds ( 19,29 m )'))).toEqual(['error number-mismatch 18,29/19,29']);
    // One system is never rounded: 12 in vs 13 in is a changed number.
    expect(run(pair('en', 'It was 12 inches long.', 'fr', 'Elle avait 13 pouces de long.'))).toEqual(['error number-mismatch 12/13']);
  });
});
