import Parser from 'rss-parser'
import { expect, test } from '@playwright/test'
import { seed, surfaceStudio } from './fixtures'
import { readSitemaps } from './sitemaps'

test('the header lists the sections, and a section page lists only its articles, with its own feed', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Policy' })).toHaveAttribute('href', '/sections/policy')
  await expect(nav.getByRole('link', { name: 'Tech' })).toHaveAttribute('href', '/sections/tech')
  // Sections with no article yet are not offered.
  await expect(nav.getByRole('link', { name: 'Science' })).toHaveCount(0)
  // In the order the site's sections file gives (e2e/site/content/sections.yml lists Policy first).
  const links = await nav.getByRole('link').allTextContents()
  expect(links.indexOf('Policy')).toBeLessThan(links.indexOf('Tech'))
  await nav.getByRole('link', { name: 'Tech' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tech')
  // The section's description, as editors wrote it in the sections file, under its name and for search results.
  const description = 'The companies, products and platforms that shape how people work and live.'
  await expect(page.getByRole('main').getByText(description)).toBeVisible()
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description)
  const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()
  expect(titles).toContain(surfaceStudio.title)
  expect(titles).not.toContain(seed.title)
  const feed = await new Parser().parseString(await (await request.get('/sections/tech/feed.xml')).text())
  expect(feed.items.map((item) => item.title).toSorted()).toEqual(titles.toSorted())
  expect((await request.get('/sections/science')).status()).toBe(404)
})

test('the section label on lists and articles links to the section', async ({ page }) => {
  await page.goto(seed.path)
  await page.getByRole('article').getByRole('link', { name: 'Policy', exact: true }).first().click()
  await expect(page).toHaveURL('/sections/policy')
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: seed.title })).toBeVisible()
})

test('the archive lists years and months with counts, down to each article', async ({ page }) => {
  await page.goto('/archive')
  const year2016 = page.getByRole('region', { name: /2016/ })
  await expect(year2016.getByRole('heading', { level: 2 })).toHaveText('2016 (2 articles)')
  await expect(year2016.getByRole('listitem')).toHaveText(['October (1)', 'July (1)'])
  await year2016.getByRole('link', { name: 'July' }).click()
  await expect(page).toHaveURL('/archive/2016/07')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles from July 2016')
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Appeals Court Sides With Microsoft on Emails Stored in Dublin',
  ])
  await page.goto('/archive/2014')
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: seed.title })).toBeVisible()
  for (const path of ['/archive/2016/7', '/archive/1999', '/archive/2016/13', '/archive/16']) {
    expect((await page.request.get(path)).status(), path).toBe(404)
  }
})

test('the sitemap lists the sections and the archive', async ({ request }) => {
  const urls = (await readSitemaps(request)).urls.map((url) => url.loc)
  for (const path of ['/sections/policy', '/sections/tech', '/archive', '/archive/2016', '/archive/2016/07']) {
    expect(
      urls.some((url) => url.endsWith(path)),
      path,
    ).toBe(true)
  }
})
