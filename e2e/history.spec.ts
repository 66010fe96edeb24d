import { expect, test } from '@playwright/test'
import { draft, supremeCourt } from './fixtures'

// Built from this repository's git history of the tests' site: the Supreme
// Court story was committed as a draft with text legal had not cleared, then
// published, then clarified with its text change.
test('an article links to its history, which shows each version and the words that changed', async ({ page }) => {
  await page.goto(supremeCourt.path)
  await page.getByRole('link', { name: 'See what changed' }).click()
  await expect(page).toHaveURL(new RegExp(`${supremeCourt.path}/history$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`History of “${supremeCourt.title}”`)
  const versions = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })
  expect(await versions.count()).toBeGreaterThanOrEqual(2)
  const corrected = versions.filter({ hasText: supremeCourt.clarification })
  await expect(corrected).toHaveCount(1)
  await expect(corrected.locator('ins')).toContainText([
    'set aside the 2nd Circuit’s ruling',
    'with instructions to dismiss it',
  ])
  await expect(corrected.locator('del').last()).toHaveText('[removed: to the lower courts]')
  await expect(corrected).toContainText(/paragraphs? unchanged/)
  // The oldest version is the first one readers saw, unless this checkout is shallow.
  await expect(versions.last()).toContainText(/First published|Oldest version in this build\./)
  await expect(corrected).toContainText('Clarified')
  // Nothing from before publication, and nothing of the newsroom's commit messages.
  await expect(page.getByRole('main')).not.toContainText('LEGAL HAS NOT CLEARED')
  await expect(page.getByRole('main')).not.toContainText('5 to 4')
  await expect(page.getByRole('main')).not.toContainText('own site')
  expect(await versions.count()).toBe(2)
})

test('history pages follow the article’s visibility', async ({ request }) => {
  expect((await request.get(`${draft.path}/history`)).status()).toBe(404)
  expect((await request.get('/posts/no-such-story/history')).status()).toBe(404)
})
