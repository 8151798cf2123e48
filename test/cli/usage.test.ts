// What a new user types wrong on the command line: each mistake is one plain line and exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argErrorMessage, closestOption } from '../../src/cli/arg-errors.js';
import { langCode } from '../../src/cli/args.js';
import { ALIGN_HELP, CHECK_HELP, MAIN_HELP, MODEL_HELP } from '../../src/cli/help.js';
import { locateModel } from '../../src/embed/index.js';
import { runCli } from './run.js';

const en = 'examples/seeds/en.txt';
const id = 'examples/seeds/id.txt';

/** Exit 2, nothing on stdout, one line on stderr matching `message`. */
async function refused(args: string[], message: RegExp): Promise<void> {
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

describe('command-line mistakes', () => {
  // Node's own wording was "Unknown option '--fro'. To specify a positional argument starting with a
  // '-', place it at the end of the command after '--', as in '-- "--fro"' — jargon, and a quote unclosed.
  it('an unknown option names the nearest known one', async () => {
    await refused(['compare', en, id, '--fro', 'en'], /^bitext-qa: unknown option '--fro' \(did you mean --from\?\)\. See 'bitext-qa compare --help'\.$/m);
    await refused(['split', en, '--colour'], /^bitext-qa: unknown option '--colour'\. See 'bitext-qa split --help'\.$/m);
  });

  // Before: "Option '--from' argument is ambiguous.\nDid you forget …\nTo specify … '--from=-XYZ'." (three lines)
  // when another option followed, and "Option '--from <value>' argument missing" at the end.
  it('an option without its value says so in one line, wherever it stands', async () => {
    await refused(['compare', en, id, '--from', '--quiet'], /^bitext-qa: --from needs a value\. See 'bitext-qa compare --help'\.$/m);
    await refused(['compare', en, id, '--out'], /^bitext-qa: --out needs a value\./m);
    await refused(['check', 'job.xlf', '--quiet=yes'], /^bitext-qa: --quiet is a switch and takes no value\./m);
  });

  // Before: `--from english` ran, with "english" as the language (no dates, numbers or lexicon rules for it).
  it.each([
    [['compare', en, id, '--from', 'english'], /--from 'english' is not a language code/],
    [['compare', en, id, '--to', 'id_'], /--to 'id_' is not a language code/],
    [['check', 'job.xlf', '--from', 'English'], /--from 'English' is not a language code/],
    [['split', en, '--lang', 'e'], /--lang 'e' is not a language code/],
    [['batch', 'pairs.jsonl', '--out', 'qa', '--from', 'english'], /--from 'english' is not a language code/],
  ])('a language that is not a code is refused before any work: %j', async (args, message) => {
    await refused(args, message);
  });

  // Before: "bitext-qa: concurrency 0 must be a whole number of at least 1." (the library's words, no flag).
  it('batch --concurrency 0 names the flag', async () => {
    await refused(['batch', 'pairs.jsonl', '--out', 'qa', '--concurrency', '0'], /^bitext-qa: --concurrency '0' must be a whole number of at least 1/m);
    await refused(['batch', 'pairs.jsonl', '--out', 'qa', '-j', 'two'], /--concurrency 'two' must be a whole number/);
  });

  it('a language code is taken in lower case', async () => {
    expect(langCode('from', 'EN')).toBe('en');
    expect(langCode('from', 'ceb')).toBe('ceb');
    // A region or script may follow, as XLIFF and locales write it; the stages read the primary subtag.
    expect(langCode('to', 'pt-BR')).toBe('pt-br');
    expect(langCode('lang', 'en_US')).toBe('en_us');
    expect(langCode('from', undefined)).toBeUndefined();
    const result = await runCli(['split', '-', '--lang', 'EN'], { input: 'Hello there. Bye.' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((s: { lang: string }) => s.lang)).toEqual(['en', 'en']);
    const tagged = await runCli(['split', '-', '--lang', 'en-US'], { input: 'Hello there. Bye.' });
    expect(tagged.code).toBe(0);
    expect(JSON.parse(tagged.stdout).map((s: { lang: string }) => s.lang)).toEqual(['en', 'en']);
  });

  // Before: "alignSentences: comparable mode needs an embedder; `embedder: 'length'` only aligns translations".
  it('align --embedder length with --mode comparable says which flags go together', async () => {
    await refused(['align', en, id, '--embedder', 'length', '--mode', 'comparable'], /--embedder length aligns translations only.*--mode parallel or auto/);
  });

  it('closestOption suggests only near misses', () => {
    const options = { from: {}, to: {}, 'min-coverage': {} };
    expect(closestOption('--form', options)).toBe('--from');
    expect(closestOption('--min-coverge=0.9', options)).toBe('--min-coverage');
    expect(closestOption('--verbose', options)).toBeUndefined();
  });

  it('argErrorMessage keeps the first line of an error it does not know', () => {
    expect(argErrorMessage(new Error('Something odd.\nMore.'), {})).toBe('Something odd');
  });
});

describe('help texts say what the program does', () => {
  // `model pull --dir D` writes D/models/<id> (`bitext-qa model path Xenova/LaBSE --dir ./cache`
  // prints cache/models/Xenova/LaBSE): the example's --model must name that folder. It named
  // ./models/Xenova/LaBSE after `--dir ./models`, one `models/` short.
  it("model help's example loads the folder its pull example writes", () => {
    const pulled = /model pull Xenova\/LaBSE --dir (\S+)/.exec(MODEL_HELP)?.[1];
    const loaded = /--embedder neural --model (\S+)/.exec(MODEL_HELP)?.[1];
    expect(pulled).toBe('./cache');
    expect(loaded).toBe(`./${locateModel('Xenova/LaBSE', { cacheDir: 'cache' }).looked[0]}`);
  });

  it('check takes standard input and TMX 1.1 to 1.4, as README says', () => {
    expect(MAIN_HELP).toMatch(/check <file\|->/);
    expect(CHECK_HELP).toMatch(/TMX 1\.1–1\.4/);
    expect(ALIGN_HELP).toMatch(/--embedder E/);
  });
});

describe('help', () => {
  // Before: `bitext-qa help compare` printed the main help, not compare's.
  it("'help <command>' prints that command's help", async () => {
    const result = await runCli(['help', 'compare']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: bitext-qa compare <source> <target>/);
    expect((await runCli(['help'])).stdout).toMatch(/^bitext-qa \d/);
  });
});

describe('--out never overwrites an input', () => {
  // Before: `compare a.md b.md --out a.md` replaced the source article with its own report.
  it.each([
    ['compare', (a: string, b: string) => ['compare', a, b, '--out', a]],
    ['compare, the target through another path', (a: string, b: string) => ['compare', a, b, '--format', 'md', '--out', `${dirname(b)}/./${basename(b)}`]],
    ['split', (a: string) => ['split', a, '--out', a]],
    ['align', (a: string, b: string) => ['align', a, b, '--out', b]],
  ])('%s refuses, and the file is unchanged', async (_name, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-out-'));
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    writeFileSync(a, 'The bridge opened on Monday.\n');
    writeFileSync(b, 'Die Brücke wurde am Montag eröffnet.\n');
    await refused(args(a, b), /cannot write .*: it is the input .*, which the report would overwrite/);
    expect(readFileSync(a, 'utf8')).toBe('The bridge opened on Monday.\n');
    expect(readFileSync(b, 'utf8')).toBe('Die Brücke wurde am Montag eröffnet.\n');
  });

  it('a new file beside the inputs is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-out-'));
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'One sentence here. Another one.\n');
    const result = await runCli(['split', a, '--lang', 'en', '--out', join(dir, 'a.json')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toHaveLength(2);
  });
});

describe('an input that keeps no text', () => {
  // Before: "warning: code.md is empty." for a file that is not empty: the Markdown reader drops code
  // blocks and the HTML reader navigation and scripts, so nothing was left to compare.
  it('is told apart from an empty file, with what was left out and what to try', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-kept-'));
    const md = join(dir, 'code.md');
    const html = join(dir, 'nav.html');
    const empty = join(dir, 'empty.txt');
    writeFileSync(md, '```\nconst x = 1;\n```\n');
    writeFileSync(html, '<html><body><nav>Home | News</nav><script>x = 1</script></body></html>');
    writeFileSync(empty, '\n');
    const result = await runCli(['compare', md, html, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: ${md} has no text once read as Markdown (code blocks, raw HTML and images are left out); --input-format txt reads it as it is.`);
    expect(result.stderr).toContain(`warning: ${html} has no article text once read as a web page`);
    expect(result.stderr).not.toMatch(/is empty/);
    expect((await runCli(['compare', empty, html, '--format', 'json'])).stderr).toContain(`warning: ${empty} is empty.`);
  });
});
