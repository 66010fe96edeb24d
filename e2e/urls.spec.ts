import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { directoryBytes } from '../scripts/bench-lib'
import { seed } from './fixtures'

// Paths a crawler or a broken link sends: malformed percent-encoding, every
// single byte, made-up slugs. Each must get the 404 page, never a 5xx.
const routes = [
  '/posts/',
  `${seed.path}/`,
  '/tags/',
  '/tags/microsoft/',
  '/tags/microsoft/page/',
  '/authors/',
  '/authors/news-ledge-staff/page/',
  '/page/',
  '/corrections/page/',
  '/',
]
const malformed = ['%', '%%', '%2', '%E0%A4%A', '%ff', '%C0%AF', '%ED%A0%80', '%E2%82', '%u0041', 'a%', '%G0']

async function expectNotFoundPage(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), url).toBe(404)
  expect(await response.text(), url).toContain('Page not found')
}

test('a malformed path on any route gets the 404 page', async ({ request }) => {
  for (const route of routes) {
    for (const bad of malformed) await expectNotFoundPage(request, route + bad)
  }
  for (const url of ['/posts/%E0%A4%A/opengraph-image', '/tags/%/feed.xml', '/tags/%E0%A4%A/page/2']) {
    await expectNotFoundPage(request, url)
  }
})

test('a list path with anything after it that is not a page number is the 404 page', async ({ request }) => {
  // A list's route takes any segments after it (its later pages); only the list's own shapes are pages.
  for (const url of [
    '/tags/microsoft/extra',
    '/tags/microsoft/page/2/3',
    '/tags/microsoft/page/1',
    '/authors/news-ledge-staff/feed.xml',
    '/sections/policy/page',
    '/archive/2016/07/01',
    '/archive/2016/7',
    '/archive/2016/feed.xml',
    '/page/2/extra',
    '/corrections/page/1',
    '/corrections/page/2',
    '/corrections/extra',
  ]) {
    await expectNotFoundPage(request, url)
  }
})

test('every single byte, encoded, in a dynamic segment gets a 404, never a server error', async ({ request }) => {
  // 1,024 requests, one after another: on a 2-core machine with the other projects' servers busy, more than 30 s.
  test.slow()
  for (const route of ['/posts/x', '/tags/x', '/authors/x', '/page/']) {
    for (let byte = 0; byte < 256; byte++) {
      const url = `${route}%${byte.toString(16).padStart(2, '0').toUpperCase()}`
      const status = (await request.get(url)).status()
      expect([400, 404], url).toContain(status)
    }
  }
})

test('any query string leaves a page as it is', async ({ request }) => {
  for (const page of [seed.path, '/', '/tags/microsoft', '/feed.xml']) {
    for (const query of [
      '?q=%',
      '?%E0%A4%A',
      '?a=%ff&b=%u0041',
      '?q=<script>alert(1)</script>',
      `?${'x'.repeat(4000)}`,
    ]) {
      expect((await request.get(page + query)).status(), page + query).toBe(200)
    }
  }
})

test('made-up article slugs, lists and page numbers do not grow the server’s cache', async ({ request }) => {
  // Hundreds of requests, one after another (see above).
  test.slow()
  // The build the project's server serves (playwright.config.ts): .next, or the database build's own.
  const cache = path.join(test.info().project.name === 'database' ? '.next-database' : '.next', 'server')
  await expectNotFoundPage(request, '/posts/warm-up-the-not-found-page')
  const before = directoryBytes(cache)
  const run = `${Date.now()}-${test.info().project.name}`
  for (let i = 0; i < 100; i++) {
    await expectNotFoundPage(request, `/posts/made-up-${run}-${i}`)
    expect((await request.get(`/posts/made-up-${run}-${i}/opengraph-image`)).status()).toBe(404)
    // Lists render on first request too (docs/performance.md#building-the-archive).
    await expectNotFoundPage(request, `/tags/made-up-${run}-${i}`)
    expect((await request.get(`/tags/made-up-${run}-${i}/feed.xml`)).status()).toBe(404)
    await expectNotFoundPage(request, `/tags/microsoft/page/${1000 + i}`)
    await expectNotFoundPage(request, `/authors/made-up-${run}-${i}/page/2`)
    await expectNotFoundPage(request, `/archive/${1900 + i}/01`)
    await expectNotFoundPage(request, `/page/${1000 + i}`)
    await expectNotFoundPage(request, `/corrections/page/${1000 + i}`)
    // Sitemap files are made on first request as well: a year with no article has none, and the proxy
    // says so before the route would make (and keep) an answer.
    await expectNotFoundPage(request, `/sitemaps/articles-${1900 + i}.xml`)
  }
  await expectNotFoundPage(request, `/posts/${'long-'.repeat(400)}${run}`)
  // Before the proxy each made-up slug left about 90 KB behind; a made-up list page would leave as much.
  expect(directoryBytes(cache) - before).toBeLessThan(100_000)
})
