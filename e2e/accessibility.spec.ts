import { expect, test } from '@playwright/test'
import { expectNoAxeViolationsInEitherTheme } from './axe'
import { seed } from './fixtures'

const pages: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'article', path: seed.path },
  { name: 'tag', path: '/tags/microsoft' },
  { name: '404', path: '/posts/no-such-article' },
  { name: 'section', path: '/sections/policy' },
  { name: 'archive', path: '/archive' },
  { name: 'archive month', path: '/archive/2016/07' },
  { name: 'corrections', path: '/corrections' },
  { name: 'history', path: `${seed.path}/history` },
  { name: 'search results', path: '/search?q=Dublin+emails', ready: 'ol li' },
  // The newsroom's own pages (content/pages).
  { name: 'about', path: '/about' },
  { name: 'standards', path: '/standards' },
  { name: 'corrections policy', path: '/corrections-policy' },
  { name: 'contact', path: '/contact' },
  { name: 'masthead', path: '/masthead' },
  // People (content/authors): a profile with every field and articles, one with neither photo nor articles.
  { name: 'author', path: '/authors/ada-okoro' },
  { name: 'author without articles', path: '/authors/dee-marsh' },
]

// Runs in the desktop and phone projects, so each page is checked at both sizes.
for (const { name, path, ready } of pages) {
  test(`${name} page has no axe violations in light or dark mode`, async ({ page }) => {
    await page.goto(path)
    if (ready) await page.locator(ready).first().waitFor()
    await expectNoAxeViolationsInEitherTheme(page)
  })
}

test('a keyboard user can skip to the content, and sees where focus is', async ({ page }) => {
  await page.goto(seed.path)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('headings go in order on an article page', async ({ page }) => {
  await page.goto(seed.path)
  const levels = await page.locator('h1, h2, h3, h4').evaluateAll((els) => els.map((el) => Number(el.tagName[1])))
  expect(levels[0]).toBe(1)
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1))
})
