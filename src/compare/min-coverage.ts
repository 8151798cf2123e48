// `minCoverage`: a document whose coverage falls below the required share gets one error finding.
import { MESSAGES, severityOf } from '../check/messages.js';
import type { Finding, Scores } from '../check/types.js';

// Rounded down, so a coverage just under the minimum never reads as equal to it.
const pct = (x: number) => `${Math.floor(x * 1000 + 1e-9) / 10} %`;

/** The `coverage-below` finding when `scores.coverage` is under `minCoverage`, else undefined. */
export function coverageBelow(scores: Scores, minCoverage: number | undefined, mode: 'parallel' | 'comparable'): Finding | undefined {
  if (minCoverage === undefined || scores.coverage >= minCoverage) return undefined;
  const expected = pct(minCoverage);
  const actual = pct(scores.coverage);
  return { code: 'coverage-below', severity: severityOf('coverage-below', mode), message: MESSAGES['coverage-below'].text({ expected, actual }), expected, actual };
}
