import { expect, test } from '@playwright/test'
import { draft, seed } from './fixtures'

test('a draft is not listed on the home page, tag pages or in the feed', async ({ page, request }) => {
  for (const path of ['/', '/tags/privacy', '/tags/cloud', '/tags']) {
    await page.goto(path)
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page.getByText(draft.title)).toHaveCount(0)
  }
  const feed = await (await request.get('/feed.xml')).text()
  expect(feed).toContain('<rss')
  expect(feed).not.toContain(draft.title)
  expect(feed).not.toContain(draft.path)
})

test('a draft’s URL is a 404 in the production build', async ({ page }) => {
  const response = await page.goto(draft.path)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('production shows no preview banner or draft markings, and may be indexed', async ({ page, request }) => {
  const response = await page.goto(seed.path)
  expect(response?.headers()['x-robots-tag']).toBeUndefined()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('Preview deploy')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /Draft|Scheduled/ })).toHaveCount(0)
  // Only the request for large image previews; nothing that keeps the page out of an index.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'max-image-preview:large')
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Allow: /')
  expect(robots).not.toMatch(/Disallow: \/\s*$/m)
})
