/**
 * The HTML report in a real browser (Debian's Chromium, see `chromium.ts`): views, selection, the
 * `j`/`k` keys, filters, escaping. Writes `test-output/report.png` (the README's screenshot is made by
 * `npm run screenshot`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { reportFixture } from '../fixtures/report-fixture.js';
import { executablePath, failInCiWithoutChromium, openReportFile, type ReportFile, suiteName } from './chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUITE = 'html report in Chromium';

failInCiWithoutChromium(SUITE);

describe.skipIf(!executablePath)(suiteName(SUITE), () => {
  let opened: ReportFile | undefined;
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    opened = await openReportFile(renderReport(reportFixture(), 'html'));
    ({ browser, dir, url } = opened);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await opened?.close();
  });

  /** Whether an element is laid out and visible inside the page's viewport and the pane that holds it. */
  const inView = (selector: string) =>
    page.$eval(selector, (el) => {
      const box = el.getBoundingClientRect();
      const pane = el.closest('.doc')?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
      return box.height > 0 && box.top >= Math.max(0, pane.top) - 1 && box.bottom <= Math.min(innerHeight, pane.bottom) + 1;
    });
  const classes = (selector: string) => page.$eval(selector, (el) => [...el.classList]);
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** The outline of the focused element: visible focus means a solid outline at least 2 px wide. */
  const focusRing = () => page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`;
  });
  const visibleCount = (selector: string) =>
    page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

  it('loads with no console errors and no request but the file itself, in the row view', async () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await visibleCount('#view-rows')).toBe(1);
    expect(await visibleCount('#view-articles')).toBe(0);
  });

  it('shows the <script> sentence as text and runs none of it', async () => {
    // textContent: rows far below the fold skip rendering (content-visibility), so innerText is empty there.
    expect(await page.locator('#r27 .cs').textContent()).toContain('<script>alert(1)</script> & "quotes" ⟦U+202E⟧ RTL override');
    expect(await page.locator('script').count()).toBe(2);
    expect(dialogs).toEqual([]);
  });

  it('hides info findings when the info filter is unchecked, and shows them again', async () => {
    expect(await visibleCount('.f.sev-info')).toBeGreaterThan(0);
    expect(await visibleCount('.fb.sev-info')).toBeGreaterThan(0);
    await page.locator('.filters input[value="info"]').uncheck();
    expect(await visibleCount('.f.sev-info')).toBe(0);
    expect(await visibleCount('.fb.sev-info')).toBe(0);
    expect(await visibleCount('.f.sev-error')).toBe(1);
    await page.locator('.filters input[value="info"]').check();
    expect(await visibleCount('.f.sev-info')).toBe(await page.locator('.f.sev-info').count());
  });

  it('opens a passage block on click, showing its rows', async () => {
    expect(await visibleCount('#p0 .row[id]')).toBe(0);
    await page.locator('#p0 summary').click();
    expect(await visibleCount('#p0 .row[id]')).toBe(6);
    await page.locator('#p0 summary').click();
    expect(await visibleCount('#p0 .row[id]')).toBe(0);
  });

  it('steps through the findings with j and k, focusing the row each one is about', async () => {
    await page.locator('h1').click(); // no finding selected yet
    // Panel order (errors first, then by place): date-mismatch (bead 2), name-spelling (bead 2), then the
    // omission card's places: source 4 (bead 3), source 6 (bead 7, inside passage p0), source 20 (bead 25).
    await page.keyboard.press('j');
    expect(await classes('#f0')).toContain('on');
    expect(await focused()).toBe('r2');
    expect(await focusRing()).toBe('solid true');
    expect(await classes('#r2')).toContain('sel');
    await page.keyboard.press('j');
    expect(await classes('#f1')).toContain('on');
    expect(await classes('#f0')).not.toContain('on');
    await page.keyboard.press('j');
    expect(await focused()).toBe('r3');
    await page.keyboard.press('j');
    expect(await focused()).toBe('r7');
    expect(await page.$eval('#p0', (el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await inView('#r7')).toBe(true);
    await page.keyboard.press('k');
    expect(await focused()).toBe('r3');
    expect(await classes('#f5')).toContain('on');
    expect(await classes('#r7')).not.toContain('sel');
    expect(await inView('#r3')).toBe(true);
  });

  it('selects a pair in the row view when its heat-map cell is clicked', async () => {
    await page.locator('.hm rect[data-b="22"]').first().click(); // the 2-1 bead: source 18, 19 ↔ target 15
    expect(await classes('#r22')).toContain('sel');
    expect(await inView('#r22')).toBe(true);
    expect(await page.locator('.hm-info').innerText()).toBe('Source 18, 19 ↔ Target 15 · match 0.71');
  });

  it('builds the article view on demand: every sentence once, in reading order, badges only where findings are', async () => {
    await page.locator('[data-view="articles"]').click();
    expect(await page.locator('[data-view="articles"]').getAttribute('aria-pressed')).toBe('true');
    expect(await visibleCount('#view-rows')).toBe(0);
    const ids = await page.locator('.doc .s').evaluateAll((els) => els.map((el) => el.id));
    const report = reportFixture();
    expect(ids).toEqual([...report.source.sentences.map((_, i) => `s${i}`), ...report.target.sentences.map((_, j) => `t${j}`)]);
    expect(await page.locator('#s21').innerText()).toContain('<script>alert(1)</script> & "quotes" ⟦U+202E⟧ RTL override');
    expect(await page.getAttribute('#s7', 'lang')).toBe('es');
    expect(await classes('#s3')).toEqual(['s', 'o']);
    expect(await classes('#t2')).toEqual(['s', 'a', 'x']);
    expect(await page.locator('#pane-s p.hd').count()).toBe(3); // title, standfirst and sub-heading 13, each a line of its own
    // One badge per sentence and code, worked out from the fixture's findings: 12 on the source side, 7 on the target.
    expect(await page.locator('#pane-s .fb').count()).toBe(12);
    expect(await page.locator('#pane-t .fb').count()).toBe(7);
    expect(await page.$eval('#s0', (el) => el.nextElementSibling?.classList.contains('fb') ?? false)).toBe(false);
    expect(await page.$eval('#t1', (el) => el.nextElementSibling?.textContent)).toBe('date-mismatch');
    expect(await page.locator('#t1 mark.mk-error').innerText()).toBe('Jumat (4/1)');
  });

  it('highlights both sides of a pair on hover, and scrolls the counterpart into view on click', async () => {
    await page.locator('#s2').hover();
    expect(await classes('#t1')).toContain('hov');
    await page.mouse.move(0, 0);
    expect(await classes('#t1')).not.toContain('hov');
    await page.setViewportSize({ width: 1440, height: 500 }); // short panes, so target 15 starts out of sight
    expect(await inView('#t14')).toBe(false);
    await page.locator('#s18').click();
    expect(await classes('#t14')).toContain('sel');
    expect(await inView('#t14')).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('steps with j in the article view too, focusing the sentence', async () => {
    await page.keyboard.press('j'); // after source 4 (f5) comes source 6 (f6)
    expect(await focused()).toBe('s5');
    expect(await focusRing()).toBe('solid true');
    expect(await inView('#s5')).toBe(true);
  });

  it('highlights and shows both sentences of a pair when its heat-map cell is clicked', async () => {
    await page.locator('.hm rect[data-b="4"]').first().click(); // the 1-2 bead: source 4 ↔ target 0 + 3
    for (const id of ['#s4', '#t0', '#t3']) expect(await classes(id)).toContain('sel');
    expect(await classes('#t14')).not.toContain('sel');
    expect(await inView('#s4')).toBe(true);
    expect(await inView('#t0')).toBe(true);
    expect(await page.locator('.hm-info').innerText()).toBe('Source 5 ↔ Target 1, 4 · match 0.69');
  });

  it('takes a screenshot of a selected finding in the row view', async () => {
    await page.locator('[data-view="rows"]').click();
    await page.locator('.f.sev-error').click();
    expect(await classes('#r2')).toContain('sel');
    const png = await page.screenshot();
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(join(ROOT, 'test-output', 'report.png'), png);
    expect(png.length).toBeGreaterThan(10_000);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
  });
});
