import type { Report } from './types.js';

/** Key order of each object in the report; unknown keys follow in alphabetical order. */
const ORDER = {
  report: ['version', 'generator', 'mode', 'modeReason', 'embedder', 'source', 'target', 'beads', 'findings', 'scores', 'timings'],
  generator: ['name', 'version'],
  embedder: ['id', 'kind'],
  side: ['lang', 'sentences'],
  sentence: ['text', 'start', 'end', 'paragraph', 'lang', 'kind'],
  bead: ['src', 'tgt', 'score', 'label'],
  finding: ['code', 'severity', 'src', 'tgt', 'srcRange', 'tgtRange', 'actual', 'expected', 'message', 'note', 'bead'],
  scores: ['coverage', 'grounding', 'fidelity', 'conflicts'],
  timings: ['segment', 'embed', 'align', 'check', 'report', 'total'],
} as const;

type Plain = Record<string, unknown>;

/** A deep copy of a value the report type does not describe, with object keys sorted. */
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Plain)[k])]))
      : value;

/** A copy of `value` with its keys in `order` first, then the others sorted (deeply). */
function ordered(value: Plain, order: readonly string[], nested: Record<string, (v: unknown) => unknown> = {}): Plain {
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k)).sort()];
  const out: Plain = {};
  for (const key of keys) out[key] = nested[key] ? nested[key](value[key]) : order.includes(key) ? value[key] : sorted(value[key]);
  return out;
}

const list = (order: readonly string[]) => (items: unknown) =>
  Array.isArray(items) ? items.map((item) => ordered(item as Plain, order)) : items;

const side = (value: unknown): unknown =>
  value && typeof value === 'object' ? ordered(value as Plain, ORDER.side, { sentences: list(ORDER.sentence) }) : value;

const object = (order: readonly string[]) => (value: unknown) =>
  value && typeof value === 'object' ? ordered(value as Plain, order) : value;

/**
 * The report as JSON: keys in a fixed order (the order of the `Report` type; keys it does not know
 * follow, sorted), 2-space indent, a final
 * newline. Bidi controls and U+2028/U+2029 are written as `\uXXXX` escapes (same value, safe to view).
 * The shape is described by `schema.json`, shipped as `bitext-qa/schema.json`.
 */
export function renderJson(report: Report): string {
  const canonical = ordered(report as unknown as Plain, ORDER.report, {
    generator: object(ORDER.generator),
    embedder: object(ORDER.embedder),
    source: side,
    target: side,
    beads: list(ORDER.bead),
    findings: list(ORDER.finding),
    scores: object(ORDER.scores),
    timings: object(ORDER.timings),
  });
  const text = JSON.stringify(canonical, null, 2);
  return `${text.replace(/[\u2028\u2029]|[\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}\n`;
}
