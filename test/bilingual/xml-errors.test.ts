// The two XML errors a user of a CAT tool's export meets most, in words that say what to fix.
import { describe, expect, it } from 'vitest';
import { readBilingual } from '../../src/bilingual/index.js';
import { InputError } from '../../src/errors.js';

const unit = (source: string) =>
  `<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>${source}</source><target>Hallo</target></trans-unit></body></file></xliff>`;

const failure = async (xml: string): Promise<Error> => {
  const error = await readBilingual(xml, 'job.xlf').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as Error;
};

describe('XML errors', () => {
  // saxes said only "undefined entity." (with a full stop inside the brackets): `&nbsp;` is HTML's,
  // and the message must name it and the entities XML has.
  it('an HTML entity names itself and the entities XML knows', async () => {
    const { message } = await failure(unit('Hi&nbsp;there'));
    expect(message).toMatch(/^job\.xlf is not well-formed XML \(line 1, column \d+: undefined entity &nbsp; \(bitext-qa reads only XML's own &amp; &lt; &gt; &quot; &apos; and numeric ones such as &#160;\)\)\. Fix the file/);
  });

  it('other errors lose saxes\' full stop before the closing bracket', async () => {
    const { message } = await failure(unit('Hi</target>'));
    expect(message).not.toMatch(/\.\)/);
    expect(message).toMatch(/\(line 1, column \d+: [^)]+\)\. Fix the file/);
  });

  // Before: "job.xlf is not well-formed XML (line 1, column 1: document must contain a root element.)".
  it.each([[''], ['\n  \n']])('an empty file is called empty (%j)', async (xml) => {
    expect((await failure(xml)).message).toBe('job.xlf is empty. Give an XLIFF or TMX file.');
  });

  it('a numeric reference and the five XML entities are read', async () => {
    const doc = await readBilingual(unit('caf&#233; &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos;'), 'job.xlf');
    expect(doc.units[0]?.source.text).toBe('café & <c> "d" \'e\'');
  });
});
