import { expect, test } from '@playwright/test'
import { seed } from './fixtures'

const paths = ['/', seed.path, '/tags/microsoft', '/feed.xml', '/sitemap.xml', '/posts/no-such-article', '/logo.png']

test('every route sends the security headers', async ({ request }) => {
  for (const path of paths) {
    const headers = (await request.get(path)).headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, path).toContain("default-src 'self'")
    // WebAssembly for search may compile; JavaScript eval may not.
    expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'(;|$)/)
    expect(csp, path).not.toContain("'unsafe-eval'")
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(csp, path).toContain("object-src 'none'")
    expect(csp, path).not.toMatch(/script-src[^;]*https?:/)
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8}/)
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['x-frame-options'], path).toBe('DENY')
    expect(headers['x-powered-by'], path).toBeUndefined()
  }
})

test('the pages run under that policy without violations', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  for (const path of ['/', seed.path]) {
    await page.goto(path)
    await expect(page.getByRole('main')).toBeVisible()
  }
  expect(violations).toEqual([])
})

test('hostile and odd requests get a 404 or the normal page, never an error or a file outside the site', async ({
  request,
}) => {
  const notFound = [
    '/posts/..%2f..%2fetc%2fpasswd',
    '/posts/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/_next/static/..%2f..%2f..%2fpackage.json',
    `/posts/${'a'.repeat(2000)}`,
    '/tags/%00',
  ]
  for (const path of notFound) {
    const response = await request.get(path)
    expect(response.status(), path).toBeLessThan(500)
    expect(response.status(), path).not.toBe(200)
    const body = await response.text()
    expect(body, path).not.toContain('root:x:0:0')
    expect(body, path).not.toContain('"name": "news-ledge"')
  }
  const withQuery = await request.get(`${seed.path}?utm_source=x&<script>=1&page=-1`)
  expect(withQuery.status()).toBe(200)
  expect(await withQuery.text()).toContain('Microsoft Loses First Round')

  const head = await request.head(seed.path)
  expect(head.status()).toBe(200)
  const options = await request.fetch(seed.path, { method: 'OPTIONS' })
  expect(options.status()).toBeLessThan(500)
})
