import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, checkAlignment, DEFAULT_CHECK_OPTIONS, MESSAGES } from '../../src/check/index.js';
import { OptionError } from '../../src/errors.js';
import { pair } from './helpers.js';

describe('checkAlignment options', () => {
  it('runs every check by default and only the chosen ones when asked', () => {
    expect(DEFAULT_CHECK_OPTIONS.checks).toEqual(CHECK_NAMES);
    const input = pair('en', 'Prices rose 5% on Friday, said Hossein.', 'id', 'Harga naik 15 persen pada Sabtu, kata Hussein.');
    expect(new Set(checkAlignment(input).map((f) => f.code))).toEqual(new Set(['number-mismatch', 'weekday-mismatch', 'name-spelling']));
    expect(checkAlignment(input, { checks: ['names'] }).map((f) => f.code)).toEqual(['name-spelling']);
    expect(checkAlignment(input, { checks: [] })).toEqual([]);
  });
  it('misuse throws OptionError naming the culprit', () => {
    const input = pair('en', 'a', 'id', 'b');
    expect(() => checkAlignment(input, { checks: ['nope' as never] })).toThrow(OptionError);
    expect(() => checkAlignment(input, { checks: ['nope' as never] })).toThrow(/nope/);
    expect(() => checkAlignment(input, { mode: 'x' as never })).toThrow(/mode/);
    expect(() => checkAlignment(input, { minLetters: -1 })).toThrow(/minLetters/);
  });
  it('every message renders one line', () => {
    for (const entry of Object.values(MESSAGES)) {
      const line = entry.text({ expected: 'a', actual: 'b', detail: 'c' });
      expect(line).not.toMatch(/\n|undefined/);
    }
  });
  it('is pure: the input is not changed', () => {
    const input = pair('en', 'Prices rose 5% on Friday.', 'id', 'Harga naik 15 persen.');
    const copy = structuredClone(input);
    checkAlignment(input);
    expect(input).toEqual(copy);
  });
});
