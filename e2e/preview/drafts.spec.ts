import { expect, test } from '@playwright/test'
import { draft, seed } from '../fixtures'

// Runs against `npm run build:preview`: the same content built with VERCEL_ENV=preview.

test('a preview deploy says so on every page and asks not to be indexed', async ({ page, request }) => {
  for (const path of ['/', seed.path, '/tags']) {
    const response = await page.goto(path)
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow')
    await expect(page.getByText('Preview deploy: drafts are shown')).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  }
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/\s*$/m)
})

test('the draft is listed with a Draft badge and opens with a banner and noindex', async ({ page }) => {
  await page.goto('/')
  // Chosen for the front page (e2e/site/content/front-page.yml), it is a top story on a preview, marked too.
  const topStory = page
    .getByRole('region', { name: 'Top stories' })
    .getByRole('article')
    .filter({ hasText: draft.title })
  await expect(topStory.getByText('Draft', { exact: true })).toBeVisible()
  const item = page.getByRole('region', { name: 'Latest' }).getByRole('article').filter({ hasText: draft.title })
  await expect(item.getByText('Draft', { exact: true })).toBeVisible()
  await item.getByRole('link', { name: draft.title }).click()

  await expect(page).toHaveURL(draft.path)
  await expect(page.getByRole('status').filter({ hasText: 'Draft' })).toHaveText(/Draft: not published/)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('a draft stays out of the feed and of published articles’ related lists, even on a preview', async ({
  page,
  request,
}) => {
  const feed = await (await request.get('/feed.xml')).text()
  expect(feed).not.toContain(draft.path)
  await page.goto(seed.path)
  await expect(page.getByRole('region', { name: 'Related articles' })).not.toContainText(draft.title)
})

test('a preview’s search finds the draft, marked, from its own index', async ({ page, request }) => {
  await page.goto('/search?q=Explainer+cloud+email')
  const result = page.getByRole('main').getByRole('listitem').filter({ hasText: draft.title })
  await expect(result.getByText('Draft', { exact: true })).toBeVisible()
  const entry: unknown = await (await request.get('/pagefind/pagefind-entry.json')).json()
  expect(entry).toMatchObject({ languages: { en: { page_count: 6 } } })
})
