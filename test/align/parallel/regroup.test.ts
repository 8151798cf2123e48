// The regrouping pass's two pure parts: which shapes it adds, and which of their cells it rules out.
import { describe, expect, it } from 'vitest';
import { beadTypes, fullBand } from '../../../src/align/index.js';
import { firstSpans, ruledOut, widerTypes } from '../../../src/align/parallel/regroup.js';

const shapes = (ts: readonly { ds: number; dt: number }[]) => ts.map((t) => `${t.ds}-${t.dt}`);

describe('widerTypes', () => {
  it('appends the shapes of up to maxTotal sentences the list lacks, in order of size', () => {
    // beadTypes(4, 6): skips, every shape of ≤ 4 sentences, then 1-4, 4-1, 1-5, 5-1. Up to 6 sentences
    // the list lacks 2-3, 3-2 (size 5) and 2-4, 3-3, 4-2 (size 6).
    const types = beadTypes(4, 6);
    const wide = widerTypes(types, 6, { src: 5, tgt: 5 });
    expect(shapes(wide.slice(0, types.length))).toEqual(shapes(types));
    expect(shapes(wide.slice(types.length))).toEqual(['2-3', '3-2', '2-4', '3-3', '4-2']);
  });

  it('leaves out shapes longer than the runs a side has group vectors for', () => {
    // Source runs of at most 2: of the five above only 2-3 and 2-4 fit.
    expect(shapes(widerTypes(beadTypes(4, 6), 6, { src: 2, tgt: 5 }).slice(beadTypes(4, 6).length))).toEqual(['2-3', '2-4']);
    // Nothing to add when the list already holds every shape of that size.
    expect(widerTypes(beadTypes(4, 6), 4, { src: 5, tgt: 5 })).toHaveLength(beadTypes(4, 6).length);
  });
});

describe('ruledOut', () => {
  // A first pass over 3 × 4 sentences: 1-1 (0:0), then 1-2 (1:1,2) and 1-1 (2:3).
  // Nodes (0,0) → (1,1) → (2,3) → (3,4); its shapes are [1-1, 1-2]. The added shape is 2-3.
  const first = { nodes: Int32Array.of(0, 0, 1, 1, 2, 3, 3, 4), steps: Uint8Array.of(0, 1, 0), types: [{ ds: 1, dt: 1 }, { ds: 1, dt: 2 }] };
  const band = fullBand(3, 4);
  const cell = (i: number, j: number) => band.start[i] - band.lo[i] + j;

  it('rules out a wider bead that joins two beads of the first pass on both sides', () => {
    const ruled = ruledOut(band, { ds: 2, dt: 3 }, firstSpans(first, 3, 4));
    // 2-3 ending at (3, 4): source 1–2 is two beads (1 and 2), target 1–3 is two beads (1,2 and 3).
    expect(ruled[cell(3, 4)]).toBe(1);
    // 2-3 ending at (2, 3): source 0–1 is two beads, target 0–2 is two beads as well.
    expect(ruled[cell(2, 3)]).toBe(1);
    // No 2-3 over these sentences keeps a side of a bead: every cell is ruled out.
    expect(ruled.every((x) => x === 1)).toBe(true);
  });

  it('keeps a wider bead whose sentences on one side are exactly one bead of the first pass', () => {
    // A first pass whose 2-2 (0,1:0,1) left target 2 to the next bead (2:2,3): 2-3 ending at (2, 3)
    // keeps the source side [0, 2) of that bead and moves only the target boundary.
    const p = { nodes: Int32Array.of(0, 0, 2, 2, 3, 4), steps: Uint8Array.of(0, 1), types: [{ ds: 2, dt: 2 }, { ds: 1, dt: 2 }] };
    const ruled = ruledOut(band, { ds: 2, dt: 3 }, firstSpans(p, 3, 4));
    expect(ruled[cell(2, 3)]).toBe(0);
    // 2-3 ending at (2, 4): source [0, 2) again, target 1–3 moved by one on both ends: still allowed.
    expect(ruled[cell(2, 4)]).toBe(0);
    // 2-3 ending at (3, 4): source 1–2 and target 1–3 span both beads of the first pass.
    expect(ruled[cell(3, 4)]).toBe(1);
  });

  it('rules out a wider bead that takes in a sentence the first pass left out', () => {
    // 4 × 3 sentences: source 0 left out (1-0), then 2-2 (1,2:0,1) and 1-1 (3:2).
    // Nodes (0,0) → (1,0) → (3,2) → (4,3).
    const p = { nodes: Int32Array.of(0, 0, 1, 0, 3, 2, 4, 3), steps: Uint8Array.of(0, 1, 2), types: [{ ds: 1, dt: 0 }, { ds: 2, dt: 2 }, { ds: 1, dt: 1 }] };
    const b = fullBand(4, 3);
    const at = (i: number, j: number) => b.start[i] - b.lo[i] + j;
    // 3-2 ending at (3, 2): target [0, 2) is the 2-2's, but source [0, 3) takes in the left-out 0.
    expect(ruledOut(b, { ds: 3, dt: 2 }, firstSpans(p, 4, 3))[at(3, 2)]).toBe(1);
    // 2-3 ending at (3, 3): source [1, 3) is the 2-2's, target [0, 3) leaves nothing out: allowed.
    expect(ruledOut(b, { ds: 2, dt: 3 }, firstSpans(p, 4, 3))[at(3, 3)]).toBe(0);
  });
});
