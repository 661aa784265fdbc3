import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the built site (dist/).
 *
 * - Browser: $CHROMIUM_PATH or /usr/bin/chromium (see scripts/ensure-chromium.mjs). Never
 *   `playwright install`: these machines cannot download a browser build.
 * - Server: scripts/serve-dist.mjs serves dist/ on 127.0.0.1:$E2E_PORT (default 4329) under
 *   the site base $DOWNHILL_BASE (default "/"), the same variable astro.config.mjs builds with.
 *   It does not build: `npm test` runs `astro build` first.
 * - Every spec imports `test`/`expect` from ./tests/e2e/support/guard.ts, which fails a test on
 *   console errors, page errors, failed requests and any request leaving the machine.
 */
const CI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT ?? 4329);
const HOST = '127.0.0.1';
/** The site's base path with a leading and trailing slash: "/" or "/downhill/". */
const BASE = `/${(process.env.DOWNHILL_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const ORIGIN = `http://${HOST}:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  // A 2-core machine running two browsers: generous per test, bounded overall.
  timeout: 45_000,
  globalTimeout: CI ? 16 * 60_000 : 0,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  use: {
    baseURL: `${ORIGIN}${BASE}`,
    navigationTimeout: 20_000,
    actionTimeout: 10_000,
    // Recording a trace of every test (to keep the failures') slowed the whole run; a failed test's retry is traced.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve-dist.mjs --host ${HOST} --port ${PORT} --base ${BASE}`,
    url: `${ORIGIN}${BASE}`,
    reuseExistingServer: !CI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
