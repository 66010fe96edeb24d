import { expect, test } from '@playwright/test'
import { appealsCourt, draft, seed, supremeCourt, surfaceStudio, zune } from './fixtures'

// The tests' site chooses its front page in e2e/site/content/front-page.yml: an older story leads over the
// newest, one top story's time has passed, the draft is chosen too (only a preview shows it), and the seed
// article is chosen until 2999.

test('the story editors chose leads the front page over newer ones, its picture large and loaded first', async ({
  page,
}) => {
  await page.goto('/')
  const lead = page.getByRole('article', { name: 'Lead story' })
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(appealsCourt.title)
  const picture = lead.getByRole('img')
  await expect(picture).toHaveAttribute('fetchpriority', 'high')
  await expect(picture).toHaveAttribute('loading', 'eager')
  // Nothing else on the page asks to load first: the top stories' thumbnails load as they near the screen.
  await expect(page.locator('img[fetchpriority="high"]')).toHaveCount(1)
  const thumbnails = page.getByRole('region', { name: 'Top stories' }).locator('img')
  await expect(thumbnails).toHaveCount(3)
  for (const thumbnail of await thumbnails.all()) await expect(thumbnail).toHaveAttribute('loading', 'lazy')
})

test('top stories: the chosen ones first, then the newest; a choice whose time has passed and a draft are not there', async ({
  page,
}) => {
  await page.goto('/')
  const top = page.getByRole('region', { name: 'Top stories' })
  await expect(top.getByRole('heading', { level: 3 })).toHaveText([seed.title, supremeCourt.title, surfaceStudio.title])
  await expect(page.getByText(draft.title)).toHaveCount(0)
  // Zune's time on the front page has passed: it is back in its section's row and the river only.
  await expect(top.getByText(zune.title)).toHaveCount(0)
})

test('a row per section has its newest stories not shown above, and leads to the section', async ({ page }) => {
  await page.goto('/')
  const tech = page.getByRole('region', { name: 'Tech' })
  await expect(tech.getByRole('heading', { level: 3 })).toHaveText([zune.title])
  await expect(tech.getByRole('link', { name: 'Tech', exact: true })).toHaveAttribute('href', '/sections/tech')
  // Every Policy story is above already: no empty row.
  await expect(page.getByRole('region', { name: 'Policy' })).toHaveCount(0)
})

test('the latest stories follow, newest first, a page at a time as before', async ({ page }) => {
  await page.goto('/')
  const latest = page.getByRole('region', { name: 'Latest' })
  await expect(latest.getByRole('heading', { level: 3 })).toHaveText([
    supremeCourt.title,
    surfaceStudio.title,
    appealsCourt.title,
    seed.title,
    zune.title,
  ])
})
