/**
 * Every figure of every lesson answers the pointer: a press on its first slider's track moves the
 * slider (and the figure redraws without a console error). Figure-specific pointer input — dragging
 * lines, picking on landscapes, turning surfaces — is tested in each lesson's own spec.
 */
import { liveFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';
import { readLessons } from './support/lessons.ts';

for (const lesson of readLessons()) {
  test(`${lesson.id}: every figure's first slider answers a press on its track`, async ({ page }) => {
    await page.goto(lesson.path);
    const ids = await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure') ?? ''));
    test.skip(ids.length === 0, 'this lesson has no figure');
    for (const id of ids) {
      const figure = await liveFigure(page, id);
      const slider = figure.locator('input[type="range"]:enabled').first();
      if ((await slider.count()) === 0) continue;
      await slider.scrollIntoViewIfNeeded();
      const before = await slider.inputValue();
      const box = (await slider.boundingBox())!;
      // Press far from where the thumb is, so the value must change.
      const min = Number(await slider.getAttribute('min'));
      const max = Number(await slider.getAttribute('max'));
      const at = (Number(before) - min) / (max - min || 1);
      const x = box.x + box.width * (at > 0.5 ? 0.1 : 0.9);
      await page.mouse.click(x, box.y + box.height / 2);
      await expect(slider, `${id}: the first slider should move`).not.toHaveValue(before);
      await expect(figure.locator('svg, canvas').first()).toBeVisible();
    }
  });
}
