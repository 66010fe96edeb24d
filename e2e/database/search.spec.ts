import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolationsInEitherTheme } from '../axe'
import { publishedCount, seed } from '../fixtures'

// Search on the build that reads PostgreSQL: answered by the server, so the results are in the page's HTML.

const resultTitles = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })

test('a shared search link shows its results without JavaScript, and the page loads no search code', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto('/search?q=Preska')
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles? match(es)? “Preska”\.$/)
  await expect(resultTitles(page).first()).toHaveText(seed.title)
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/Preska/i)
  // The form is filled in with the search it shows, and sends the next one as a plain GET.
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('Preska')
  await page.getByRole('searchbox', { name: 'Words to find' }).fill('Zune')
  await page.getByRole('button', { name: 'Search', exact: true }).last().click()
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles match “Zune”\.$/)
  await expect(resultTitles(page).first()).toHaveText(/Zune/)
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
  await context.close()
})

test('many results come a page at a time, with links between the pages that keep the search', async ({ page }) => {
  // Every published article of the tests' site is about Microsoft; ten a page, so ask for a page of two.
  const perPage = 10
  await page.goto('/search?q=Microsoft&sort=newest')
  await expect(page.getByRole('status')).toHaveText(`${publishedCount} articles match “Microsoft”.`)
  await expect(resultTitles(page)).toHaveCount(Math.min(publishedCount, perPage))
  // A link to a page past the last (results fewer since it was shared) leads back to the last page.
  const last = Math.ceil(publishedCount / perPage)
  await page.goto(`/search?q=Microsoft&sort=newest&page=${last + 1}`)
  await expect(resultTitles(page)).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Previous results/ })).toHaveAttribute(
    'href',
    last === 1 ? '/search?q=Microsoft&sort=newest' : `/search?q=Microsoft&sort=newest&page=${last}`,
  )
})

test('a query no article matches, and one made only of symbols, say so instead of failing', async ({ page }) => {
  for (const [query, words] of [
    ['q=xylophonist', 'xylophonist'],
    ['q=%28%28%28', '((('],
    ['q=%22unclosed', '"unclosed'],
  ]) {
    const response = await page.goto(`/search?${query}`)
    expect(response?.status(), query).toBe(200)
    await expect(page.getByRole('status')).toHaveText(`No articles match “${words}”.`)
  }
})

test('the results page has no axe violations in light or dark mode', async ({ page }) => {
  await page.goto('/search?q=Microsoft')
  await expect(resultTitles(page).first()).toBeVisible()
  await expectNoAxeViolationsInEitherTheme(page)
})
