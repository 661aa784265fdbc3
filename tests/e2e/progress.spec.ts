/**
 * Progress kept in the reader's browser: lessons read and questions answered show at the end of the
 * lesson and on the contents, can be forgotten, and nothing breaks when storage is unavailable.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test } from './support/guard';
import { readLessons } from './support/lessons';

const lessons = readLessons();
const first = lessons[0]!;

/** Scrolls the first predict box into view, waits for it to hydrate, picks a choice and reveals. */
async function answerFirstQuestion(page: Page) {
  const box = page.locator('.predict').first();
  await box.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('.predict')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  const choice = box.getByRole('radio').first();
  if ((await choice.count()) > 0) await choice.check();
  else await box.getByRole('textbox').fill('1');
  await box.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(box.locator('.predict-verdict')).toBeVisible();
}

test.describe('reading progress', () => {
  test('answering a question and marking a lesson read show at its end and on the contents', async ({ page }) => {
    await page.goto(first.path);
    const box = page.getByRole('region', { name: 'Your progress' });
    await expect(box).toContainText('Not marked as read yet.');
    const total = Number(await box.getAttribute('data-exercises'));
    expect(total, 'the first lesson has predict-first questions').toBeGreaterThan(0);
    await expect(box).toContainText(`0 of ${total} questions answered`);

    await answerFirstQuestion(page);
    await expect(box).toContainText(`1 of ${total} questions answered`);
    // Reaching the end marks the lesson read; the button undoes and redoes it.
    await box.scrollIntoViewIfNeeded();
    await expect(box).toContainText('You have read this lesson.');
    await box.getByRole('button', { name: 'Mark as not read' }).click();
    await expect(box).toContainText('Not marked as read yet.');
    await box.getByRole('button', { name: 'Mark as read' }).click();
    await expect(box).toContainText('You have read this lesson.');

    // A reload keeps it; answering the same question again does not count twice.
    await page.reload();
    await expect(box).toContainText(`You have read this lesson. 1 of ${total} questions answered`);
    await answerFirstQuestion(page);
    await expect(box).toContainText(`1 of ${total} questions answered`);

    await page.goto('');
    const item = page.locator(`[data-progress-item="${first.id}"]`);
    await expect(item.locator('[data-progress-badge]')).toHaveText(`Read · 1 of ${total} questions answered`);
    await expect(page.locator('[data-progress-summary]')).toContainText(`you have read 1 of ${lessons.length}`);
    // Other lessons show nothing.
    for (const other of lessons.slice(1)) await expect(page.locator(`[data-progress-item="${other.id}"] [data-progress-badge]`)).toBeHidden();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await expect(item.locator('[data-progress-badge]')).toBeHidden();
    await expect(page.locator('[data-progress-summary]')).toBeHidden();
    await page.goto(first.path);
    await expect(box).toContainText(`Not marked as read yet. 0 of ${total} questions answered`);
  });

  test('declining the confirmation keeps the progress', async ({ page }) => {
    await page.goto(first.path);
    const box = page.getByRole('region', { name: 'Your progress' });
    await box.scrollIntoViewIfNeeded();
    await expect(box).toContainText('You have read this lesson.');
    await page.goto('');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await expect(page.locator(`[data-progress-item="${first.id}"] [data-progress-badge]`)).toHaveText('Read');
  });

  test('scrolling to the end of a lesson marks it read', async ({ page }) => {
    await page.goto(first.path);
    const box = page.getByRole('region', { name: 'Your progress' });
    await expect(box).toContainText('Not marked as read yet.');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(box).toContainText('You have read this lesson.');
  });

  test('without usable storage the book still works and says progress cannot be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const pending = new Set<Request>();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    await page.goto(first.path);
    const box = page.getByRole('region', { name: 'Your progress' });
    await expect(box).toContainText('your progress cannot be saved here');
    await expect(box.getByRole('button')).toHaveCount(0);
    await answerFirstQuestion(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Leaving while the page still loads code would abort those requests, which the guard reports.
    // (networkidle is no wait here: once reached after load, Playwright reports it at once.)
    await expect.poll(() => pending.size).toBe(0);
    await page.goto('');
    await expect(page.locator('[data-progress-summary]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
    // The guard fails this test on any page error or console error.
  });

  test('a full storage (quota exceeded) loses nothing but the saving', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const pending = new Set<Request>();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    await page.goto(first.path);
    const box = page.getByRole('region', { name: 'Your progress' });
    await expect(box).toContainText('your progress cannot be saved here');
    await answerFirstQuestion(page);
  });

  test('stored garbage is ignored, not fatal', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('downhill:progress:v1', '{"lessons": {"x": 3, "<b>": {"read": true}}'));
    await page.goto('');
    await expect(page.locator('[data-progress-summary]')).toBeHidden();
    await page.goto(first.path);
    await expect(page.getByRole('region', { name: 'Your progress' })).toContainText('Not marked as read yet.');
  });
});
