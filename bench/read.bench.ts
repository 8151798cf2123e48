// `readArticle` throughput: the news page fixture's article repeated into a long page (one <article>),
// and the Markdown fixture repeated into a long document. Prints MB/s of input, wall and CPU time (on
// a busy machine CPU time is closer than wall time to what an idle one takes).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../src/read/index.js';
import { timed } from './util.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../test/fixtures/articles/${name}`, import.meta.url)), 'utf8');

export default async function bench(): Promise<void> {
  const page = fixture('news.html');
  const [head, rest] = page.split('<article>') as [string, string];
  const [body, tail] = rest.split('</article>') as [string, string];
  const html = `${head}<article>${body.repeat(1000)}</article>${tail}`;
  const md = fixture('article.md').repeat(300);
  for (const [format, text] of [['html', html], ['md', md]] as const) {
    await readArticle(text.slice(0, 5000), format); // load the parser first
    const cpu0 = process.cpuUsage();
    const { value, ms } = await timed(() => readArticle(text, format));
    const cpu = process.cpuUsage(cpu0);
    const mb = text.length / 1e6;
    console.log(
      `readArticle ${format.padEnd(5)} ${mb.toFixed(2)} MB: ${(ms / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), ` +
        `${(mb / ((cpu.user + cpu.system) / 1e6)).toFixed(2)} MB per CPU second → ${value.text.length.toLocaleString('en')} characters of text`,
    );
  }
}
