// `bitext-qa check` on a generated XLIFF 1.2 file of 10,000 units (deterministic; inline <g>, <x/>
// and <ph> tags, numbers and dates, with a few tags dropped, numbers changed and targets left out):
// wall time and peak RSS of `checkBilingual`, then of rendering the report as JSON and HTML.
import { checkBilingual } from '../src/bilingual/index.js';
import { renderReport } from '../src/report/index.js';
import { peakMemory, rng } from './util.js';

const UNITS = 10_000;
const PLACES = ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt'];
// Parallel phrase tables: [english, german], {n} a number, {p} a place.
const PHRASES: [string, string][] = [
  ['The new line to {p} carries {n} passengers a day.', 'Die neue Linie nach {p} befördert täglich {n} Fahrgäste.'],
  ['Tickets for the museum in {p} cost {n} euros.', 'Eintrittskarten für das Museum in {p} kosten {n} Euro.'],
  ['The council of {p} approved {n} new flats on Monday.', 'Der Rat von {p} genehmigte am Montag {n} neue Wohnungen.'],
  ['Around {n} people attended the festival in {p}.', 'Rund {n} Menschen besuchten das Festival in {p}.'],
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A deterministic XLIFF 1.2 file of `n` units: about 1 % lose a tag, 1 % change a number, 0.5 % have no target. */
export function generateXliff(n: number, seed = 13): string {
  const r = rng(seed);
  const units: string[] = [];
  for (let i = 0; i < n; i++) {
    const [en, de] = PHRASES[Math.floor(r() * PHRASES.length)] as [string, string];
    const place = PLACES[Math.floor(r() * PLACES.length)] as string;
    const num = String(1 + Math.floor(r() * 9000));
    const fill = (s: string, k: string) => escapeXml(s.replace('{p}', `<g id="1">${place}</g>`).replace('{n}', k));
    const source = `${fill(en, num)}<x id="2"/> <ph id="3">{link}</ph>`;
    const roll = r();
    const target =
      roll < 0.005 ? null
      : roll < 0.015 ? `${fill(de, num)} <ph id="3">{link}</ph>` // the <x/> is lost
      : roll < 0.025 ? `${fill(de, String(Number(num) + 1))}<x id="2"/> <ph id="3">{link}</ph>` // a number changed
      : `${fill(de, num)}<x id="2"/> <ph id="3">{link}</ph>`;
    units.push(`<trans-unit id="u${i + 1}"><source>${source}</source>${target === null ? '' : `<target>${target}</target>`}</trans-unit>`);
  }
  // The tags were escaped with the text; put the inline markup back.
  const body = units.join('\n').replace(/&lt;(\/?(?:g|x|ph)[ >/])/g, '<$1');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="en" target-language="de" datatype="plaintext" original="bench"><body>\n${body}\n</body></file></xliff>\n`;
}

export default async function bench(): Promise<void> {
  const xml = generateXliff(UNITS);
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`XLIFF 1.2, ${UNITS.toLocaleString('en')} units, ${(xml.length / 2 ** 20).toFixed(1)} MiB; RSS at start ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { value: report, peakMiB } = await peakMemory(() => checkBilingual(xml, { name: 'bench.xlf' }));
  const ms = performance.now() - t0;
  // CPU time as well: on a busy machine it is closer than wall time to what an idle one takes.
  const cpu = process.cpuUsage(cpu0);
  const count = (code: string) => report.findings.filter((f) => f.code === code).length;
  console.log(
    `checkBilingual                     ${(ms / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)   peak RSS ${peakMiB.toFixed(0)} MiB   timings ${JSON.stringify(report.timings)}`,
  );
  console.log(
    `  ${report.findings.length} findings: tag-missing ${count('tag-missing')}, number-mismatch ${count('number-mismatch')}, target-missing ${count('target-missing')}`,
  );
  for (const format of ['json', 'html'] as const) {
    const t1 = performance.now();
    const { value: out, peakMiB: peak } = await peakMemory(() => renderReport(report, format));
    console.log(`render ${format.padEnd(28)} ${((performance.now() - t1) / 1000).toFixed(2)} s   peak RSS ${peak.toFixed(0)} MiB   ${(out.length / 2 ** 20).toFixed(1)} MiB`);
  }
}
