import { expect, test } from '@playwright/test'
import { seed } from './fixtures'

test('an article has share links that work without JavaScript, carrying its canonical URL and headline', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(seed.path)
  const share = page.getByRole('region', { name: 'Share this article' })
  const canonical = `${baseURL}${seed.path}`
  const href = async (name: RegExp) => new URL((await share.getByRole('link', { name }).getAttribute('href')) ?? '')
  expect(Object.fromEntries((await href(/^X/)).searchParams)).toEqual({ text: seed.title, url: canonical })
  expect((await href(/^Facebook/)).searchParams.get('u')).toBe(canonical)
  expect((await href(/^LinkedIn/)).searchParams.get('url')).toBe(canonical)
  expect((await href(/^Bluesky/)).searchParams.get('text')).toBe(`${seed.title} ${canonical}`)
  const mail = await href(/^Email/)
  expect(mail.protocol).toBe('mailto:')
  expect(mail.searchParams.get('subject')).toBe(seed.title)
  await expect(share.getByRole('link', { name: 'Link to this article' })).toHaveAttribute('href', canonical)
  // No script, no buttons: the island adds them only where the browser can share or copy.
  await expect(share.getByRole('button')).toHaveCount(0)
  await context.close()
})

test('with JavaScript, "Copy link" copies the canonical URL and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(seed.path)
  const share = page.getByRole('region', { name: 'Share this article' })
  await share.getByRole('button', { name: 'Copy link' }).click()
  await expect(share.getByRole('button', { name: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${seed.path}`)
})

test('a reader meets the follow-us widget once: whole after the article, a compact line in the footer', async ({
  page,
}) => {
  await page.goto(seed.path)
  await expect(page.getByRole('region', { name: 'Follow News Ledge' })).toHaveCount(1)
  await expect(page.getByRole('textbox', { name: 'Get the newsletter by email' })).toHaveCount(1)
  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/feed.xml')
  await expect(footer.getByRole('link', { name: 'Bluesky' })).toBeVisible()
  await expect(footer.getByRole('textbox')).toHaveCount(0)
})
