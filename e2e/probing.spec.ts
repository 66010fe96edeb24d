import { existsSync, readdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { appRoutes, rawGet } from './routes'

// What crawlers, scrapers and curious readers send all day, tried on every
// route the app has (e2e/routes.ts reads them from app/): no request shape may
// answer with a server error, and a 404 says so in its HTML.

const routes = appRoutes()
const cacheDir = '.next/cache/images'
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']
// Suffixes Next gives meaning to (.rsc), file-like endings, and broken encodings at the end of a path.
const suffixes = ['.rsc', '.txt', '.json', '.xml', '.html', '/', '~', '%', '%E0%A4%A', '/..%2f', '/x']

test('the probe covers the routes it should', () => {
  const files = routes.map((route) => route.file)
  expect(files).toContain('app/posts/[slug]/page.tsx')
  expect(files).toContain('app/pagefind/[...file]/route.ts')
  expect(files).toContain('app/archive/[year]/[[...rest]]/page.tsx')
  // A list's route answers at its first page, a later page, and for the archive a month.
  const urls = routes.map((route) => route.real)
  expect(urls).toEqual(
    expect.arrayContaining(['/tags/microsoft', '/tags/microsoft/page/2', '/archive/2016/07', '/page/2']),
  )
  expect(routes.length).toBeGreaterThan(25)
})

test('every route answers every method without a server error; the site is read-only', async ({ request }) => {
  const failures: string[] = []
  for (const route of routes) {
    for (const method of methods) {
      const response = await request.fetch(route.real, { method, maxRedirects: 0 })
      if (response.status() >= 500) failures.push(`${method} ${route.real}: ${response.status()}`)
      if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && response.status() !== 405)
        failures.push(`${method} ${route.real}: ${response.status()}, not 405`)
    }
  }
  expect(failures).toEqual([])
  const options = await request.fetch('/', { method: 'OPTIONS' })
  expect(options.headers()['allow']).toBe('GET, HEAD, OPTIONS')
})

test('every route with a suffix, or with malformed encoding in any segment, answers without a server error', async ({
  baseURL,
}) => {
  const failures: string[] = []
  const probe = async (path: string) => {
    const { status } = await rawGet(baseURL ?? '', path)
    if (status >= 500) failures.push(`${path}: ${status}`)
  }
  for (const route of routes) {
    for (const suffix of suffixes) await probe(`${route.real}${suffix}`)
    const segments = route.real.split('/')
    for (let i = 1; i < segments.length; i++) {
      for (const broken of ['%', '%E0%A4%A', `${segments[i]}%zz`]) {
        await probe(segments.map((segment, j) => (j === i ? broken : segment)).join('/'))
      }
    }
  }
  expect(failures).toEqual([])
})

test('a 404 says so in its HTML, whichever route answers it, with no JavaScript', async ({ request }) => {
  for (const route of routes.filter((r) => r.page && r.madeUp !== null)) {
    const path = route.madeUp ?? ''
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    const html = await response.text()
    expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/)
    expect(html, path).toContain('<html lang="en"')
  }
})

test('Next’s image optimizer is off: no URL resizes a picture or writes to the server’s disk', async ({ request }) => {
  // Files under the optimizer's cache; none when it has never written one.
  const written = () => (existsSync(cacheDir) ? readdirSync(cacheDir, { recursive: true }).length : 0)
  const before = written()
  for (let i = 0; i < 20; i++) {
    const response = await request.get(`/_next/image?url=%2Flogo.png&w=640&q=${50 + i}#${i}`)
    expect(response.status()).toBe(404)
  }
  expect(written()).toBe(before)
})

test('hashed files are cached for a year, the rest revalidate cheaply, each with its type', async ({
  page,
  request,
}) => {
  await page.goto('/posts/microsoft-surface-studio-better-not-be-a-zune')
  const picture = await page.getByRole('article').getByRole('img').first().getAttribute('src')
  expect(picture).toMatch(/^\/_img\//)
  const hashed = await request.get(picture ?? '')
  expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable')

  const loader = await request.get('/pagefind/pagefind.js')
  expect(loader.headers()['cache-control']).toBe('public, max-age=0, must-revalidate')
  expect(loader.headers()['content-type']).toBe('text/javascript; charset=utf-8')
  const etag = loader.headers()['etag'] ?? ''
  expect(etag).toMatch(/^"[\w-]+"$/)
  const again = await request.get('/pagefind/pagefind.js', { headers: { 'If-None-Match': etag } })
  expect(again.status()).toBe(304)
  expect((await request.get('/pagefind/pagefind-ui.css')).headers()['content-type']).toBe('text/css; charset=utf-8')

  // A page is kept a minute, and served stale for a day at most while the next one is fetched; a 404
  // is kept by no cache, so a scheduled article's URL is its page from its minute.
  const cacheControl = (await request.get('/tags')).headers()['cache-control'] ?? ''
  expect(cacheControl).toMatch(/s-maxage=60\b/)
  expect(Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1] ?? 0)).toBeLessThanOrEqual(86_400)
  expect((await request.get('/posts/no-such-story')).headers()['cache-control']).toContain('no-store')
})
