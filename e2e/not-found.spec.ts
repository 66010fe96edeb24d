import { expect, test } from '@playwright/test'

// /page/2 does not exist while every article fits on the first page, /tags/page/2 while every topic does.
for (const path of [
  '/posts/no-such-article',
  '/tags/no-such-tag',
  '/no/such/page',
  '/page/2',
  '/tags/microsoft/page/2',
  '/tags/page/2',
]) {
  test(`${path} answers with the 404 page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('link', { name: 'Read the latest news' })).toHaveAttribute('href', '/')
  })
}
