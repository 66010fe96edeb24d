import { expect, test, type Page } from '@playwright/test'
import { publishedCount, seed } from './fixtures'

// Search with the files' store: Pagefind's index, fetched and run in the reader's browser, only on the
// search page. The database build answers on the server instead (database/search.spec.ts).

async function search(page: Page, query: string) {
  await page.goto(`/search?${query}`)
  await expect(page.getByRole('status')).toContainText(/match/)
}

test('the production index holds published articles only: the draft is in none of its files', async ({ request }) => {
  const entry: unknown = await (await request.get('/pagefind/pagefind-entry.json')).json()
  expect(entry).toMatchObject({ languages: { en: { page_count: publishedCount } } })
})

test('search code loads on the search page only, and only for a query', async ({ page }) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto(seed.path)
  await page.goto('/search')
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
  await search(page, 'q=Zune')
  expect(fetched.some((path) => path === '/pagefind/pagefind.js')).toBe(true)
})

test('a shared search link starts fetching the index as the page is read, before the page’s own scripts run', async ({
  page,
}) => {
  // With the page's framework scripts held back, only the search page's inline start can fetch the index.
  await page.route('**/_next/static/**', (route) => route.abort())
  const index = page.waitForRequest((request) => new URL(request.url()).pathname === '/pagefind/pagefind.js', {
    timeout: 10_000,
  })
  await page.goto('/search?q=Preska')
  await index
})

test('index files named by their content are kept for a year; the loader and its WebAssembly are asked for again', async ({
  request,
}) => {
  const entry: unknown = await (await request.get('/pagefind/pagefind-entry.json')).json()
  const hash = /"hash":"(\w+)"/.exec(JSON.stringify(entry))?.[1]
  expect(hash).toBeTruthy()
  const cacheControl = async (file: string) => (await request.get(`/pagefind/${file}`)).headers()['cache-control']
  expect(await cacheControl(`pagefind.${hash}.pf_meta`)).toBe('public, max-age=31536000, immutable')
  // Same names whatever the Pagefind version: a year-old copy would not match a newer loader.
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
    expect(await cacheControl(file)).toBe('public, max-age=0, must-revalidate')
  }
})

test('without JavaScript the search page says search needs it and links to sections and the archive', async ({
  browser,
  request,
}) => {
  // Chromium does not render <noscript> when a test turns scripts off, so read the block from the HTML.
  const html = await (await request.get('/search?q=Preska')).text()
  const block = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? ''
  expect(block).toContain('Search needs JavaScript')
  expect(block).toContain('href="/sections/policy"')
  expect(block).toContain('href="/archive"')
  // And the form still works as a form.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/search')
  await page.getByRole('searchbox', { name: 'Words to find' }).fill('Zune')
  await page.getByRole('button', { name: 'Search', exact: true }).last().click()
  await expect(page).toHaveURL(/\/search\?q=Zune&section=&tag=&sort=relevance$/)
  await context.close()
})
