// The written shape of sentences (src/align/parallel/clauses.ts); every expected mark is read off
// the punctuation and case of the sentences by hand.
import { describe, expect, it } from 'vitest';
import { clauseMarks, clausesIn, standsAlone } from '../../../src/align/parallel/clauses.js';

describe('clause marks', () => {
  it('joins a line to the next when it does not close its sentence or the next goes on in lower case', () => {
    const { joins } = clauseMarks([
      'Es ist doch sehr bedeutsam :', // ends on a colon: joined to the next
      'Wann immer berichtet wurde, stets waren sie bereit.', // closed, and the next starts in upper case
      "That's me.", // closed, but the next starts in lower case: joined
      'this goes on', // no closing punctuation: joined
      '« Ce qui est très significatif . »', // closed inside a quote
      '猫来了。', // closed; Chinese has no case
      '狗也来了。', // the last line is never joined
    ]);
    expect([...joins]).toEqual([1, 0, 1, 1, 0, 0, 0]);
  });

  it('counts the clauses of a sentence: at , ; : and closing punctuation before more text', () => {
    const { clauses } = clauseMarks([
      'Es ist doch sehr bedeutsam :', // the colon at the end is no boundary: 1
      'And Abraham said, My son, God will provide: so they went.', // two commas and a colon: 4
      'He came; she left. They stayed.', // ; and the inner full stop: 3
      '以色列人对摩西说，我们死啦。我们灭亡啦。', // the fullwidth comma and the inner 。: 3
      'No one should go alone.', // 1
    ]);
    expect([...clauses]).toEqual([1, 4, 3, 3, 1]);
    expect(clausesIn(clauseMarks(['A; b.', 'C.']), 0, 2)).toBe(3);
  });

  it('asks a whole sentence among several to stand alone only when the other side has fewer clauses', () => {
    const whole = clauseMarks(["That's me.", 'This is my place.']);
    // Two whole sentences against one clause: each must be supported alone.
    expect(standsAlone(whole, 0, 0, 2, 1)).toBe(true);
    expect(standsAlone(whole, 1, 0, 2, 1)).toBe(true);
    // Against two clauses the merge has a reason.
    expect(standsAlone(whole, 0, 0, 2, 2)).toBe(false);
    // A group of one sentence is the bead's other end, not a merge on its side.
    expect(standsAlone(whole, 0, 0, 1, 1)).toBe(false);
    // Clauses of one written sentence are expected to be regrouped.
    const joined = clauseMarks(['Behold, we die,', 'we perish.']);
    expect(standsAlone(joined, 0, 0, 2, 1)).toBe(false);
    expect(standsAlone(joined, 1, 0, 2, 1)).toBe(false);
  });
});
