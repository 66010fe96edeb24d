import { rm, writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { DEV_SITE } from '../fixtures'

// Runs against `npm run dev` (started by playwright.config.ts): what an editor
// sees while writing, on the scratch copy of the tests' site that the dev server was started on.
const file = `${DEV_SITE}/content/posts/e2e-scratch-article.mdx`
const source = (title: string, body = 'Scratch text for the editing test.') =>
  `---\ntitle: '${title}'\ndate: 2020-01-01\nsummary: 'Scratch article for the editing test.'\ncategory: Tech\n---\n\n${body}\n`

test.afterEach(async () => {
  await rm(file, { force: true })
})

test('a saved edit shows in the open page; a mistake shows on the page and fixing it recovers', async ({ page }) => {
  // The first save after `npm run dev` starts on a fresh clone waits for Contentlayer's first pass and the index
  // step's first compile (tsx with nothing cached): 43 s on a 2-core machine busy with other work.
  test.setTimeout(180_000)
  // Let the dev server compile the site once before the first save.
  await page.goto('/')
  await expect(page.getByRole('main')).toBeVisible()
  let saves = 0
  await expect(async () => {
    // A new edit on each try: a save that lands while Contentlayer's watcher or
    // the first compile is still starting can be missed, and saving the same
    // bytes again changes nothing for the bundler, as it would not for an editor.
    saves += 1
    await writeFile(file, source('Scratch Headline One', `Scratch text, save ${saves}.`))
    const response = await page.goto('/posts/e2e-scratch-article')
    expect(response?.status()).toBe(200)
  }).toPass({ timeout: 75_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scratch Headline One')

  // A changed sentence appears without reloading, as does a changed headline.
  await writeFile(file, source('Scratch Headline One', 'A sentence the editor just changed.'))
  await expect(page.getByText('A sentence the editor just changed.')).toBeVisible({ timeout: 15_000 })
  await writeFile(file, source('Scratch Headline Two'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scratch Headline Two', { timeout: 15_000 })

  // A broken tag: the page keeps the last good version and says what is wrong, and where.
  await writeFile(file, source('Scratch Headline Two', 'Broken <div> tag.'))
  const alert = page.getByRole('alert').filter({ hasText: 'The content has' })
  await expect(alert).toContainText(`${file}:8: The body is not valid MDX`, {
    timeout: 15_000,
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scratch Headline Two')

  // Fixing it recovers, with the server still up.
  await writeFile(file, source('Scratch Headline Three'))
  await expect(alert).toHaveCount(0, { timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scratch Headline Three', { timeout: 15_000 })
})
