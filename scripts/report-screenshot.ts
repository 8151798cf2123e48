// Writes docs/report-screenshot.png, the README's picture of the HTML report: the seed articles compared
// with the default embedder, shown at 1280 px in Debian's Chromium with the first error selected.
// Run by a developer after changing the report: `npm run screenshot`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { compareArticles, renderReport } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const seed = (name: string) => readFileSync(join(ROOT, 'examples', 'seeds', name), 'utf8');

const report = await compareArticles(seed('en.txt'), seed('id.txt'), { embedder: 'lexical', cache: false });
const dir = mkdtempSync(join(tmpdir(), 'bitext-qa-shot-'));
const file = join(dir, 'seeds.html');
writeFileSync(file, renderReport(report, 'html'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.keyboard.press('j'); // the first error, selected and focused
  await page.evaluate(() => scrollTo(0, 0));
  writeFileSync(join(ROOT, 'docs', 'report-screenshot.png'), await page.screenshot());
  console.log('wrote docs/report-screenshot.png');
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
