import { expect, test } from '@playwright/test'
import { startServer, type Server } from '../../scripts/bench-lib'
import { seed } from '../fixtures'

// The database build served with its database gone: a second server on the same build whose DATABASE_URL
// points at a port nothing listens on, as when the database is down or unreachable while pages render.
const PORT = 3105
let server: Server

// One server for the file's tests, so they run one after the other in one worker.
test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(90_000)
  server = await startServer(process.cwd(), PORT, {
    NEXT_DIST_DIR: '.next-database',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:1/news_ledge_gone',
  })
})
test.afterAll(async () => {
  await server.stop()
})

test('pages the build made keep being served: the last good copy, not an error', async ({ request }) => {
  for (const path of ['/', seed.path]) {
    const response = await request.get(`${server.url}${path}`)
    expect(response.status(), path).toBe(200)
  }
  expect(await (await request.get(`${server.url}${seed.path}`)).text()).toContain(seed.title)
})

test('a page never made before answers 503 with Retry-After and a page that says to try again, no stack trace', async ({
  page,
}) => {
  // A search renders on every request; tag pages on their first, and this one no other spec asks for (the
  // servers of the database build share its page cache on disk).
  for (const path of ['/search?q=Zune', '/tags/music']) {
    const response = await page.goto(`${server.url}${path}`)
    expect(response?.status(), path).toBe(503)
    const headers = response?.headers() ?? {}
    expect(Number(headers['retry-after']), path).toBeGreaterThan(0)
    expect(headers['cache-control'], path).toContain('no-store')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not available just now')
    await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible()
    const html = (await response?.text()) ?? ''
    expect(html, path).not.toMatch(/ECONNREFUSED|at async|\.ts:\d+|postgres:\/\//)
  }
})
