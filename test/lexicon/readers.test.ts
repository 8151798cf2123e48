// Dictionary readers on small fixtures written here: a dictd pair (plain and dictzip), a FreeDict
// TEI file, a TSV file, and malformed ones (one clear InputError naming the file and line).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { entryTranslations } from '../../src/lexicon/dictd.js';
import { splitTerms } from '../../src/lexicon/entries.js';
import { readDictionary } from '../../src/lexicon/read.js';

const dir = mkdtempSync(join(tmpdir(), 'bqa-lex-'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (n: number): string => (n < 64 ? B64[n]! : b64(Math.floor(n / 64)) + B64[n % 64]);

/** Writes a dictd pair from entries (text of each entry), WikDict-style when `info` says so. */
function dictd(name: string, entries: [head: string, text: string][], gz: boolean): string {
  let body = '';
  const index: string[] = [];
  for (const [head, text] of entries) {
    const at = Buffer.byteLength(body);
    body += text;
    index.push(`${head}\t${b64(at)}\t${b64(Buffer.byteLength(text))}`);
  }
  writeFileSync(join(dir, `${name}.index`), `${index.join('\n')}\n`);
  writeFileSync(join(dir, gz ? `${name}.dict.dz` : `${name}.dict`), gz ? gzipSync(body) : body);
  return join(dir, `${name}.index`);
}

const WIKDICT: [string, string][] = [
  ['00-database-info', '00-database-info\nEnglish-Bahasa Indonesia FreeDict+WikDict dictionary\n'],
  ['boot', 'boot /buːt/ <n>\n1. bot\nheavy shoe that covers part of the leg\n2. but, inisialisasi\nthe act of bootstrapping\n'],
  ['cooperation', 'cooperation /koʊˌɑpəˈɹeɪʃən/ <n>\nkerja sama\nthe act of cooperating\n'],
];

describe('dictd', () => {
  it('reads a WikDict pair (dictzip): translations kept, gloss lines skipped, languages from the name', () => {
    const d = readDictionary(dictd('freedict-eng-ind', WIKDICT, true));
    expect(d.languages).toEqual(['en', 'id']);
    expect(d.entries).toEqual([
      { head: 'boot', translations: ['bot', 'but', 'inisialisasi'] },
      { head: 'cooperation', translations: ['kerja sama'] },
    ]);
  });

  it('reads a plain .dict given by its .dict name; every line of an older FreeDict entry is a translation', () => {
    dictd('mine-nld-eng', [['handelen', 'handelen /hɑndələn/\n1. act, take action\n2. trade\n']], false);
    const d = readDictionary(join(dir, 'mine-nld-eng.dict'));
    expect(d.languages).toEqual(['nl', 'en']);
    expect(d.entries[0]!.translations).toEqual(['act', 'take action', 'trade']);
  });

  it('a broken index line is an InputError naming the file and line', () => {
    const index = dictd('bad-eng-ind', WIKDICT, false);
    writeFileSync(index, 'boot\tA\tB\ncooperation\tnot base64!\n');
    expect(() => readDictionary(index)).toThrow(InputError);
    expect(() => readDictionary(index)).toThrow(/bad-eng-ind\.index, line 2: expected "word<TAB>offset<TAB>length"/);
  });

  it('an index without its .dict file says so', () => {
    writeFileSync(join(dir, 'alone-eng-ind.index'), 'boot\tA\tB\n');
    expect(() => readDictionary(join(dir, 'alone-eng-ind.index'))).toThrow(/no \.dict or \.dict\.dz file beside it/);
  });
});

describe('TEI', () => {
  const tei = (body: string): string => `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n${body}\n</body></text>\n</TEI>\n`;

  it('reads entries: orth headwords, trans quotes; languages from the file name', () => {
    const file = join(dir, 'deu-fra.tei');
    writeFileSync(file, tei('<entry><form><orth>Gipfel</orth></form><sense><cit type="trans"><quote>sommet</quote></cit><cit type="trans"><quote>cime</quote></cit></sense></entry>\n<entry><form><orth>K&amp;se</orth></form><sense><cit type="trans"><quote>fromage</quote></cit></sense></entry>'));
    const d = readDictionary(file);
    expect(d.languages).toEqual(['de', 'fr']);
    expect(d.entries).toEqual([
      { head: 'Gipfel', translations: ['sommet', 'cime'] },
      { head: 'K&se', translations: ['fromage'] },
    ]);
  });

  it('an entry that is never closed is an InputError naming its line', () => {
    const file = join(dir, 'broken.tei');
    writeFileSync(file, tei('<entry><form><orth>a</orth></form></entry>\n<entry><form><orth>b</orth></form>'));
    // Line 1 is the XML declaration, 2 <TEI>, 3 <text><body>, 4 the first entry, 5 the broken one.
    expect(() => readDictionary(file)).toThrow(/broken\.tei, line 5: <entry> is not closed/);
  });

  it('a file without <TEI> is not taken for one', () => {
    const file = join(dir, 'plain.xml');
    writeFileSync(file, '<root/>\n');
    expect(() => readDictionary(file)).toThrow(/plain\.xml, line 1: not a TEI file/);
  });
});

describe('TSV', () => {
  it('reads source<TAB>target lines, more translations comma-separated; skips # comments and blanks', () => {
    const file = join(dir, 'words-fin-eng.tsv');
    writeFileSync(file, '# my words\nlintu\tbird, fowl\n\nkala\tfish\n');
    const d = readDictionary(file);
    expect(d.languages).toEqual(['fi', 'en']);
    expect(d.entries).toEqual([
      { head: 'lintu', translations: ['bird', 'fowl'] },
      { head: 'kala', translations: ['fish'] },
    ]);
  });

  it('a line without a tab is an InputError naming the file and line', () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, 'lintu\tbird\nkala fish\n');
    expect(() => readDictionary(file)).toThrow(InputError);
    expect(() => readDictionary(file)).toThrow(/bad\.tsv, line 2: expected "source<TAB>target"/);
  });

  it('a missing file says so', () => {
    expect(() => readDictionary(join(dir, 'nowhere.tsv'))).toThrow(/nowhere\.tsv: no such file/);
  });
});

describe('translation lines', () => {
  it('splits terms and drops sense numbers, grammar tags, parentheses, infinitive "to" and long glosses', () => {
    expect(splitTerms('1. act, to take action <v>')).toEqual(['act', 'take action']);
    expect(splitTerms('II.  <N> 1.  wygnanie (from - z); the state of being sent away from home')).toEqual(['wygnanie']);
    expect(splitTerms('recueillement, récollection 2.')).toEqual(['recueillement', 'récollection']);
  });

  it('WikDict entries: first and numbered lines are translations, the line after each is a gloss', () => {
    expect(entryTranslations('Anblick <n>\n1. vue\nohne Plural\n2. vue, spectacle\nBild\n', true)).toEqual(['vue', 'vue', 'spectacle']);
    expect(entryTranslations('Anblick <n>\nvue\nBild, welches sich bietet\n', true)).toEqual(['vue']);
  });
});
