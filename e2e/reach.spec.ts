import { XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { affiliateNotice, draft, seed, surfaceStudio } from './fixtures'
import { readSitemaps } from './sitemaps'

const published = 5

async function text(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return response.text()
}

test('RSS, Atom and JSON feeds carry every published article in full, and no draft', async ({ request }) => {
  for (const path of ['/feed.xml', '/atom.xml']) {
    const xml = await text(request, path)
    const feed = await new Parser().parseString(xml)
    expect(feed.items, path).toHaveLength(published)
    const item = feed.items.find((i) => i.title === seed.title)
    expect(item?.link).toMatch(new RegExp(`${seed.path}$`))
    // rss-parser reads RSS categories only; Atom's are attributes.
    if (path === '/feed.xml') expect(item?.categories).toEqual(expect.arrayContaining(['Policy', 'Microsoft']))
    else expect(xml).toContain('<category label="Policy" term="Policy"/>')
    const content = String(item?.['content:encoded'] ?? item?.content ?? '')
    expect(content).toContain('It’s a question of control')
    expect(content).toMatch(/Related: <\/strong><a href="[^"]+microsoft-surface-studio-better-not-be-a-zune">/)
    // The disclosure comes first in an affiliate article's item.
    expect(content.indexOf(affiliateNotice)).toBeGreaterThanOrEqual(0)
    expect(content.indexOf(affiliateNotice)).toBeLessThan(content.indexOf('<a '))
    expect(feed.items.map((i) => i.title)).not.toContain(draft.title)
  }
  const json: unknown = JSON.parse(await text(request, '/feed.json'))
  expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1' })
  const items = typeof json === 'object' && json && 'items' in json && Array.isArray(json.items) ? json.items : []
  expect(items).toHaveLength(published)
  expect(items).toContainEqual(
    expect.objectContaining({ title: surfaceStudio.title, date_published: '2016-10-26T04:00:00.000Z' }),
  )
})

test('each tag has its own feed', async ({ request }) => {
  const feed = await new Parser().parseString(await text(request, '/tags/zune/feed.xml'))
  expect(feed.items.map((i) => i.title).sort()).toEqual(
    ['Microsoft Pulls the Plug on Zune Players', surfaceStudio.title].sort(),
  )
})

test('every page announces the feeds for autodiscovery', async ({ page }) => {
  for (const path of ['/', seed.path, '/tags/microsoft', '/authors/news-ledge-staff']) {
    await page.goto(path)
    for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
      await expect(
        page.locator(`head link[rel="alternate"][type="${type}"]`).first(),
        `${path} ${type}`,
      ).toHaveAttribute('href', /\/(feed\.xml|atom\.xml|feed\.json)$/)
    }
  }
  await page.goto('/tags/microsoft')
  await expect(page.locator('head link[rel="alternate"][href$="/tags/microsoft/feed.xml"]')).toHaveCount(1)
})

test('the sitemap index and its files follow the sitemaps.org schema, list published pages with lastmod, and robots.txt points at it', async ({
  request,
}) => {
  const { index, files, urls } = await readSitemaps(request)
  // The lists in one file, the articles in one per year they were published in, oldest first (the draft's
  // 2026 has no file).
  expect(files.map((file) => file.path)).toEqual([
    '/sitemaps/pages.xml',
    '/sitemaps/articles-2011.xml',
    '/sitemaps/articles-2014.xml',
    '/sitemaps/articles-2016.xml',
    '/sitemaps/articles-2018.xml',
  ])
  // Within what Google reads of one file.
  expect(files.every((file) => file.entries.length <= 50_000 && file.bytes <= 50 * 1024 * 1024)).toBe(true)
  const paths = urls.map((url) => new URL(url.loc).pathname)
  expect(paths).toEqual(expect.arrayContaining(['/', seed.path, surfaceStudio.path, '/tags/microsoft']))
  expect(paths).not.toContain(draft.path)
  expect(paths.filter((path) => path.startsWith('/posts/'))).toHaveLength(published)
  expect(new Set(paths).size).toBe(paths.length)
  expect([...urls, ...index.entries].every((url) => typeof url.lastmod === 'string')).toBe(true)
  // A file's lastmod in the index is its latest entry's.
  const latest = (entries: { lastmod?: string }[]) => Math.max(...entries.map((e) => Date.parse(e.lastmod ?? '')))
  files.forEach((file, i) => expect(Date.parse(index.entries[i]?.lastmod ?? ''), file.path).toBe(latest(file.entries)))

  expect(XMLValidator.validate(await text(request, '/news-sitemap.xml'))).toBe(true)
  const robots = await text(request, '/robots.txt')
  expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m)
  expect(robots).toMatch(/^Sitemap: \S+\/news-sitemap\.xml$/m)
})

test('an article page carries NewsArticle JSON-LD, Open Graph article tags and a canonical URL', async ({ page }) => {
  await page.goto(seed.path)
  const jsonLd: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '')
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: seed.title,
    datePublished: '2014-07-31T00:00:00-04:00',
    articleSection: 'Policy',
    // The newsroom's shared byline is the Organization it is (e2e/site/content/authors/news-ledge-staff.mdx).
    author: [
      { '@type': 'Organization', name: 'News Ledge Staff', url: expect.stringMatching(/\/authors\/news-ledge-staff$/) },
    ],
    publisher: { '@type': 'Organization', name: 'News Ledge', logo: { url: expect.stringMatching(/\/logo\.png$/) } },
    // The lead picture's crops (e2e/pictures.spec.ts); articles without one offer the card.
    image: [
      expect.stringMatching(/-16x9\.jpg$/),
      expect.stringMatching(/-4x3\.jpg$/),
      expect.stringMatching(/-1x1\.jpg$/),
    ],
  })
  const meta = (property: string) => page.locator(`meta[property="${property}"]`).first()
  await expect(meta('og:type')).toHaveAttribute('content', 'article')
  await expect(meta('article:published_time')).toHaveAttribute('content', '2014-07-31T00:00:00-04:00')
  await expect(meta('article:section')).toHaveAttribute('content', 'Policy')
  await expect(meta('article:tag')).toHaveAttribute('content', 'Microsoft')
  await expect(meta('og:image')).toHaveAttribute('content', /opengraph-image/)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${seed.path}$`))
  await expect(page.getByText('Published July 31, 2014')).toBeVisible()
})

test('articles and the home page have generated social cards; drafts have none', async ({ request }) => {
  for (const path of [`${seed.path}/opengraph-image`, '/opengraph-image']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    const png = await response.body()
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  }
  expect((await request.get(`${draft.path}/opengraph-image`)).status()).toBe(404)
})

test('the newsletter sign-up is a plain form that posts the email to the provider', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(seed.path)
  const field = page.getByRole('article').getByRole('textbox', { name: 'Get the newsletter by email' })
  await expect(field).toHaveAttribute('type', 'email')
  await expect(field).toHaveAttribute('required', '')
  const form = page.getByRole('article').locator('form')
  await expect(form).toHaveAttribute('method', 'post')
  await expect(form).toHaveAttribute('action', /^https:\/\/buttondown\.com\//)
  await expect(form.getByRole('button', { name: 'Subscribe' })).toBeVisible()
  await context.close()
})
