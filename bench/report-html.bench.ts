// The HTML report of a 2,000 × 2,000-sentence pair (the synthetic report of the renderer tests):
// its size, the time `renderReport` takes, and, when Debian's Chromium is installed, the time the
// browser takes to load the page (navigation start to the end of the load event).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReport } from '../src/report/index.js';
import { syntheticReport } from '../test/report/synthetic.js';
import { timed } from './util.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start to the end of the load event, median of `runs` loads. */
async function browserLoadMs(html: string, runs: number): Promise<number> {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'bitext-qa-bench-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      times.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
      await page.close();
    }
    return median(times);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  const report = syntheticReport(2000);
  renderReport(report, 'html'); // warm-up
  const times: number[] = [];
  let html = '';
  for (let run = 0; run < 5; run++) {
    const { value, ms } = await timed(() => renderReport(report, 'html'));
    html = value;
    times.push(ms);
  }
  const kib = Buffer.byteLength(html) / 1024;
  console.log(`html report, 2000 × 2000 sentences: ${kib.toFixed(0)} KiB, renderReport ${median(times).toFixed(0)} ms (median of 5)`);
  if (!existsSync(CHROMIUM)) {
    console.log(`browser load: skipped (${CHROMIUM} missing; apt-get install -y chromium)`);
    return;
  }
  console.log(`browser load (Chromium, 1280 px): ${(await browserLoadMs(html, 3)).toFixed(0)} ms (median of 3)`);
}
