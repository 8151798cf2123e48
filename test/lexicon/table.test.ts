// The shipped-lexicon loader's table gives exactly what the former loader's two Maps gave (one
// `Map.set` per line), for hand-made edge cases and for every key of every shipped file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lexiconFolder, parseLexicon, shippedFiles } from '../../src/lexicon/shipped.js';

/** The former loader: a Map of forms and one of stems, filled line by line. */
function reference(text: string): { forms: Map<string, string>; stems: Map<string, string> } {
  const forms = new Map<string, string>();
  const stems = new Map<string, string>();
  for (let i = 0; i < text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', i);
    if (tab > i && tab < nl) {
      if (text.charCodeAt(i) === 126) stems.set(text.slice(i + 1, tab), text.slice(tab + 1, nl));
      else forms.set(text.slice(i, tab), text.slice(tab + 1, nl));
    }
    i = nl + 1;
  }
  return { forms, stems };
}

describe('parseLexicon', () => {
  it('reads forms, stems, repeated keys and odd lines as Map.set did', () => {
    // Lines: a form; a stem; a form repeated later (the later value wins, as with Map.set); a line
    // with no tab (skipped); a line starting with a tab (skipped: empty form); `~` alone before the
    // tab (a stem with an empty key); non-Latin keys; an empty line; the last line without a newline.
    const text = 'chat\tcat\n~chat\tcat|pussy\nchien\tdog\nnotab\n\tempty\n~\tnothing\nchat\tcat|tomcat\némigré\témigré\n犬\tdog\n\nfin\tend';
    const got = parseLexicon(text);
    expect(Object.fromEntries(got.forms)).toEqual({ chat: 'cat|tomcat', chien: 'dog', émigré: 'émigré', 犬: 'dog', fin: 'end' });
    expect(Object.fromEntries(got.stems)).toEqual({ chat: 'cat|pussy', '': 'nothing' });
    expect(got.forms.size).toBe(5);
    expect(got.forms.get('notab')).toBeUndefined();
    expect(got.forms.get('cha')).toBeUndefined();
    expect(got.forms.has('fin')).toBe(true);
    expect([...got.forms.values()]).toEqual(['dog', 'cat|tomcat', 'émigré', 'dog', 'end']); // the shadowed line is skipped
    const ref = reference(text);
    expect(new Map(got.forms)).toEqual(ref.forms);
    expect(new Map(got.stems)).toEqual(ref.stems);
  });

  it('gives every form and stem of every shipped file the same concepts as the Map loader', () => {
    const files = shippedFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const meta of files) {
      const text = gunzipSync(readFileSync(join(lexiconFolder()!, meta.file))).toString('utf8');
      const ref = reference(text);
      const got = parseLexicon(text);
      for (const [mine, theirs] of [
        [got.forms, ref.forms],
        [got.stems, ref.stems],
      ] as const) {
        expect(mine.size).toBe(theirs.size);
        let same = 0;
        for (const [k, v] of theirs) if (mine.get(k) === v) same++;
        expect(same, meta.file).toBe(theirs.size);
        const keys = new Set(mine.keys());
        expect(keys.size).toBe(theirs.size);
        for (const k of theirs.keys()) expect(keys.has(k)).toBe(true);
      }
    }
  });
});
