/**
 * The e2e test fixture every spec imports `test` and `expect` from.
 *
 * For every page of the test's browser context it records
 *   - console messages of type "error",
 *   - uncaught page errors (`pageerror`),
 *   - failed requests (`requestfailed`) and responses with status >= 400,
 *   - any request to a host other than the test server's (those are also aborted,
 *     so nothing leaves the machine),
 * and fails the test at teardown with a list of what it saw.
 *
 * A test that expects a problem (say, a deliberate 404) declares it with
 * `guard.allow(/pattern/)`; a recorded problem whose text matches is not reported.
 */
import { test as base, expect, type BrowserContext, type TestInfo } from '@playwright/test';

export { expect };

export type IssueKind = 'console error' | 'page error' | 'request failed' | 'bad status' | 'foreign request';

export interface Issue {
  kind: IssueKind;
  /** One line saying what happened, including the URL where there is one. */
  text: string;
}

export interface Guard {
  /** Everything recorded so far that no `allow` pattern matches. */
  issues(): Issue[];
  /** Ignore recorded problems whose text matches (for a test that provokes one on purpose). */
  allow(pattern: RegExp): void;
  /** Fails now (rather than at teardown) when anything has been recorded. */
  check(): void;
}

/** Hosts (host:port) the browser may talk to: the test server's, under both loopback names. */
export function allowedHosts(baseURL: string): Set<string> {
  const url = new URL(baseURL);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return new Set([url.host, `127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/** True for a URL the browser would send over the network to a host not in `allowed`. */
export function isForeign(rawUrl: string | URL, allowed: Set<string>): boolean {
  const url = typeof rawUrl === 'string' ? safeURL(rawUrl) : rawUrl;
  if (!url) return false;
  if (!/^(https?|wss?|ftp):$/.test(url.protocol)) return false; // data:, blob:, about:, chrome-error: …
  return !allowed.has(url.host);
}

function safeURL(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function formatIssues(issues: Issue[]): string {
  const lines = issues.map((issue, i) => `  ${i + 1}. [${issue.kind}] ${issue.text}`);
  return `The page guard saw ${issues.length} problem(s):\n${lines.join('\n')}`;
}

async function watch(context: BrowserContext, baseURL: string, testInfo: TestInfo, use: (guard: Guard) => Promise<void>) {
  const allowed = allowedHosts(baseURL);
  const recorded: Issue[] = [];
  const allowPatterns: RegExp[] = [];
  const foreignSeen = new Set<string>();

  const record = (kind: IssueKind, text: string) => recorded.push({ kind, text: text.replace(/\s+/g, ' ').trim() });
  const recordForeign = (method: string, url: string) => {
    if (foreignSeen.has(url)) return;
    foreignSeen.add(url);
    record('foreign request', `${method} ${url} (blocked: only ${[...allowed][0]} may be contacted)`);
  };

  // Block everything not addressed to the test server; report it once.
  await context.route(
    (url) => isForeign(url, allowed),
    async (route) => {
      recordForeign(route.request().method(), route.request().url());
      await route.abort('blockedbyclient');
    },
  );

  context.on('request', (request) => {
    if (isForeign(request.url(), allowed)) recordForeign(request.method(), request.url());
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    // The browser logs "Failed to load resource" for requests we block or already report.
    if (where.url && foreignSeen.has(where.url)) return;
    const at = where.url ? ` (at ${where.url}:${where.lineNumber + 1}:${where.columnNumber + 1})` : '';
    const page = message.page()?.url();
    record('console error', `${message.text()}${at}${page ? ` on ${page}` : ''}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    const page = webError.page()?.url();
    const stack = error.stack?.split('\n').slice(0, 4).join(' | ');
    record('page error', `${stack || `${error.name}: ${error.message}`}${page ? ` on ${page}` : ''}`);
  });
  context.on('requestfailed', (request) => {
    if (foreignSeen.has(request.url())) return;
    const failure = request.failure()?.errorText ?? 'unknown error';
    // A navigation the test itself replaces (goto while loading) is not a site problem.
    if (failure === 'net::ERR_ABORTED' && request.isNavigationRequest()) return;
    // The browser fetches the tab icon on its own and drops the fetch when the test navigates on.
    if (failure === 'net::ERR_ABORTED' && /\/favicon\.svg$/.test(request.url())) return;
    // A page's worker script (ink, surface) still loading when the test navigates on is dropped with the page.
    if (failure === 'net::ERR_ABORTED' && /\/_astro\/[\w-]+\.worker-[\w-]+\.js$/.test(new URL(request.url()).pathname)) return;
    record('request failed', `${request.method()} ${request.url()}: ${failure}`);
  });
  context.on('response', (response) => {
    if (response.status() < 400) return;
    const request = response.request();
    record('bad status', `${request.method()} ${response.url()} -> ${response.status()} ${response.statusText()}`);
  });

  const issues = () => recorded.filter((issue) => !allowPatterns.some((pattern) => pattern.test(issue.text)));
  const guard: Guard = {
    issues,
    allow: (pattern) => void allowPatterns.push(pattern),
    check: () => {
      const found = issues();
      if (found.length > 0) throw new Error(formatIssues(found));
    },
  };

  await use(guard);

  const found = issues();
  if (found.length > 0) {
    await testInfo.attach('page-guard.txt', { body: formatIssues(found), contentType: 'text/plain' });
    throw new Error(formatIssues(found));
  }
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use, testInfo) => {
      if (!baseURL) throw new Error('guard: no baseURL; set use.baseURL in playwright.config.ts');
      await watch(context, baseURL, testInfo, use);
    },
    { auto: true },
  ],
});
