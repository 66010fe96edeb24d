import { expect, test, type Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { appealsCourt, seed } from './fixtures'

// The tests' site's people (e2e/site/content/authors): Ada Okoro (every field) and Ben Hale write the appeals
// court story together, Cy Ito is credited for its illustration, Dee Marsh edits and has no byline, and
// articles that name no author carry the newsroom's byline, News Ledge Staff.

const jsonLd = async (page: Page, type: string): Promise<unknown> =>
  (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text): unknown => JSON.parse(text))
    .find((data) => typeof data === 'object' && data !== null && '@type' in data && data['@type'] === type)

test('an article with two authors and a credit reads "By A and B", then the credit, each name linking to its page', async ({
  page,
}) => {
  await page.goto(appealsCourt.path)
  const byline = page.getByRole('main').locator('article header p', { hasText: /^By / })
  await expect(byline).toContainText('By Ada Okoro and Ben Hale')
  await expect(byline).toContainText('Illustration by Cy Ito')
  for (const [name, id] of [
    ['Ada Okoro', 'ada-okoro'],
    ['Ben Hale', 'ben-hale'],
    ['Cy Ito', 'cy-ito'],
  ]) {
    await expect(byline.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/authors/${id}`)
  }
  // The byline's own authors are the page's authors; the credit is not.
  await expect(byline.locator('a[rel="author"]')).toHaveCount(2)
})

test('the article’s JSON-LD names every author as a Person with their page, and the credit as a contributor', async ({
  page,
}) => {
  await page.goto(appealsCourt.path)
  expect(await jsonLd(page, 'NewsArticle')).toMatchObject({
    author: [
      {
        '@type': 'Person',
        name: 'Ada Okoro',
        jobTitle: 'Courts reporter',
        url: expect.stringMatching(/\/authors\/ada-okoro$/),
      },
      { '@type': 'Person', name: 'Ben Hale', url: expect.stringMatching(/\/authors\/ben-hale$/) },
    ],
    contributor: [{ '@type': 'Person', name: 'Cy Ito', url: expect.stringMatching(/\/authors\/cy-ito$/) }],
  })
  await expect(page.locator('meta[name="author"]')).toHaveCount(2)
})

test('an author page shows the photo, role, bio, contacts and links, then their articles, with ProfilePage JSON-LD', async ({
  page,
  baseURL,
}) => {
  await page.goto('/authors/ada-okoro')
  await expect(page).toHaveTitle(/^Ada Okoro/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Okoro')
  const about = page.getByRole('region', { name: 'About Ada Okoro' })
  await expect(about.getByRole('img', { name: /An illustrated portrait of Ada Okoro/ })).toBeVisible()
  await expect(about.getByText('Courts reporter')).toBeVisible()
  await expect(about.getByText('Ada Okoro covers the courts')).toBeVisible()
  await expect(about.getByRole('link', { name: 'ada.okoro@newsledge.example' })).toHaveAttribute(
    'href',
    'mailto:ada.okoro@newsledge.example',
  )
  await expect(about.getByText('Secure tips: Signal: adaokoro.11')).toBeVisible()
  await expect(about.getByRole('link', { name: 'bsky.app' })).toHaveAttribute(
    'href',
    'https://bsky.app/profile/adaokoro.example',
  )
  await expect(page.getByRole('heading', { level: 2, name: 'Articles by Ada Okoro' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: appealsCourt.title })).toBeVisible()
  expect(await jsonLd(page, 'ProfilePage')).toMatchObject({
    url: `${baseURL}/authors/ada-okoro`,
    mainEntity: {
      '@type': 'Person',
      name: 'Ada Okoro',
      url: `${baseURL}/authors/ada-okoro`,
      jobTitle: 'Courts reporter',
      image: expect.stringMatching(/-1x1\.jpg$/),
      sameAs: ['https://adaokoro.example', 'https://bsky.app/profile/adaokoro.example'],
    },
  })
})

test('a credit lists the article on the credited author’s page; a profile without articles still has its page', async ({
  page,
}) => {
  await page.goto('/authors/cy-ito')
  await expect(page.getByRole('heading', { level: 3, name: appealsCourt.title })).toBeVisible()
  const response = await page.goto('/authors/dee-marsh')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('region', { name: 'About Dee Marsh' }).getByText('Editor in chief')).toBeVisible()
  await expect(page.getByText('No articles yet.')).toBeVisible()
  // No photo: none shown, and no image in the JSON-LD.
  await expect(page.getByRole('region', { name: 'About Dee Marsh' }).getByRole('img')).toHaveCount(0)
  expect(await jsonLd(page, 'ProfilePage')).not.toHaveProperty('mainEntity.image')
})

test('an article without authors has the newsroom’s byline, whose page is the desk’s, not a person’s', async ({
  page,
}) => {
  await page.goto(seed.path)
  await expect(page.getByRole('main').getByRole('link', { name: 'News Ledge Staff' })).toHaveAttribute(
    'href',
    '/authors/news-ledge-staff',
  )
  await page.goto('/authors/news-ledge-staff')
  expect(await jsonLd(page, 'ProfilePage')).toMatchObject({
    mainEntity: { '@type': 'Organization', name: 'News Ledge Staff' },
  })
  await expect(page.getByRole('heading', { level: 3, name: seed.title })).toBeVisible()
})

test('RSS, Atom and JSON Feed carry every author of an article', async ({ request, baseURL }) => {
  const parser = new XMLParser({ isArray: (name) => ['item', 'entry', 'author'].includes(name) })
  const rss: unknown = parser.parse(await (await request.get('/feed.xml')).text())
  expect(rss).toMatchObject({
    rss: {
      channel: {
        item: expect.arrayContaining([
          expect.objectContaining({ title: appealsCourt.title, 'dc:creator': 'Ada Okoro and Ben Hale' }),
        ]),
      },
    },
  })
  const atom: unknown = parser.parse(await (await request.get('/atom.xml')).text())
  expect(atom).toMatchObject({
    feed: {
      entry: expect.arrayContaining([
        expect.objectContaining({
          author: [
            { name: 'Ada Okoro', uri: `${baseURL}/authors/ada-okoro` },
            { name: 'Ben Hale', uri: `${baseURL}/authors/ben-hale` },
          ],
        }),
      ]),
    },
  })
  const json: unknown = await (await request.get('/feed.json')).json()
  expect(json).toMatchObject({
    items: expect.arrayContaining([
      expect.objectContaining({
        title: appealsCourt.title,
        authors: [
          { name: 'Ada Okoro', url: `${baseURL}/authors/ada-okoro` },
          { name: 'Ben Hale', url: `${baseURL}/authors/ben-hale` },
        ],
      }),
    ]),
  })
})

test('the masthead lists the people from their profiles in its order, each linking to their page, and no desk', async ({
  page,
}) => {
  await page.goto('/masthead')
  const people = page.getByRole('region', { name: 'Our people' }).getByRole('listitem')
  // Dee Marsh (order 1), Ada Okoro (2), Ben Hale (3), then Cy Ito (no order).
  await expect(people).toHaveText([
    /Dee Marsh\s*Editor in chief/,
    /Ada Okoro\s*Courts reporter/,
    /Ben Hale\s*Technology reporter/,
    /Cy Ito\s*Visuals editor/,
  ])
  await expect(people.getByRole('link', { name: 'Dee Marsh' })).toHaveAttribute('href', '/authors/dee-marsh')
  await expect(page.getByRole('main').getByText('News Ledge Staff')).toHaveCount(0)
})
