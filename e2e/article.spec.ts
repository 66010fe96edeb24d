import { expect, test } from '@playwright/test'
import { affiliateNotice, seed, surfaceStudio } from './fixtures'

test.describe('the seed article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(seed.path)
  })

  test('shows the headline, byline, dates and the original text', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title)
    await expect(page.getByText('Published July 31, 2014')).toBeVisible()
    await expect(
      page.getByText(/“It’s a question of control, not a question of the location of that information\.”/),
    ).toBeVisible()
    await expect(
      page.getByText(/it’s nice to finally see someone pushing back against U\.S\. officials\./),
    ).toBeVisible()
    // The original's trailer lines are components now, not body text.
    await expect(page.getByRole('article').getByText('Follow News Ledge', { exact: true })).toHaveCount(1)
  })

  test('links the Surface Studio article from an inline related card where the original had it', async ({ page }) => {
    const card = page.getByRole('complementary', { name: 'Related article' })
    await expect(card).toContainText(surfaceStudio.title)
    await card.getByRole('link').click()
    await expect(page).toHaveURL(surfaceStudio.path)
  })

  test('ends with the follow-us widget and a related list that leads on the same story', async ({ page }) => {
    const follow = page.getByRole('article').getByRole('region', { name: 'Follow News Ledge' })
    await expect(follow.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml')
    await expect(follow.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/atom.xml')
    await expect(follow.getByRole('textbox', { name: 'Get the newsletter by email' })).toBeVisible()
    await expect(follow.getByRole('link', { name: 'Facebook' })).toBeVisible()

    const related = page.getByRole('region', { name: 'Related articles' })
    const links = related.getByRole('link')
    await expect(links.first()).toContainText('Appeals Court Sides With Microsoft')
    expect(await links.count()).toBeLessThanOrEqual(3)
    await expect(related.getByRole('link', { name: new RegExp(seed.title) })).toHaveCount(0)
  })

  test('shows the affiliate notice before the first link in the body', async ({ page }) => {
    const notice = page.getByRole('complementary', { name: 'Affiliate disclosure' })
    await expect(notice).toHaveText(affiliateNotice)
    const firstBodyLink = page.locator('.prose a').first()
    const [noticeBox, linkBox] = await Promise.all([notice.boundingBox(), firstBodyLink.boundingBox()])
    expect(noticeBox && linkBox && noticeBox.y + noticeBox.height <= linkBox.y).toBe(true)
  })
})

test('affiliate links in a body are marked sponsored, below the notice', async ({ page }) => {
  await page.goto(surfaceStudio.path)
  const notice = page.getByRole('complementary', { name: 'Affiliate disclosure' })
  const shopLink = page.getByRole('link', { name: 'the Surface Studio is listed here' })
  await expect(shopLink).toHaveAttribute('rel', /sponsored/)
  const [noticeBox, linkBox] = await Promise.all([notice.boundingBox(), shopLink.boundingBox()])
  expect(noticeBox && linkBox && noticeBox.y < linkBox.y).toBe(true)
})

test('an article without affiliate links has no notice', async ({ page }) => {
  await page.goto('/posts/appeals-court-sides-with-microsoft-on-dublin-emails')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(affiliateNotice)).toHaveCount(0)
})
