import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { connect, migrate } from '../store/database'
import { articlesFromContentBuild } from '../store/from-content-build'
import { publishArticles } from '../store/publish'
import { contentSchema } from '../store/schema'
import { throwawayDatabase } from '../store/test-database'
import type { ContentEnvironment } from './visibility'

// The same questions of both stores: the content build of the tests' site (vitest.config.ts builds it),
// and a real PostgreSQL that the build published it to, each environment in its own schema.
let database: Awaited<ReturnType<typeof throwawayDatabase>> | undefined
beforeAll(async () => {
  database = await throwawayDatabase()
  for (const environment of ['production', 'preview'] satisfies ContentEnvironment[]) {
    const db = connect(database.url, contentSchema(environment))
    await migrate(db)
    await publishArticles(db, await articlesFromContentBuild(environment), null)
    await db.sql.end()
  }
})
afterAll(async () => {
  await database?.drop()
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.useRealTimers()
})

describe.each(['files', 'postgres'])('content queries from %s', (store) => {
  // lib/content/posts.ts fixes the environment and the store when it loads, so each test loads it afresh.
  async function loadPosts(env: Record<string, string>) {
    vi.resetModules()
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value)
    vi.stubEnv('CONTENT_STORE', store)
    if (store === 'postgres') vi.stubEnv('DATABASE_URL', database?.url)
    return import('./posts')
  }

  it('lists published articles newest first and hides the draft in production', async () => {
    const { getListPage, getPost } = await loadPosts({ VERCEL_ENV: 'production' })
    const home = (await getListPage({ kind: 'home' }, 1))?.items ?? []
    const dates = home.map((post) => post.date)
    expect(dates.length).toBeGreaterThan(2)
    expect(dates).toEqual(dates.toSorted().toReversed())
    expect(home.some((post) => post.draft)).toBe(false)
    expect(await getListPage({ kind: 'home' }, 2)).toBeNull()
    expect(await getPost('explainer-who-can-read-your-cloud-email')).toBeUndefined()
    expect((await getPost('microsoft-loses-first-round-over-dublin-emails'))?.title).toContain('Dublin')
  })

  it('shows the draft on a preview, but never in a feed or a related list', async () => {
    const { getPost, getLatestPublished, getListPage, getRelatedPosts } = await loadPosts({ VERCEL_ENV: 'preview' })
    const draft = await getPost('explainer-who-can-read-your-cloud-email')
    expect(draft?.draft).toBe(true)
    expect((await getListPage({ kind: 'home' }, 1))?.items.some((post) => post.draft)).toBe(true)
    expect((await getLatestPublished({ kind: 'home' }, 100)).some((post) => post.draft)).toBe(false)
    const seed = await getPost('microsoft-loses-first-round-over-dublin-emails')
    expect(seed && (await getRelatedPosts(seed)).some(({ post }) => post.draft)).toBe(false)
  })

  it('groups articles by tag slug', async () => {
    const { getListPage, getTags } = await loadPosts({ VERCEL_ENV: 'production' })
    expect((await getTags()).find((tag) => tag.slug === 'microsoft')?.name).toBe('Microsoft')
    const zune = await getListPage({ kind: 'tag', slug: 'zune' }, 1)
    expect(zune?.items.map((post) => post.slug)).toContain('microsoft-pulls-the-plug-on-zune')
  })

  it('lists the other Dublin warrant articles first for the seed article', async () => {
    const { getPost, getRelatedPosts } = await loadPosts({ VERCEL_ENV: 'production' })
    const seed = await getPost('microsoft-loses-first-round-over-dublin-emails')
    const related = seed ? (await getRelatedPosts(seed)).map(({ post }) => post.slug) : []
    expect(related.slice(0, 2)).toEqual([
      'appeals-court-sides-with-microsoft-on-dublin-emails',
      'supreme-court-drops-microsoft-email-case',
    ])
  })

  it('decides what is published when asked, not when loaded: an article goes live at its time in a running server', async () => {
    // Before 2016, the 2016 and 2018 articles of the bundled content are "scheduled".
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2016-07-14T03:59:00Z'))
    const { getListPage, getPost, getTag, getLatestPublished } = await loadPosts({ VERCEL_ENV: 'production' })
    const appeal = 'appeals-court-sides-with-microsoft-on-dublin-emails'
    expect(await getPost(appeal)).toBeUndefined()
    expect((await getLatestPublished({ kind: 'home' }, 100)).map((post) => post.slug)).not.toContain(appeal)
    const before = (await getTag('microsoft'))?.count ?? 0
    // Midnight in New York on its day.
    vi.setSystemTime(new Date('2016-07-14T04:00:00Z'))
    expect((await getPost(appeal))?.slug).toBe(appeal)
    expect((await getListPage({ kind: 'home' }, 1))?.items[0]?.slug).toBe(appeal)
    expect((await getTag('microsoft'))?.count).toBe(before + 1)
  })

  it('lists corrections across the site, newest first, only on published articles', async () => {
    const { getCorrectionsPage, getLatestCorrections } = await loadPosts({ VERCEL_ENV: 'production' })
    const page = await getCorrectionsPage(1)
    const corrections = page?.items ?? []
    expect(corrections.length).toBeGreaterThan(0)
    expect(page?.totalPages).toBe(1)
    const dates = corrections.map(({ note }) => Date.parse(note.date))
    expect(dates).toEqual(dates.toSorted((a, b) => b - a))
    expect(corrections.every(({ post }) => !post.draft)).toBe(true)
    expect(await getLatestCorrections(1)).toEqual(corrections.slice(0, 1))
    expect(await getCorrectionsPage(2)).toBeNull()
  })
})
