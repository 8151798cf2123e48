/**
 * Debian's Chromium for the browser tests, driven by playwright-core (never a browser download).
 *
 * When `/usr/bin/chromium` is missing and we run as root with `apt-get`, it is installed
 * (`apt-get install -y chromium`). If it is still missing, a browser suite FAILS with a clear message
 * when `CI` is set (CI must exercise the browser; a silent skip there would hide a broken page) and is
 * SKIPPED otherwise, with the reason in the suite's name (a laptop without Chromium should still be
 * able to run `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { describe, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `/usr/bin/chromium`, installed with apt-get when missing and allowed (root, apt-get present). */
function findChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    const apt = (...args: string[]) =>
      execFileSync('apt-get', args, { stdio: 'ignore', timeout: 900_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      apt('install', '-y', 'chromium');
    } catch {
      try {
        apt('update');
        apt('install', '-y', 'chromium');
      } catch {
        // Reported by the caller as missing.
      }
    }
  }
  return existsSync(CHROMIUM) ? CHROMIUM : undefined;
}

export const executablePath = findChromium();
const MISSING = `${CHROMIUM} is missing and could not be installed (run \`apt-get install -y chromium\` as root)`;

/** The name of a browser suite, with the reason when it is skipped. */
export const suiteName = (name: string): string => `${name}${executablePath ? '' : ` (skipped: ${MISSING})`}`;

/** In CI, a failing test in place of a skipped browser suite. */
export function failInCiWithoutChromium(name: string): void {
  if (!executablePath && process.env.CI) {
    describe(name, () => {
      it('needs Chromium in CI', () => {
        throw new Error(`${MISSING}; CI must run the browser test.`);
      });
    });
  }
}

/** Starts headless Chromium (call only when `executablePath` is set). */
export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath, headless: true, args: ARGS });

/** A report written to a temporary folder, and a browser to open it; `close()` ends the browser and removes the folder. */
export interface ReportFile {
  browser: Browser;
  dir: string;
  url: string;
  close: () => Promise<void>;
}

export async function openReportFile(html: string): Promise<ReportFile> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-qa-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { browser, dir, url: pathToFileURL(file).href, close };
}
