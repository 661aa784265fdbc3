/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and CPU throttling
 * through the Chrome DevTools Protocol.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** The launch flags DESIGN.md lists as working on these machines (headless is added by the launcher). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Viewport of every measured page: the desktop layout, where figures sit beside their controls. */
export const VIEWPORT = { width: 1280, height: 900 } as const;

/** CPU slowdown for everything the bench times in the browser. */
export const CPU_THROTTLE = 4;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** Slows the page's CPU by `rate` (1 = off) with Emulation.setCPUThrottlingRate. */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}
