/**
 * The HTML report's layout in Chromium at phone, tablet, laptop and desktop widths: no region overlaps
 * another, nothing scrolls sideways, text stays inside its pane (see `layout-check.ts`), in every view.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { reportFixture } from '../fixtures/report-fixture.js';
import { executablePath, failInCiWithoutChromium, launchChromium, suiteName } from './chromium.js';
import { layoutProblems, RENDER_ALL } from './layout-check.js';

const WIDTHS = [360, 800, 1024, 1280, 1920];
const SUITE = 'html report layout in Chromium';

failInCiWithoutChromium(SUITE);

describe.skipIf(!executablePath)(suiteName(SUITE), () => {
  let browser: Browser;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-qa-layout-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(reportFixture(), 'html'));
    url = pathToFileURL(file).href;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(WIDTHS)('nothing overlaps or spills at %i px, in every view, passages closed and open', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await page.addStyleTag({ content: RENDER_ALL });
    const views = await page.locator('[data-view]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.view!));
    expect(views).toEqual(['rows', 'articles']);
    const problems: string[] = [];
    for (const view of views) {
      await page.locator(`[data-view="${view}"]`).click();
      problems.push(...(await page.evaluate(layoutProblems)).map((p) => `${view}: ${p}`));
    }
    await page.locator('[data-view="rows"]').click();
    const passages = await page.locator('details.passage').count();
    expect(passages).toBeGreaterThan(0);
    await page.locator('details.passage').evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
    problems.push(...(await page.evaluate(layoutProblems)).map((p) => `rows, passages open: ${p}`));
    // The check sees the rows inside the passages once they are open.
    expect(await page.evaluate(() => [...document.querySelectorAll('details.passage .row')].filter((el) => el.checkVisibility()).length)).toBeGreaterThan(0);
    await page.close();
    expect(problems).toEqual([]);
  });
});
