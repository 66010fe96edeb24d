import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Checks the loaded page with axe in the light theme and then the dark one. The theme follows the reader's setting
 * (prefers-color-scheme), so switching it restyles the page as a reload would, without paying for a new page and a
 * new copy of axe in it. Fails naming each theme's violations, and if the page looked the same in both.
 */
export async function expectNoAxeViolationsInEitherTheme(page: Page): Promise<void> {
  const violations: Record<string, string[]> = {}
  const backgrounds = new Set<string>()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    backgrounds.add(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor))
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    violations[colorScheme] = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  }
  expect(violations).toEqual({ light: [], dark: [] })
  expect(backgrounds.size, 'the page looked the same in both themes').toBe(2)
}
