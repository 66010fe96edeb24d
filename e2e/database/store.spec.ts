import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import matter from 'gray-matter'
import postgres from 'postgres'
import { E2E_DATABASE_URL, SITE } from '../fixtures'

// The build made with DATABASE_URL (npm run build:database, served from .next-database).

/** The files Next traced into a route's function, as a deploy would carry them. */
function traced(route: string): string[] {
  const nft = path.join('.next-database/server/app', route, 'page.js.nft.json')
  const value: unknown = JSON.parse(readFileSync(nft, 'utf8'))
  return typeof value === 'object' && value !== null && 'files' in value && Array.isArray(value.files)
    ? value.files.map(String)
    : []
}

test('its article and history routes carry no article files: bodies and histories come from the database', () => {
  for (const route of ['posts/[slug]', 'posts/[slug]/history']) {
    const files = traced(route)
    expect(files.length, route).toBeGreaterThan(0)
    expect(
      files.filter((file) => file.includes('.contentlayer/generated/Post/')),
      route,
    ).toEqual([])
    expect(
      files.filter((file) => file.includes('.contentlayer/history/')),
      route,
    ).toEqual([])
  }
})

/** Every file under a folder, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )

test('its server code carries no article, not even the list of them: lists, feeds and sitemaps read the database', () => {
  const postsDir = path.join(SITE, 'content/posts')
  const titles = readdirSync(postsDir).map((file) => {
    const { title }: { title?: unknown } = matter(readFileSync(path.join(postsDir, file), 'utf8')).data
    return String(title)
  })
  expect(titles.length).toBeGreaterThan(0)
  // Prerendered pages hold their own articles, as a CDN would; the code every function runs must hold none,
  // so a deploy's size does not grow with the archive.
  const code = filesUnder('.next-database/server/chunks').filter((file) => file.endsWith('.js'))
  expect(code.length).toBeGreaterThan(0)
  for (const file of code) {
    const text = readFileSync(file, 'utf8')
    expect(
      titles.filter((title) => text.includes(title)),
      file,
    ).toEqual([])
  }
})

test('a page rendered on request reads the database, which holds no draft', async ({ page }) => {
  const sql = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {}, connection: { search_path: 'news_production' } })
  try {
    // History pages render on first request. Change what the database holds for one before anyone asks.
    const slug = 'microsoft-pulls-the-plug-on-zune'
    const note = [{ date: '2026-11-30T12:00:00.000Z', kind: 'update', text: 'Words only the database holds.' }]
    await sql`update articles set history = jsonb_set(history, '{versions,0,notes}', ${sql.json(note)})
              where slug = ${slug}`
    await page.goto(`/posts/${slug}/history`)
    await expect(page.getByRole('main')).toContainText('Words only the database holds.')
    const [drafts] = await sql<{ n: number }[]>`select count(*)::int as n from articles where draft`
    expect(drafts?.n).toBe(0)
  } finally {
    await sql.end()
  }
})
