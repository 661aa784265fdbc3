/**
 * Checks the checkers. The page guard records each kind of problem it promises to and
 * blocks requests to other hosts (each test provokes problems on purpose, reads them with
 * `guard.issues()`, then allows them so the teardown passes); the link checker finds
 * missing pages, redirects and missing fragment targets.
 */
import { test, expect, isForeign, allowedHosts } from './support/guard';
import { brokenInternalLinks } from './support/links';
import { readLessons } from './support/lessons';

test('records console errors and uncaught page errors', async ({ page, guard }) => {
  await page.goto('');
  await page.evaluate(() => {
    console.error('guard self-test: console error');
    setTimeout(() => {
      throw new Error('guard self-test: uncaught');
    }, 0);
  });
  await expect.poll(() => guard.issues().map((issue) => issue.kind).sort()).toEqual(['console error', 'page error']);
  expect(guard.issues()[0]?.text).toContain('guard self-test');
  guard.allow(/guard self-test/);
});

test('records responses with status >= 400', async ({ page, guard }) => {
  await page.goto('');
  await page.evaluate(() => fetch('guard-self-test-missing.txt').catch(() => undefined));
  await expect.poll(() => guard.issues().some((i) => i.kind === 'bad status' && /guard-self-test-missing\.txt -> 404/.test(i.text))).toBe(true);
  guard.allow(/guard-self-test-missing/);
});

test('blocks and records requests to any other host', async ({ page, guard }) => {
  await page.goto('');
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/guard-self-test', { mode: 'no-cors' }).then(
      () => 'reached the network',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://203.0.113.7/guard-self-test.png';
    document.body.append(img);
  });
  await expect
    .poll(() => guard.issues().filter((i) => i.kind === 'foreign request').map((i) => i.text.split(' ')[1]))
    .toEqual(['https://example.com/guard-self-test', 'http://203.0.113.7/guard-self-test.png']);
  expect(guard.issues().every((i) => i.kind === 'foreign request'), JSON.stringify(guard.issues())).toBe(true);
  guard.allow(/guard-self-test/);
});

test('tells the test server from other hosts', ({ baseURL }) => {
  const allowed = allowedHosts(baseURL!);
  const port = new URL(baseURL!).port;
  expect(isForeign(`http://127.0.0.1:${port}/x`, allowed)).toBe(false);
  expect(isForeign(`http://localhost:${port}/x`, allowed)).toBe(false);
  expect(isForeign('http://127.0.0.1:1/x', allowed)).toBe(true);
  expect(isForeign('https://cdn.jsdelivr.net/npm/katex', allowed)).toBe(true);
  expect(isForeign('data:text/plain,hi', allowed)).toBe(false);
  expect(isForeign('blob:http://127.0.0.1/abc', allowed)).toBe(false);
});

test('the link checker reports missing pages, redirects and missing fragments', async ({ page, request, baseURL }) => {
  const home = new URL(baseURL!).pathname;
  const lesson = `${home}${readLessons()[0]?.path}`;
  const fixture = `
    <!doctype html><html lang="en"><title>links</title><main>
    <h2 id="here">here</h2>
    <a href="#here">ok: same-page fragment</a>
    <a href="${home}">ok: home</a>
    <a href="${lesson}">ok: a lesson</a>
    <a href="https://example.com/elsewhere">ok: external, not fetched</a>
    <a href="mailto:someone@example.com">ok: mail</a>
    <a href="#nowhere">bad: same-page fragment</a>
    <a href="${home}no-such-page/">bad: missing page</a>
    <a href="${lesson.replace(/\/$/, '')}">bad: redirect</a>
    <a href="${home}#no-such-id">bad: fragment on home</a>
    <a href="javascript:void 0">bad: script</a>
    </main></html>`;
  // A made-up page on the test server's origin; its links point at real and missing pages.
  await page.route('**/__rig__/links/', (route) => route.fulfill({ contentType: 'text/html', body: fixture }));
  await page.goto('__rig__/links/');
  expect(new URL(page.url()).pathname).toBe(`${home}__rig__/links/`);
  const problems = await brokenInternalLinks(page, request);
  expect(problems.map((line) => /\((bad|ok)[^)]*\)/.exec(line)?.[0])).toEqual([
    '(bad: same-page fragment)',
    '(bad: missing page)',
    '(bad: redirect)',
    '(bad: fragment on home)',
    '(bad: script)',
  ]);
  expect(problems[1]).toContain('answered 404');
  expect(problems[2]).toMatch(/answered 301 \(a redirect to .*\/: link there directly\)/);
});
