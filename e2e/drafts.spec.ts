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

/**
 * What a reader's browser gets for a 404, set apart from the order it streams in: a 404 is rendered
 * for the request it answers, so its scripts carry Next's payload (which names the path asked for)
 * and its title and meta tags come when they are ready, in an order that varies between renders.
 */
function documentOf(html: string) {
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  const head = /<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>/g
  return { tags: (withoutScripts.match(head) ?? []).toSorted(), rest: withoutScripts.replace(head, '') }
}

test('from outside, a draft and what only a draft has cannot be told from a made-up slug', async ({ request }) => {
  // The draft's page, card and history; a tag and an archive month that only the draft has.
  const pairs = [
    [draft.path, '/posts/no-such-story'],
    [`${draft.path}/opengraph-image`, '/posts/no-such-story/opengraph-image'],
    [`${draft.path}/history`, '/posts/no-such-story/history'],
    [draft.onlyTag, '/tags/no-such-tag'],
    [draft.onlyMonth, '/archive/2031/11'],
    [`${draft.onlyMonth.slice(0, -3)}`, '/archive/2031'],
  ]
  for (const [secret, madeUp] of pairs) {
    const [a, b] = await Promise.all([request.get(secret ?? ''), request.get(madeUp ?? '')])
    const seen = async (response: typeof a) => ({
      status: response.status(),
      type: response.headers()['content-type'],
      cache: response.headers()['cache-control'],
      document: documentOf(await response.text()),
    })
    expect(await seen(a), secret).toEqual(await seen(b))
    expect(await a.text(), secret).not.toContain(draft.title)
  }
})

test('a 404 never shows the path or query string someone else asked for', async ({ request }) => {
  // Before: every 404 was one cached page, regenerated in the background by whichever request found
  // it a minute old, and it kept that request's path and query: a draft's slug, or a reader's token.
  const token = `t${Date.now()}`
  for (let round = 0; round < 3; round += 1) {
    expect((await request.get(`${draft.path}?ref=${token}`)).status()).toBe(404)
    const madeUp = await request.get(`/posts/no-such-story-${round}`)
    expect(madeUp.status()).toBe(404)
    const body = await madeUp.text()
    expect(body).toContain('Page not found')
    expect(body).not.toContain(token)
    expect(body).not.toContain(draft.path.split('/').at(-1))
  }
  // Nothing a CDN or browser may keep either: the same URL is a page once its article goes live.
  expect((await request.get(draft.path)).headers()['cache-control']).toContain('no-store')
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
