// The check stage: findings on aligned pairs and on the whole document, and the document scores.
import { checkCoverage } from './coverage.js';
import { citationsAsInfo } from './citations.js';
import { checkDates } from './dates.js';
import { collapseIdentical } from './identical.js';
import { checkLanguage } from './language.js';
import { checkLength } from './length.js';
import { checkLinks } from './links.js';
import { checkNames } from './names.js';
import { checkNumbers } from './numbers.js';
import { checkPassages, withinPassages } from './passages.js';
import { resolveCheckOptions, type CheckName, type CheckOptions } from './options.js';
import { withSentenceMemo, type Check } from './context.js';
import type { CheckInput, Finding } from './types.js';

export { computeScores } from './scores.js';
export { CHECK_NAMES, DEFAULT_CHECK_OPTIONS, resolveCheckOptions } from './options.js';
export type { CheckName, CheckOptions, ResolvedCheckOptions } from './options.js';
export { MESSAGES, severityOf } from './messages.js';
export { extractLinks } from './links.js';
export type { LinkKind, LinkMention } from './links.js';
export type { CheckInput, CheckSide, Finding, FindingCode, Scores, Severity } from './types.js';
export { checkPassages, skipRuns, type SkipRun } from './passages.js';
export { checkCoverage, checkDates, checkLanguage, checkLength, checkLinks, checkNames, checkNumbers };

const CHECKS: Readonly<Record<CheckName, Check>> = {
  numbers: checkNumbers,
  dates: checkDates,
  names: checkNames,
  links: checkLinks,
  language: checkLanguage,
  length: checkLength,
  // Passages are runs of the same omissions and additions, so `coverage` turns both on and off.
  coverage: (ctx) => {
    const passages = checkPassages(ctx);
    return [...withinPassages(checkCoverage(ctx), passages), ...passages];
  },
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks an aligned pair of documents and returns its findings (pure, synchronous). Translation
 * problems are findings, never exceptions; only nonsensical options throw (`OptionError`).
 * Findings are sorted by source position, then target position, then severity.
 */
export function checkAlignment(input: CheckInput, options?: CheckOptions): Finding[] {
  const resolved = resolveCheckOptions(options);
  const ctx = { input, options: resolved };
  const findings = collapseIdentical(ctx, citationsAsInfo(input, withSentenceMemo(() => resolved.checks.flatMap((name) => CHECKS[name](ctx)))));
  const pos = (f: Finding) => [f.srcRange?.[0] ?? f.src?.[0] ?? Infinity, f.tgtRange?.[0] ?? f.tgt?.[0] ?? Infinity];
  return findings
    .map((f, i) => ({ f, i, p: pos(f) }))
    .sort((a, b) => {
      const sa = a.f.src?.[0] ?? Infinity, sb = b.f.src?.[0] ?? Infinity;
      if (sa !== sb) return sa - sb;
      const ta = a.f.tgt?.[0] ?? Infinity, tb = b.f.tgt?.[0] ?? Infinity;
      if (ta !== tb) return ta - tb;
      return SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i;
    })
    .map(({ f }) => f);
}
