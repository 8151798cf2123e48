// Shared helpers of the robustness tests: temporary files, report invariants, big generated inputs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Report } from '../../src/report/types.js';

/** A fresh temporary folder and a writer of files inside it. */
export function scratch(prefix: string): { dir: string; file: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** No stack trace in what a user sees: no "    at fn (file:line:col)" frames. */
export const expectNoStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** Every number anywhere in `value` is finite (no NaN or Infinity slipped into a report). */
export function nonFinitePaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`));
  return [];
}

/** The report invariants every input must keep: spans exact, every sentence in one bead, scores in [0, 1]. */
export function expectSoundReport(report: Report, source: string, target: string): void {
  expect(nonFinitePaths(report)).toEqual([]);
  for (const [side, text] of [[report.source, source], [report.target, target]] as const) {
    for (const s of side.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  const src = report.beads.flatMap((b) => b.src).sort((a, b) => a - b);
  const tgt = report.beads.flatMap((b) => b.tgt).sort((a, b) => a - b);
  expect(src).toEqual(report.source.sentences.map((_, i) => i));
  expect(tgt).toEqual(report.target.sentences.map((_, i) => i));
  for (const key of ['coverage', 'grounding', 'fidelity'] as const) {
    expect(report.scores[key]).toBeGreaterThanOrEqual(0);
    expect(report.scores[key]).toBeLessThanOrEqual(1);
  }
}

/** `n` one-word lines, a different word per line. */
export const oneWordLines = (n: number, seed = 0): string =>
  Array.from({ length: n }, (_, i) => `${['alpha', 'Jakarta', 'omega', 'Rina', 'kappa'][(i + seed) % 5]}${i}`).join('\n');

/** About `bytes` characters of words with no punctuation and no line break: one long "sentence". */
export const oneLongSentence = (bytes: number, word = 'word'): string => {
  const unit = `${word} 2023 Jakarta `;
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes).trim();
};

/** A report without its run-dependent `timings`, for comparing two runs. */
export const withoutTimings = (report: Record<string, unknown>): Record<string, unknown> => {
  const { timings: _, ...rest } = report;
  return rest;
};
