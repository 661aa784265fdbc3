/**
 * Search across the lessons with Pagefind: the header's search box is a plain form (no script on the
 * page until a reader searches), the search page loads the index from the site itself and links to
 * lessons and to the sections that match.
 */
import { expect, test } from './support/guard';
import { readLessons, readParts } from './support/lessons';

const lessons = readLessons();
const first = lessons[0]!;

test.describe('search', () => {
  test('pages other than the search page load no script file and nothing of Pagefind', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('script[src]').count(), 'the home page should ship no script file').toBe(0);
    await page.goto('instructors/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /pagefind/.test(url)), 'Pagefind must load only on the search page').toEqual([]);
  });

  test('the header search box, used with the keyboard, opens results that link to lessons and sections', async ({ page, baseURL }) => {
    await page.goto('');
    const box = page.getByRole('searchbox', { name: 'Search the book' });
    await box.focus();
    await page.keyboard.type('residuals');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/search\/\?q=residuals/);
    await expect(page.getByRole('status')).toHaveText(/\d+ lessons? match(es)? “residuals”/);
    const results = page.locator('.results > li');
    await expect(results.first()).toBeVisible();
    // The first lesson explains residuals: it is among the results, by its title, with the site's base path.
    const lessonLink = page.locator('.results h2 a', { hasText: first.title });
    await expect(lessonLink).toHaveAttribute('href', new URL(first.path, baseURL).pathname);
    // The section that matches is linked by its id.
    const sectionLink = page.locator(`.results a[href*="${first.path}#"]`).first();
    await expect(sectionLink).toBeVisible();
    await expect(page.locator('.results mark').first()).toBeVisible();
    await sectionLink.click();
    await expect(page).toHaveURL(new RegExp(`${first.path}#`));
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeAttached();
  });

  test('typing on the search page searches as you type and keeps the query in the address', async ({ page }) => {
    await page.goto('search/');
    const input = page.getByLabel('Words to look for');
    await expect(input).toBeFocused();
    await input.fill('gradient');
    await expect(page.getByRole('status')).toHaveText(/match(es)? “gradient”/);
    await expect(page).toHaveURL(/\?q=gradient/);
    await input.fill('qqqqqq');
    await expect(page.getByRole('status')).toHaveText('No lesson mentions “qqqqqq”. Try another word, or fewer words.');
    await expect(page.locator('.results > li')).toHaveCount(0);
  });

  test('the index holds the lessons’ text only, not controls, chrome or TeX source', async ({ page, baseURL }) => {
    await page.goto('search/');
    const contents = await page.evaluate(async (library) => {
      const pagefind = (await import(library)) as {
        options(o: { baseUrl: string }): Promise<void>;
        search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string; content: string }> }> }>;
      };
      await pagefind.options({ baseUrl: new URL('..', library).pathname });
      // Every indexed page contains "the".
      const found = await pagefind.search('the');
      return Promise.all(found.results.map(async (result) => result.data()));
    }, new URL('pagefind/pagefind.js', baseURL).href);
    expect(contents.map((c) => c.url).sort(), 'every lesson and part review, and nothing else, is indexed').toEqual(
      [...lessons, ...readParts()].map((entry) => new URL(entry.path, baseURL).pathname).sort(),
    );
    for (const { url, content } of contents) {
      for (const chrome of ['Copy link to this figure', 'Skip to content', 'On this page', 'Link to this section', 'Your progress', '\\frac', '\\hat']) {
        expect(content, `${url} should not index “${chrome}”`).not.toContain(chrome);
      }
    }
  });
});
