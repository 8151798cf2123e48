// Joining a path searched from the start of a document with one searched from its end, across one
// run of skips. A length-only search from (0, 0) follows the true path up to a missing passage and
// is lost after it (a misaligned stretch of sentence lengths looks locally like any other, so no band
// edge pulls the path back); one from (n, m) is right from the end back to the passage. The best
// path made of the first up to some node, a run of skips on one side, then the second from there on,
// is found along the two paths alone, from their cumulative costs.

/** A monotone path (flat [i, j, ...] nodes from (0, 0) to (n, m)) with a cost per node. */
export interface CostedPath {
  readonly nodes: Int32Array;
  /** Forward path: cost from (0, 0) to each node; backward path: cost from each node to (n, m). */
  readonly cost: Float64Array;
}

/** Cost of a run of `k` ≥ 1 skips on one side starting after node (i, j), `src`: skipped source sentences. */
export type RunCost = (src: boolean, i: number, j: number, k: number) => number;

/** The joined path and its cost. */
export interface Joined {
  readonly nodes: Int32Array;
  readonly cost: number;
}

/**
 * The cheapest path that follows `fwd` to a node, skips a run of sentences on one side (or none, at
 * a node both paths share), and follows `bwd` from the node the run reaches. Both paths ending at
 * (n, m) and starting at (0, 0), following one path alone is among the candidates.
 */
export function joinAcrossHole(fwd: CostedPath, bwd: CostedPath, run: RunCost): Joined {
  let best = { cost: Infinity, f: 0, b: 0 };
  // Source runs: a fixed target node j, from fwd's node (i1, j) to bwd's (i2, j), i2 ≥ i1; target
  // runs: a fixed source node i. Nodes of one path with a given j (or i) are consecutive.
  for (const axis of [1, 0] as const) {
    const other = 1 - axis;
    let q = 0;
    for (let p = 0; p < fwd.nodes.length; ) {
      const key = fwd.nodes[p + axis];
      let pEnd = p;
      while (pEnd < fwd.nodes.length && fwd.nodes[pEnd + axis] === key) pEnd += 2;
      while (q < bwd.nodes.length && bwd.nodes[q + axis] < key) q += 2;
      for (let b = q; b < bwd.nodes.length && bwd.nodes[b + axis] === key; b += 2) {
        const to = bwd.nodes[b + other];
        for (let f = p; f < pEnd; f += 2) {
          const from = fwd.nodes[f + other];
          if (from > to) continue;
          const k = to - from;
          const c = fwd.cost[f >> 1] + bwd.cost[b >> 1] + (k === 0 ? 0 : run(axis === 1, fwd.nodes[f], fwd.nodes[f + 1], k));
          if (c < best.cost) best = { cost: c, f, b };
        }
      }
      p = pEnd;
    }
  }
  const { f, b } = best;
  const out: number[] = Array.from(fwd.nodes.subarray(0, f + 2));
  // The run's nodes, one sentence at a time, then bwd from its node on.
  const [i0, j0] = [fwd.nodes[f], fwd.nodes[f + 1]];
  const [i1, j1] = [bwd.nodes[b], bwd.nodes[b + 1]];
  for (let i = i0 + 1; i <= i1; i++) out.push(i, j0);
  for (let j = j0 + 1; j <= j1; j++) out.push(i1, j);
  for (let p = b + 2; p < bwd.nodes.length; p++) out.push(bwd.nodes[p]);
  return { nodes: Int32Array.from(out), cost: best.cost };
}
