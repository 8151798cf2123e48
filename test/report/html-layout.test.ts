/**
 * The HTML report's layout in Chromium at phone, tablet, laptop and desktop widths: no region overlaps
 * another, nothing scrolls sideways, text stays inside its pane (see `layout-check.ts`), in every view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { reportFixture } from '../fixtures/report-fixture.js';
import { executablePath, failInCiWithoutChromium, openReportFile, type ReportFile, suiteName } from './chromium.js';
import { layoutProblems, RENDER_ALL } from './layout-check.js';

const WIDTHS = [360, 800, 1024, 1280, 1920, 2560];
const SUITE = 'html report layout in Chromium';

failInCiWithoutChromium(SUITE);

describe.skipIf(!executablePath)(suiteName(SUITE), () => {
  let opened: ReportFile | undefined;
  let page: Page;
  let url: string;

  /**
   * The report loaded afresh at this viewport, every row rendered. One page serves every test: a new
   * page costs a browser context and a renderer process, and the report keeps no state across loads
   * (no storage, no width read by script), so a reload at the new size is a fresh start at that size.
   */
  async function load(width: number, height: number, media: 'screen' | 'print' = 'screen'): Promise<void> {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ media });
    await page.goto(url, { waitUntil: 'load' });
    await page.addStyleTag({ content: RENDER_ALL });
  }

  beforeAll(async () => {
    // The fixture, with an unbreakable 240-character link in a sentence on each side (text that must wrap anyway).
    const report = reportFixture();
    const link = `https://example.com/${'a'.repeat(220)}`;
    report.source.sentences[9].text = link;
    report.target.sentences[16].text += ` ${link}`;
    opened = await openReportFile(renderReport(report, 'html'));
    url = opened.url;
    page = await opened.browser.newPage({ deviceScaleFactor: 1 });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it.each(WIDTHS)('nothing overlaps or spills at %i px, in every view, passages closed and open', async (width) => {
    await load(width, 900);
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
    expect(problems).toEqual([]);
  });

  it('prints the findings after the rows, without the view switch or the filters, and nothing overlaps', async () => {
    await load(800, 1100, 'print');
    const shown = (selector: string) => page.$eval(selector, (el) => el.checkVisibility());
    expect(await shown('.views')).toBe(false);
    expect(await shown('.filters')).toBe(false);
    expect(await shown('.findings')).toBe(true);
    const [rows, findings] = await Promise.all(['.rows', '.findings'].map((s) => page.$eval(s, (el) => el.getBoundingClientRect().top)));
    expect(findings).toBeGreaterThan(rows);
    // The findings list is not cut to a scrolling box: all of it is on paper.
    expect(await page.$eval('.flist', (el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await page.evaluate(layoutProblems)).toEqual([]);
  });
});
