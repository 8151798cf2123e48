import { describe, expect, it } from 'vitest';
import { entryTask, parseManifest, unsafeIdReason } from '../../src/batch/index.js';
import { InputError } from '../../src/errors.js';

const parse = (lines: string[]) => parseManifest(lines.join('\n'), 'pairs.jsonl', '/data');
const errorOf = (lines: string[]) => {
  try {
    parse(lines);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('parseManifest', () => {
  it('reads files relative to the manifest, inline texts and per-pair options; skips blank lines', () => {
    const entries = parse([
      '{"id": "a1", "source": "en/a1.txt", "target": "/abs/id.txt", "mode": "parallel", "from": "en"}',
      '',
      '{"id": "a2", "sourceText": "Hello.", "targetText": "Halo.", "skipChecks": ["length-ratio"]}',
    ]);
    expect(entries).toEqual([
      { id: 'a1', line: 1, source: { file: '/data/en/a1.txt' }, target: { file: '/abs/id.txt' }, options: { mode: 'parallel', from: 'en' } },
      { id: 'a2', line: 3, source: { text: 'Hello.' }, target: { text: 'Halo.' }, options: { skipChecks: ['length-ratio'] } },
    ]);
    // The line's own options win over the run's defaults.
    expect(entryTask(entries[0]!, { mode: 'comparable', to: 'id' }).options).toEqual({ mode: 'parallel', from: 'en', to: 'id' });
  });

  it('keeps a pair with wrong fields, marked invalid with a message naming the line', () => {
    const [missing, badMode, unknown, both] = parse([
      '{"id": "m", "source": "a.txt"}',
      '{"id": "b", "source": "a.txt", "target": "b.txt", "mode": "fast"}',
      '{"id": "u", "source": "a.txt", "target": "b.txt", "mdoe": "parallel"}',
      '{"id": "t", "source": "a.txt", "sourceText": "x", "target": "b.txt"}',
    ]);
    expect(missing!.invalid).toBe('pairs.jsonl, line 1: "target" (a file) or "targetText" (the text) is missing.');
    expect(badMode!.invalid).toBe('pairs.jsonl, line 2: "mode" must be one of auto, parallel, comparable.');
    expect(unknown!.invalid).toMatch(/^pairs\.jsonl, line 3: unknown field "mdoe"; known fields: id, source/);
    expect(both!.invalid).toBe('pairs.jsonl, line 4: give "source" or "sourceText", not both.');
    expect(entryTask(missing!, {}).invalid).toBe(missing!.invalid);
  });

  it('stops on a line that is not JSON, naming the line number', () => {
    const message = errorOf(['{"id": "a", "source": "a.txt", "target": "b.txt"}', '{"id": "b", "source": "a.txt",']);
    expect(message).toMatch(/^pairs\.jsonl, line 2 is not valid JSON \(.+\)\. Each line must be one JSON object/);
    expect(message).not.toContain('\n');
    expect(errorOf(['["a", "b"]'])).toMatch(/^pairs\.jsonl, line 1 is not a JSON object\./);
  });

  it('stops on a missing, repeated or unsafe id', () => {
    expect(errorOf(['{"source": "a.txt", "target": "b.txt"}'])).toBe('pairs.jsonl, line 1: "id" is missing. Every pair needs a unique string id.');
    expect(errorOf(['{"id": 7}'])).toBe('pairs.jsonl, line 1: "id" is not a string. Every pair needs a unique string id.');
    expect(errorOf(['{"id": "a"}', '{"id": "b"}', '{"id": "a"}'])).toBe(
      'pairs.jsonl, line 3: id "a" is already used on line 1. Ids must be unique (their reports share one folder).',
    );
    expect(errorOf(['{"id": "Doc"}', '{"id": "doc"}'])).toBe(
      'pairs.jsonl, line 2: id "doc" differs only in case from "Doc" on line 1. Ids must be unique (their reports share one folder).',
    );
    expect(errorOf(['{"id": "../etc/passwd"}'])).toMatch(/^pairs\.jsonl, line 1: id "\.\.\/etc\/passwd" must be 1–128 letters, digits/);
  });
});

describe('unsafeIdReason', () => {
  it('accepts file-name-safe ids and names what is wrong with the others', () => {
    for (const id of ['a', 'A-1_b.2', '2023-01-04_news', '_x']) expect(unsafeIdReason(id)).toBeUndefined();
    for (const id of ['', '.hidden', 'a/b', 'a b', 'ä', 'a\\b', 'x:y']) expect(unsafeIdReason(id)).toMatch(/^must be 1–128 letters/);
    expect(unsafeIdReason('x'.repeat(129))).toBe('is longer than 128 characters');
    // index.html and summary.md are the batch's own pages.
    expect(unsafeIdReason('Index')).toBe("is taken by the batch's own index file");
    expect(unsafeIdReason('summary')).toBe("is taken by the batch's own summary file");
  });
});
