import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { IMPORT_PORT, IMPORT_SITE, SITE } from '../fixtures'
import { redirectOf } from '../routes'
import { startServer, type Server } from '../../scripts/bench-lib'

// The tests' site with a WordPress blog (once at https://old.ledger.example/blog) and a Ghost site imported by
// `npm run import` and built with no hand edits (npm run build:import; the exports are lib/import/fixtures).
// Every old address answers a permanent redirect to its new home in one step, against `next start`.

// The copy's own `next start`, for this file only (its tests run in order, in one worker).
test.describe.configure({ mode: 'serial' })
let server: Server | undefined
test.beforeAll(async () => {
  server = await startServer(path.resolve(IMPORT_SITE), IMPORT_PORT)
})
test.afterAll(async () => {
  await server?.stop()
})

const story = '/posts/microsoft-opens-dublin-data-center'
const oldAddresses: [string, string][] = [
  // The permalink, as the export wrote it, as a browser sends it, and as people type it.
  ['/blog/2013/06/12/microsoft-opens-dublin-data-center/', story],
  ['/blog/2013/06/12/microsoft-opens-dublin-data-center', story],
  ['/Blog/2013/06/12/Microsoft-Opens-Dublin-Data-Center/', story],
  // WordPress's own addresses by number, at the old base, with a campaign's parameters carried along.
  ['/blog/?p=101', story],
  ['/blog/index.php?p=101', story],
  ['/blog/?p=101&utm_source=newsletter', `${story}?utm_source=newsletter`],
  ['/blog/?page_id=121', '/ownership'],
  // A slug WordPress wrote percent-encoded, sent in a browser's capitals.
  ['/blog/2015/03/04/%E6%9D%B1%E4%BA%AC-tokyo/', '/posts/dongjing-tokyo'],
  // Attachment pages go to the story they belonged to.
  ['/blog/2013/06/12/microsoft-opens-dublin-data-center/servers/', story],
  ['/blog/?attachment_id=203', '/posts/dongjing-tokyo'],
  // Categories (with their hierarchy), tags, authors, feeds and date archives.
  ['/blog/category/technology/', '/sections/tech'],
  ['/blog/category/news/policy-law/', '/sections/policy'],
  ['/blog/category/technology/feed/', '/sections/tech/feed.xml'],
  ['/blog/?cat=5', '/sections/tech'],
  ['/blog/tag/data-centers/', '/tags/data-centers'],
  ['/blog/author/aokoro/', '/authors/ada-okoro'],
  ['/blog/?author=4', '/authors/cwriter'],
  ['/blog/feed/', '/feed.xml'],
  ['/blog/2013/06/', '/archive/2013/06'],
  ['/blog/2013/', '/archive/2013'],
  // Ghost's addresses: a post at the root, its tags, its authors, its feed.
  ['/cables-reach-dublin/', '/posts/cables-reach-dublin'],
  ['/harbour-confirms-three-more', '/posts/harbour-confirms-three-more'],
  ['/tag/undersea-cables/', '/tags/undersea-cables'],
  ['/tag/policy/rss/', '/sections/policy/feed.xml'],
  ['/author/dana-new/', '/authors/dana-new'],
  ['/rss/', '/feed.xml'],
]

test('every old address of an imported site goes to its new home in one permanent redirect', async ({
  request,
  baseURL,
}) => {
  for (const [from, to] of oldAddresses) {
    const { status, location } = await redirectOf(request, from)
    expect(status, from).toBe(301)
    expect(location, from).toBe(new URL(to, baseURL).toString())
    const landed = await request.get(location, { maxRedirects: 0 })
    expect(landed.status(), `${from} → ${location}`).toBe(200)
  }
})

test('what was not public on the old site has no address here', async ({ request }) => {
  // A draft, a scheduled post, a private one, a password-protected one, a trashed one, a Ghost members-only post.
  for (const from of [
    '/blog/?p=104',
    '/blog/?p=105',
    '/blog/?p=106',
    '/blog/2013/07/02/briefing/',
    '/blog/2013/07/03/old-mistake/',
    '/inside-the-landing-station/',
  ]) {
    const response = await request.get(from)
    expect(response.status(), from).toBe(404)
  }
  expect((await request.get('/posts/draft-notes-for-a-story-on-undersea-cables')).status()).toBe(404)
  expect((await request.get('/posts/dublin-data-center-turns-ninety')).status()).toBe(404)
})

test('an imported story reads as the site’s own: byline, lead picture, figures, table, links', async ({ page }) => {
  await page.goto(story)
  await expect(page.getByRole('heading', { level: 1, name: 'Microsoft Opens a Data Center in Dublin' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ada Okoro' }).first()).toBeVisible()
  const lead = page.getByRole('img', { name: 'Rows of black server racks under white lights.' })
  await expect(lead).toBeVisible()
  expect(await lead.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0)
  await expect(page.getByText('The building in June 2013').first()).toBeVisible()
  await expect(page.getByRole('link', { name: "what Ireland's regulator said" })).toHaveAttribute(
    'href',
    '/posts/data-protection-commissioner',
  )
  await expect(
    page.locator('article script:not([type="application/ld+json"]), article iframe, article [style]'),
  ).toHaveCount(0)

  await page.goto('/posts/data-protection-commissioner')
  await expect(page.getByRole('table')).toBeVisible()
  await expect(page.getByRole('cell', { name: '2,100' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ben Hale' }).first()).toBeVisible()

  await page.goto('/posts/harbour-confirms-three-more')
  await expect(page.getByRole('heading', { level: 2, name: 'Where they come from' })).toBeVisible()
  await expect(page.getByRole('img', { name: "A reporter's notebook open on a desk." })).toBeVisible()
})

test('a person the site did not have gets a profile page; the old site’s own page is the site’s', async ({ page }) => {
  await page.goto('/authors/cwriter')
  await expect(page.getByRole('heading', { level: 1, name: 'Casey Writer' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Twin Cities/ })).toBeVisible()
  await page.goto('/ownership')
  await expect(page.getByText('The Ledger is owned by its staff.')).toBeVisible()
})

test('the import wrote its report beside its record', () => {
  const report = readFileSync(
    path.join(IMPORT_SITE, SITE, 'content/imports/wordpress-old-ledger-example-blog.report.md'),
    'utf8',
  )
  expect(report).toContain('wp:106 “Private: Staff Party Plans”: not public on the old site')
  expect(report).toContain('## Converted with warnings')
})
