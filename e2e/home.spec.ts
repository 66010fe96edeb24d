import { expect, test } from '@playwright/test'
import { publishedCount, seed, surfaceStudio } from './fixtures'

test('the front page’s latest stories list every article, newest first, with date, category and summary', async ({
  page,
}) => {
  await page.goto('/')
  const articles = page.getByRole('region', { name: 'Latest' }).getByRole('article')
  await expect(articles).toHaveCount(publishedCount)
  const headlines = await articles.getByRole('heading').allTextContents()
  expect(headlines.indexOf(surfaceStudio.title)).toBeLessThan(headlines.indexOf(seed.title))

  const seedItem = articles.filter({ hasText: seed.title })
  await expect(seedItem.getByText('July 31, 2014')).toBeVisible()
  await expect(seedItem.getByText('Policy', { exact: true })).toBeVisible()
  await expect(seedItem.getByText(/min read/)).toBeVisible()
  await expect(seedItem.getByText(/A federal judge in New York ruled/)).toBeVisible()

  await seedItem.getByRole('link', { name: seed.title }).click()
  await expect(page).toHaveURL(seed.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title)
})

test('the topics index lists the topics of published articles, the most used first, each with its count', async ({
  page,
}) => {
  await page.goto('/tags')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics')
  const names = await page.getByRole('link', { name: /^.+ \(\d+\)$/ }).allTextContents()
  expect(names[0]).toBe('Microsoft (5)')
  const counts = names.map((name) => Number(/\((\d+)\)$/.exec(name)?.[1]))
  expect(counts).toEqual(counts.toSorted((a, b) => b - a))
  // Explainers is only on a draft.
  expect(names.some((name) => name.startsWith('Explainers'))).toBe(false)
  // Every topic fits on the first page (200 a page): no links to others.
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Zune (2)' }).click()
  await expect(page).toHaveURL('/tags/zune')
})

test('tag pages list the articles with that tag', async ({ page }) => {
  await page.goto('/tags/zune')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zune')
  await expect(page.getByRole('link', { name: surfaceStudio.title })).toBeVisible()
  await expect(page.getByRole('link', { name: seed.title })).toHaveCount(0)
})
