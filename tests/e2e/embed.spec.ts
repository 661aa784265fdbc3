/**
 * Figure embeds (/embed/<lesson>/): what an instructor pastes into a course page. For every lesson,
 * the embed page shows its figures and nothing else, or only the one its anchor names, in the
 * settings the address gives; `controls=fixed|hidden` freezes the preset; the copy-embed button on a
 * lesson produces an iframe whose page restores the figure; and the figure shows without JavaScript.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/guard.ts';
import { readLessons } from './support/lessons.ts';

const lessons = readLessons();

/** The lesson's figure ids from its built HTML: fetching the page is enough, no need to render it. */
async function figureIds(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status(), `GET /${path}`).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/\sdata-figure="([^"]*)"/g)].map((m) => m[1]!);
}

async function hydrated(page: Page, id: string): Promise<void> {
  await page.locator(`[data-figure="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForFunction((fid) => {
    const island = document.querySelector(`[data-figure="${fid}"]`)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, id);
}

for (const lesson of lessons) {
  test(`${lesson.id}: the embed page shows its figures only, or the one its anchor names`, async ({ page, request }) => {
    const ids = await figureIds(request, lesson.path);
    test.skip(ids.length === 0, 'this lesson has no figure');
    const embed = `embed/${lesson.id}/`;
    await page.goto(embed);
    await expect(page.locator('[data-figure]:visible')).toHaveCount(ids.length);
    await expect(page.locator('h1:visible, .site-header, .predict:visible')).toHaveCount(0);
    const proseShown = await page.locator('.embed-body > *').evaluateAll(
      (children) => children.filter((child) => !child.querySelector('[data-figure]') && child.getBoundingClientRect().height > 0).length,
    );
    expect(proseShown, 'prose, headings and questions are hidden').toBe(0);
    const last = ids.at(-1)!;
    await page.goto(`${embed}#${last}`);
    await expect(page.locator('[data-figure]:visible')).toHaveCount(1);
    await expect(page.locator(`[data-figure="${last}"]`)).toBeVisible();
    await hydrated(page, last);
    await expect(page.locator(`[data-figure="${last}"] .figure-tools a`)).toHaveAttribute('href', new RegExp(`/lessons/${lesson.id}/[^#]*#${last}$`));
  });
}

test('a lesson figure copies embed code whose page restores it; fixed and hidden presets take no input', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lesson = lessons.find((l) => l.id.startsWith('01-'))!;
  await page.goto(lesson.path);
  const figure = page.locator('[data-figure]').first();
  const id = (await figure.getAttribute('data-figure'))!;
  await hydrated(page, id);
  const slider = figure.locator('input[type="range"]').first();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const moved = await slider.inputValue();
  await figure.getByRole('button', { name: 'Copy code to embed it' }).click();
  await expect(figure.getByText('Embed code copied')).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" style="border: 0" loading="lazy"><\/iframe>$/);
  const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
  expect(src.pathname).toMatch(new RegExp(`/embed/${lesson.id}/$`));
  expect(src.hash).toBe(`#${id}`);

  // The embed restores the setting, and with the controls open it still answers the keyboard.
  await page.goto(src.pathname + src.search + src.hash);
  await hydrated(page, id);
  const embedded = page.locator(`[data-figure="${id}"] input[type="range"]`).first();
  await expect(embedded).toHaveValue(moved);
  await embedded.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(embedded).not.toHaveValue(moved);

  // Fixed: shown, but nothing takes focus or input; the figure says so.
  const fixed = new URL(src.href);
  fixed.searchParams.set('controls', 'fixed');
  await page.goto(fixed.pathname + fixed.search + fixed.hash);
  await hydrated(page, id);
  await expect(page.getByTestId('embed-fixed')).toBeVisible();
  const frozen = page.locator(`[data-figure="${id}"] input[type="range"]`).first();
  await expect(frozen).toBeVisible();
  await frozen.focus();
  await expect(frozen).not.toBeFocused();
  const box = (await frozen.boundingBox())!;
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(frozen).toHaveValue(moved);

  // Hidden: no controls at all, the chart stays.
  const hidden = new URL(src.href);
  hidden.searchParams.set('controls', 'hidden');
  await page.goto(hidden.pathname + hidden.search + hidden.hash);
  await hydrated(page, id);
  await expect(page.locator(`[data-figure="${id}"] .figure-controls`)).toBeHidden();
  await expect(page.locator(`[data-figure="${id}"] .figure-chart`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the named figure is the only thing shown, already drawn', async ({ page }) => {
    const lesson = lessons.find((l) => l.id.startsWith('03-'))!;
    await page.goto(`embed/${lesson.id}/`);
    const ids = await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure') ?? ''));
    await page.goto(`embed/${lesson.id}/#${ids[0]}`);
    await expect(page.locator('[data-figure]:visible')).toHaveCount(1);
    await expect(page.locator(`[data-figure="${ids[0]}"] svg`).first()).toBeVisible();
  });
});
