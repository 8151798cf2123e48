/** A large synthetic report (for size and speed checks of the renderers). */
import type { Bead } from '../../src/align/types.js';
import type { Finding } from '../../src/check/types.js';
import { REPORT_VERSION, type Report } from '../../src/report/types.js';
import type { Sentence } from '../../src/segment/types.js';

const WORDS = ['cooperation', 'Tehran', 'Caracas', 'minister', 'sanctions', 'energy', 'projects', 'bilateral', 'visit', 'talks'];

function side(n: number, lang: string, seed: number): { text: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  let text = '';
  for (let i = 0; i < n; i += 1) {
    const words = Array.from({ length: 12 + ((i * 7 + seed) % 9) }, (_, w) => WORDS[(i * 3 + w * seed) % WORDS.length]);
    const sentence = `${lang.toUpperCase()} ${i}: ${words.join(' ')}.`;
    if (i > 0) text += i % 4 === 0 ? '\n' : ' ';
    sentences.push({ text: sentence, start: text.length, end: text.length + sentence.length, paragraph: Math.floor(i / 4), lang, kind: 'body' });
    text += sentence;
  }
  return { text, sentences };
}

/** `n` × `n` sentences, mostly 1-1 matches, with partials, omissions, additions and findings. */
export function syntheticReport(n: number): Report {
  const source = side(n, 'en', 3).sentences;
  const target = side(n, 'ar', 5).sentences;
  const beads: Bead[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i % 17 === 5) {
      beads.push({ src: [i], tgt: [], score: 0, label: 'omission' }, { src: [], tgt: [i], score: 0, label: 'addition' });
      findings.push({ code: 'omission', severity: 'warning', src: [i], message: `Source sentence ${i + 1} has no counterpart.` });
    } else {
      const score = 0.5 + ((i * 37) % 50) / 100;
      beads.push({ src: [i], tgt: [i], score, label: score < 0.6 ? 'partial' : 'match' });
      if (i % 50 === 0) findings.push({ code: 'number-mismatch', severity: 'error', src: [i], tgt: [i], actual: '12', expected: '21', message: 'Number differs: 12 for 21.' });
      if (i % 29 === 0) findings.push({ code: 'name-spelling', severity: 'info', src: [i], tgt: [i], message: 'Name spelled differently.' });
    }
  }
  return {
    version: REPORT_VERSION,
    generator: { name: 'bitext-qa', version: '0.1.0' },
    mode: 'parallel',
    modeReason: 'synthetic',
    embedder: { id: 'lexical-v1', kind: 'lexical' },
    source: { lang: 'en', sentences: source },
    target: { lang: 'ar', sentences: target },
    beads,
    findings,
    scores: { coverage: 0.9, grounding: 0.9, fidelity: 0.75, conflicts: findings.filter((f) => f.severity === 'error').length },
  };
}
