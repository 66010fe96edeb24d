import { afterEach, describe, expect, it, vi } from 'vitest'

// lib/content/posts.ts reads the content build of the tests' site (vitest.config.ts builds it)
// and fixes the environment when it loads, so each test loads it afresh.
async function loadPosts(env: Record<string, string>) {
  vi.resetModules()
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value)
  return import('./posts')
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.useRealTimers()
})

describe('content queries', () => {
  it('lists published articles newest first and hides the draft in production', async () => {
    const { getPosts, getPost } = await loadPosts({ VERCEL_ENV: 'production' })
    const dates = getPosts().map((post) => post.date)
    expect(dates).toEqual(dates.toSorted().toReversed())
    expect(getPosts().some((post) => post.draft)).toBe(false)
    expect(getPost('explainer-who-can-read-your-cloud-email')).toBeUndefined()
    expect(getPost('microsoft-loses-first-round-over-dublin-emails')?.title).toContain('Dublin')
  })

  it('shows the draft on a preview, but never in a feed or a related list', async () => {
    const { getPost, getPublishedPosts, getRelatedPosts } = await loadPosts({ VERCEL_ENV: 'preview' })
    const draft = getPost('explainer-who-can-read-your-cloud-email')
    expect(draft?.draft).toBe(true)
    expect(getPublishedPosts().some((post) => post.draft)).toBe(false)
    const seed = getPost('microsoft-loses-first-round-over-dublin-emails')
    expect(seed && getRelatedPosts(seed).some(({ post }) => post.draft)).toBe(false)
  })

  it('groups articles by tag slug', async () => {
    const { getPostsByTag, getTags } = await loadPosts({ VERCEL_ENV: 'production' })
    expect(getTags().find((tag) => tag.slug === 'microsoft')?.name).toBe('Microsoft')
    expect(getPostsByTag('zune').map((post) => post.slug)).toContain('microsoft-pulls-the-plug-on-zune')
  })

  it('lists the other Dublin warrant articles first for the seed article', async () => {
    const { getPost, getRelatedPosts } = await loadPosts({ VERCEL_ENV: 'production' })
    const seed = getPost('microsoft-loses-first-round-over-dublin-emails')
    const related = seed ? getRelatedPosts(seed).map(({ post }) => post.slug) : []
    expect(related.slice(0, 2)).toEqual([
      'appeals-court-sides-with-microsoft-on-dublin-emails',
      'supreme-court-drops-microsoft-email-case',
    ])
  })

  it('decides what is published when asked, not when loaded: an article goes live at its time in a running server', async () => {
    // Before 2016, the 2016 and 2018 articles of the bundled content are "scheduled".
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2016-07-14T03:59:00Z'))
    const { getPosts, getPost, getTag, getPublishedPosts } = await loadPosts({ VERCEL_ENV: 'production' })
    const appeal = 'appeals-court-sides-with-microsoft-on-dublin-emails'
    expect(getPost(appeal)).toBeUndefined()
    expect(getPublishedPosts().map((post) => post.slug)).not.toContain(appeal)
    const before = getTag('microsoft')?.count ?? 0
    // Midnight in New York on its day.
    vi.setSystemTime(new Date('2016-07-14T04:00:00Z'))
    expect(getPost(appeal)?.slug).toBe(appeal)
    expect(getPosts()[0]?.slug).toBe(appeal)
    expect(getTag('microsoft')?.count).toBe(before + 1)
  })

  it('lists corrections across the site, newest first, only on published articles', async () => {
    const { getCorrections } = await loadPosts({ VERCEL_ENV: 'production' })
    const corrections = getCorrections()
    expect(corrections.length).toBeGreaterThan(0)
    const dates = corrections.map(({ note }) => Date.parse(note.date))
    expect(dates).toEqual(dates.toSorted((a, b) => b - a))
    expect(corrections.every(({ post }) => !post.draft)).toBe(true)
  })
})
