import { expect, test } from '@playwright/test'
import { supremeCourt } from './fixtures'

// The tests' site writes its own pages in e2e/site/content/pages: all but the ownership page.
const pages = [
  { path: '/about', title: 'About the Test Ledge' },
  { path: '/masthead', title: 'Masthead' },
  { path: '/standards', title: 'Ethics and standards' },
  { path: '/corrections-policy', title: 'Corrections policy' },
  { path: '/contact', title: 'Contact and tips' },
]

test('each page the newsroom wrote about itself has its route, its title, its text and the footer’s link', async ({
  page,
}) => {
  for (const { path, title } of pages) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: title.startsWith('About') ? 'About' : title }),
    ).toHaveAttribute('href', path)
  }
  await expect(page.getByRole('main').getByText('Signal')).toBeVisible()
})

test('a page the newsroom has not written is the 404 page, and the footer leaves it out', async ({ page, request }) => {
  expect((await request.get('/ownership')).status()).toBe(404)
  await page.goto('/')
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Ownership and funding' })).toHaveCount(0)
})

test('every correction note links to the corrections policy', async ({ page }) => {
  await page.goto(supremeCourt.path)
  const note = page.getByRole('complementary').filter({ hasText: supremeCourt.clarification })
  await expect(note.getByRole('link', { name: 'Corrections policy' })).toHaveAttribute('href', '/corrections-policy')
})

test('the front page names the newsroom’s policies in its NewsMediaOrganization JSON-LD', async ({ page, baseURL }) => {
  await page.goto('/')
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const organization: unknown = blocks
    .map((text) => JSON.parse(text))
    .find((data) => data['@type'] === 'NewsMediaOrganization')
  expect(organization).toMatchObject({
    name: 'News Ledge',
    url: expect.stringMatching(/^http/),
    publishingPrinciples: `${baseURL}/standards`,
    ethicsPolicy: `${baseURL}/standards`,
    correctionsPolicy: `${baseURL}/corrections-policy`,
    actionableFeedbackPolicy: `${baseURL}/contact`,
    masthead: `${baseURL}/masthead`,
  })
  expect(organization).not.toHaveProperty('ownershipFundingInfo')
})

test('the sitemap lists the newsroom’s pages', async ({ request }) => {
  const xml = await (await request.get('/sitemaps/pages.xml')).text()
  for (const { path } of pages) expect(xml).toContain(`${path}</loc>`)
  expect(xml).not.toContain('/ownership</loc>')
})
