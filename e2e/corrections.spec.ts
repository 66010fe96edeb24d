import Parser from 'rss-parser'
import { expect, test } from '@playwright/test'
import { seed, seedUpdate, supremeCourt } from './fixtures'

test('a clarification sits above the article and an update below it, each dated, with the Updated line', async ({
  page,
}) => {
  await page.goto(supremeCourt.path)
  const notes = page.getByRole('complementary', { name: 'Corrections' })
  await expect(notes).toContainText(`Clarification, November 29, 2026: ${supremeCourt.clarification}`)
  const body = page.getByText('In a short unsigned order')
  const [notesBox, bodyBox] = [await notes.boundingBox(), await body.boundingBox()]
  expect(notesBox && bodyBox && notesBox.y < bodyBox.y).toBe(true)
  await expect(page.getByText(/Updated November 29, 2026/)).toBeVisible()

  await page.goto(seed.path)
  const updates = page.getByRole('complementary', { name: 'Updates' })
  await expect(updates).toContainText(`Update, November 29, 2026: ${seedUpdate}`)
  const [updatesBox, lastParagraph] = [
    await updates.boundingBox(),
    await page.getByText('Microsoft really is digging their heels').boundingBox(),
  ]
  expect(updatesBox && lastParagraph && updatesBox.y > lastParagraph.y).toBe(true)
})

test('JSON-LD lists the clarification as a correction and moves dateModified, in the newsroom’s zone', async ({
  request,
}) => {
  const html = await (await request.get(supremeCourt.path)).text()
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}'
  const data: unknown = JSON.parse(json)
  expect(data).toMatchObject({
    datePublished: '2018-04-17T00:00:00-04:00',
    dateModified: '2026-11-29T00:00:00-05:00',
    correction: [
      { '@type': 'CorrectionComment', text: supremeCourt.clarification, datePublished: '2026-11-29T00:00:00-05:00' },
    ],
  })
  // An update changes dateModified but is not a correction.
  const seedJson = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(
    await (await request.get(seed.path)).text(),
  )
  expect(seedJson?.[1]).toContain('"dateModified":"2026-11-29T00:00:00-05:00"')
  expect(seedJson?.[1]).not.toContain('"correction"')
})

test('feeds carry the notes in the item, and mark it updated', async ({ request }) => {
  const feed = await new Parser().parseString(await (await request.get('/feed.xml')).text())
  const item = feed.items.find((i) => i.title === supremeCourt.title)
  const content = String(item?.['content:encoded'] ?? '')
  expect(content.startsWith(`<p><strong>Clarification, November 29, 2026:</strong>`)).toBe(true)
  expect(content).toContain('set aside the 2nd Circuit’s ruling')
  const seedContent = String(feed.items.find((i) => i.title === seed.title)?.['content:encoded'] ?? '')
  expect(seedContent.endsWith(`<p><strong>Update, November 29, 2026:</strong> ${seedUpdate}</p>`)).toBe(true)
  const atom = await (await request.get('/atom.xml')).text()
  expect(atom).toMatch(
    /<title type="html"><!\[CDATA\[Supreme Court Drops[^<]*\]\]><\/title>[\s\S]*?<updated>2026-11-29T05:00:00.000Z<\/updated>/,
  )
})

test('/corrections lists every note newest first, links to it on its article, and has its own feed', async ({
  page,
  request,
}) => {
  await page.goto('/corrections')
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible()
  const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })
  await expect(items).toHaveCount(2)
  await expect(items.first()).toContainText('November 29, 2026')
  await page.getByRole('link', { name: supremeCourt.title }).click()
  await expect(page).toHaveURL(new RegExp(`${supremeCourt.path}#note-1$`))
  await expect(page.locator('#note-1')).toContainText(supremeCourt.clarification)

  const feed = await new Parser().parseString(await (await request.get('/corrections/feed.xml')).text())
  expect(feed.items.map((item) => item.title).sort()).toEqual([
    `Clarification: ${supremeCourt.title}`,
    `Update: ${seed.title}`,
  ])
  expect(feed.items.every((item) => /#note-\d+$/.test(item.link ?? ''))).toBe(true)
})
