import { expect, test } from '@playwright/test'
import { publishedCount, seed, surfaceStudio } from './fixtures'

test('the lead image tops the article: AVIF and WebP at several widths, sized, loaded first, with caption and credit', async ({
  page,
}) => {
  await page.goto(surfaceStudio.path)
  const lead = page.getByRole('article').getByRole('figure').first()
  const img = lead.getByRole('img')
  await expect(img).toHaveAttribute('alt', /large touchscreen computer/)
  await expect(img).toHaveAttribute('fetchpriority', 'high')
  await expect(img).toHaveAttribute('loading', 'eager')
  await expect(img).toHaveAttribute('width', '1600')
  await expect(img).toHaveAttribute('height', '900')
  await expect(img).toHaveAttribute('srcset', /\.webp 480w, .*\.webp 1600w$/)
  await expect(lead.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 480w/)
  await expect(lead.locator('figcaption')).toHaveText(
    'The Surface Studio’s 28-inch screen folds down like a drafting table. Illustration: News Ledge',
  )
  // The browser got a real picture, and it is above the headline's fold on a phone too.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
  const served = await img.evaluate((el: HTMLImageElement) => el.currentSrc)
  expect(served).toMatch(/\/_img\/surface-studio-[0-9a-f]+-\d+\.avif$/)
})

test('a picture in the body shows with its caption and loads lazily', async ({ page }) => {
  await page.goto(seed.path)
  const figure = page.getByRole('figure').filter({ hasText: 'the emails it sought sit on servers in Ireland' })
  await expect(figure.getByRole('img')).toHaveAttribute('alt', /A diagram: a courthouse/)
  await expect(figure.getByRole('img')).toHaveAttribute('loading', 'lazy')
  await expect(figure.getByRole('img')).toHaveAttribute('width', '1600')
  // Not inside a paragraph.
  expect(await figure.evaluate((el) => el.parentElement?.tagName)).not.toBe('P')
})

test('lists show a lazy thumbnail beside each story that has a picture', async ({ page }) => {
  await page.goto('/')
  const thumbnails = page.getByRole('region', { name: 'Latest' }).locator('article img')
  expect(await thumbnails.count()).toBe(publishedCount)
  for (const img of await thumbnails.all()) {
    await expect(img).toHaveAttribute('loading', 'lazy')
    await expect(img).toHaveAttribute('alt', '')
    await expect(img).toHaveAttribute('sizes', '(min-width: 640px) 160px, 96px')
  }
})

test('search engines get the lead image in 16:9, 4:3 and 1:1, large previews, and social sites a card of it', async ({
  page,
  request,
}) => {
  await page.goto(surfaceStudio.path)
  const jsonLd: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '')
  expect(jsonLd).toMatchObject({
    image: [
      expect.stringMatching(/surface-studio-[0-9a-f]+-16x9\.jpg$/),
      expect.stringMatching(/-4x3\.jpg$/),
      expect.stringMatching(/-1x1\.jpg$/),
    ],
  })
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/)
  const card = await request.get(`${surfaceStudio.path}/opengraph-image`)
  expect(card.headers()['content-type']).toBe('image/png')
  for (const url of jsonLd && typeof jsonLd === 'object' && 'image' in jsonLd && Array.isArray(jsonLd.image)
    ? jsonLd.image
    : []) {
    const response = await request.get(new URL(String(url)).pathname)
    expect(response.headers()['content-type']).toBe('image/jpeg')
  }
})
