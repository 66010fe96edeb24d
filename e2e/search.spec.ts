import { expect, test, type Page } from '@playwright/test'
import { draft, publishedCount, seed, supremeCourt } from './fixtures'

// What a reader gets of search, whichever store answers: the files' Pagefind index in the browser
// (search-in-browser.spec.ts has what only that one does) or PostgreSQL on the server (database/search.spec.ts).

const dublinStories = ['Appeals Court Sides With Microsoft on Emails Stored in Dublin', seed.title, supremeCourt.title]

const resultTitles = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })

async function search(page: Page, query: string) {
  await page.goto(`/search?${query}`)
  await expect(page.getByRole('status')).toContainText(/match/)
}

test('the header’s search box is a plain form that takes a reader to a shareable /search URL', async ({ page }) => {
  await page.goto(seed.path)
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' })
  await box.fill('Preska')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=Preska$/)
  await expect(resultTitles(page).first()).toHaveText(seed.title)
})

test('"Preska" finds the seed article first, with the word highlighted in its excerpt', async ({ page }) => {
  await search(page, 'q=Preska')
  await expect(resultTitles(page).first()).toHaveText(seed.title)
  const first = page.getByRole('main').getByRole('listitem').first()
  await expect(first.locator('mark').first()).toContainText('Preska')
  await expect(first).toContainText('Policy')
  await expect(first.locator('time')).toHaveText('July 31, 2014')
  await first.getByRole('link', { name: seed.title }).click()
  await expect(page).toHaveURL(seed.path)
})

test('"Dublin emails" ranks the three Dublin stories above any Zune story', async ({ page }) => {
  await search(page, 'q=Dublin+emails')
  const titles = await resultTitles(page).allTextContents()
  expect(titles.slice(0, 3).toSorted()).toEqual(dublinStories.toSorted())
  expect(titles.slice(3).every((title) => !dublinStories.includes(title))).toBe(true)
  await expect(page.getByRole('status')).toHaveText(`${titles.length} articles match “Dublin emails”.`)
})

test('a section or a topic narrows the results, and newest first orders them by date', async ({ page }) => {
  await search(page, 'q=Microsoft')
  const all = await resultTitles(page).allTextContents()
  // Every published article of the tests' site is about Microsoft.
  expect(all.length).toBe(publishedCount)
  await page.getByRole('combobox', { name: 'Section' }).selectOption('Tech')
  await page.getByRole('button', { name: 'Search', exact: true }).last().click()
  await expect(page).toHaveURL(/section=Tech/)
  await expect(page.getByRole('status')).toHaveText('2 articles match “Microsoft” in Tech.')
  const tech = await resultTitles(page).allTextContents()
  expect(tech.every((title) => all.includes(title))).toBe(true)
  expect(tech.some((title) => dublinStories.includes(title))).toBe(false)

  await search(page, 'q=Microsoft&tag=Zune&sort=newest')
  await expect(resultTitles(page)).toHaveText([
    'Microsoft Surface Studio Better Not Be a Zune',
    'Microsoft Pulls the Plug on Zune Players',
  ])
})

test('production search never finds a draft', async ({ page }) => {
  await search(page, 'q=Explainer+cloud+email')
  await expect(resultTitles(page)).not.toContainText([draft.title])
})

test('results arriving do not move what is already on screen', async ({ page }) => {
  await page.goto('/search?q=Dublin+emails')
  await expect(resultTitles(page).first()).toBeVisible()
  // Layout shifts the reader did not cause, summed as Chromium reports them (CLS, without session windows).
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (
              'value' in entry &&
              typeof entry.value === 'number' &&
              !('hadRecentInput' in entry && entry.hadRecentInput)
            )
              total += entry.value
          }
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 200)
      }),
  )
  expect(shifted).toBeLessThan(0.02)
})

test('the 404 page offers the search box', async ({ page }) => {
  await page.goto('/posts/no-such-article')
  await page.getByRole('main').getByRole('searchbox').fill('Zune')
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=Zune$/)
})
