// CLI errors are one line (README): a ModelUnavailableError of several lines prints its first line
// (what went wrong) and its last (what to do); the library's error keeps every line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLine } from '../../src/cli/error-line.js';
import { modelMissingError } from '../../src/embed/neural/messages.js';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'bqa-cli-error-line-'));

describe('errorLine', () => {
  it('keeps a one-line message and joins the first and last lines of a longer one', () => {
    expect(errorLine('x.txt: no such file. Check the path.')).toBe('x.txt: no such file. Check the path.');
    expect(errorLine('What went wrong.\nLooked in:\n  - /a (no such directory)\nWhat to do.\n')).toBe('What went wrong. What to do.');
  });

  it('a missing model says what is missing and what to do, in one line; the library message keeps where it looked', () => {
    const error = modelMissingError('Xenova/LaBSE', [join(dir, 'models/Xenova/LaBSE')]);
    expect(error.message.split('\n')).toHaveLength(4);
    const line = errorLine(error.message);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Neural model "Xenova\/LaBSE" is not available locally \(downloads are off\)\. On a machine with network access run `bitext-qa model pull Xenova\/LaBSE`/);
    expect(line).toMatch(/or use --embedder lexical \(no model needed\)\.$/);
  });

  it('compare --embedder neural without a model prints one line and exits 2', async () => {
    const [en, id] = [join(dir, 'en.txt'), join(dir, 'id.txt')];
    writeFileSync(en, 'The cat sleeps under the old table.\n');
    writeFileSync(id, 'Kucing tidur di bawah meja tua.\n');
    // An empty cache root: no model there, whatever this machine has downloaded.
    const r = await runCli(['compare', en, id, '--embedder', 'neural', '--quiet'], { env: { BITEXT_QA_CACHE: join(dir, 'cache') } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--embedder lexical');
  });
});
