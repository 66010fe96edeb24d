import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, migrate, type Database } from './database'
import { articlesFromContentBuild } from './from-content-build'
import { publishArticles, type StoredArticle } from './publish'
import {
  excerptParts,
  listArticles,
  readArticle,
  readArticleParts,
  readEventualCategories,
  readHistoryValue,
  searchArticles,
  type Moment,
} from './read'
import { articleLike, throwawayDatabase } from './test-database'
import { draft, publishedCount, seed, supremeCourt } from '../../e2e/fixtures'

// Against a real PostgreSQL, in a database made for this file, with the tests' site published to it and
// one story of its own scheduled for noon on 2030-01-01.
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let store: Database
const noon = new Date('2030-01-01T12:00:00Z')
const production = (now = new Date('2029-06-01T00:00:00Z')): Moment => ({ environment: 'production', now })
const slugOf = (path: string) => path.replace('/posts/', '')

beforeAll(async () => {
  database = await throwawayDatabase()
  store = connect(database.url, 'news_preview')
  await migrate(store)
  const articles = await articlesFromContentBuild('preview')
  const template = articles.find((article) => article.slug === slugOf(seed.path))
  if (!template) throw new Error('the tests’ site has no seed article')
  const scheduled: StoredArticle = {
    ...template,
    slug: 'scheduled-zephyr-story',
    title: 'A Scheduled Zephyr Story',
    tags: ['Squalls'],
    tagSlugs: ['squalls'],
    author: 'Ada Windward',
    authorSlugs: ['ada-windward'],
    date: noon.toISOString(),
    plainText: 'The zephyr warrant story goes live at noon.',
    contentHash: 'scheduled',
  }
  await publishArticles(store, [...articles, scheduled], 'test')
}, 60_000)

afterAll(async () => {
  await store.sql.end()
  await database.drop()
})

describe('reading the store', () => {
  it('reads an article with its body only when a reader of that moment may see it', async () => {
    const article = await readArticle(store, production(), slugOf(seed.path))
    expect(article?.title).toBe(seed.title)
    expect(article?.code.length).toBeGreaterThan(100)
    expect(await readArticle(store, production(), slugOf(draft.path))).toBeNull()
    expect(await readArticle(store, production(), 'scheduled-zephyr-story')).toBeNull()
    expect(await readArticle(store, production(noon), 'scheduled-zephyr-story')).not.toBeNull()
    expect(await readArticle(store, { environment: 'preview', now: new Date(0) }, slugOf(draft.path))).not.toBeNull()
  })

  it('keeps each article’s index fields, related list and history as JSON documents, as the content build wrote them', async () => {
    const article = await readArticle(store, production(), slugOf(supremeCourt.path))
    expect(article?.meta).toMatchObject({ slug: slugOf(supremeCourt.path), title: supremeCourt.title })
    expect(Array.isArray(article?.related)).toBe(true)
    const history = await readHistoryValue(store, slugOf(supremeCourt.path))
    expect(history).toMatchObject({ complete: expect.any(Boolean), versions: expect.any(Array) })
    expect(await readArticleParts(store, slugOf(seed.path))).toMatchObject({
      raw: expect.stringContaining('Dublin'),
      related: expect.any(Array),
    })
  })

  it('knows which sections have an article, a scheduled one too, and one only a draft has outside production', async () => {
    const other = connect(database.url, 'news_development')
    try {
      await migrate(other)
      const [template] = await articlesFromContentBuild('preview')
      if (!template) throw new Error('the tests’ site has no article')
      const like = articleLike(template)
      await publishArticles(
        other,
        [
          like('in-tech', { category: 'Tech', draft: false }),
          like('scheduled-in-policy', { category: 'Policy', draft: false, date: noon.toISOString() }),
          like('draft-in-science', { category: 'Science', draft: true }),
        ],
        'test',
      )
      const sections = ['Tech', 'Policy', 'Science', 'Business']
      expect((await readEventualCategories(other, 'production', sections)).sort()).toEqual(['Policy', 'Tech'])
      expect((await readEventualCategories(other, 'preview', sections)).sort()).toEqual(['Policy', 'Science', 'Tech'])
    } finally {
      await other.sql.end()
    }
  })

  it('lists a page of a list, newest first, with the list’s size', async () => {
    const first = await listArticles(store, production(), {}, 1, 3)
    expect(first.total).toBe(publishedCount)
    expect(first.items.map((a) => a.date.getTime())).toEqual(
      first.items.map((a) => a.date.getTime()).toSorted((a, b) => b - a),
    )
    const second = await listArticles(store, production(), {}, 2, 3)
    expect(second.items.map((a) => a.slug)).not.toContain(first.items[0]?.slug)
    expect(second.items).toHaveLength(2)
    const zune = await listArticles(store, production(), { tag: 'zune' }, 1, 10)
    expect(zune.items.map((a) => a.slug).sort()).toEqual([
      'microsoft-pulls-the-plug-on-zune',
      'microsoft-surface-studio-better-not-be-a-zune',
    ])
    const july2014 = await listArticles(
      store,
      production(),
      { from: new Date('2014-07-01T04:00:00Z'), until: new Date('2014-08-01T04:00:00Z') },
      1,
      10,
    )
    expect(july2014.items.map((a) => a.slug)).toEqual([slugOf(seed.path)])
  })

  it('searches on the server, best first, with the matched words marked in an excerpt', async () => {
    const {
      hits: [hit],
    } = await searchArticles(store, production(), 'Preska ruling')
    expect(hit?.slug).toBeDefined()
    const marked = hit?.excerpt.filter((part) => part.match).map((part) => part.text.toLowerCase())
    expect(marked).toContain('preska')
    const { hits: policy } = await searchArticles(store, production(), 'Microsoft', { filter: { category: 'Tech' } })
    expect(policy.every((h) => h.category === 'Tech')).toBe(true)
    const { hits: newest } = await searchArticles(store, production(), 'Microsoft', { newest: true })
    expect(newest.map((h) => h.date.getTime())).toEqual(newest.map((h) => h.date.getTime()).toSorted((a, b) => b - a))
  })

  it('finds a scheduled article from its minute, not from the next deploy', async () => {
    expect((await searchArticles(store, production(new Date(noon.getTime() - 60_000)), 'zephyr')).hits).toEqual([])
    expect((await searchArticles(store, production(noon), 'zephyr')).hits.map((h) => h.slug)).toEqual([
      'scheduled-zephyr-story',
    ])
  })

  it('answers a page at a time, with how many match in all', async () => {
    const { hits: all, total } = await searchArticles(store, production(), 'Microsoft')
    expect(total).toBe(publishedCount)
    expect(all).toHaveLength(publishedCount)
    const second = await searchArticles(store, production(), 'Microsoft', { limit: 2, offset: 2 })
    expect(second.total).toBe(publishedCount)
    expect(second.hits.map((h) => h.slug)).toEqual(all.slice(2, 4).map((h) => h.slug))
    expect(await searchArticles(store, production(), 'Microsoft', { limit: 2, offset: 100 })).toEqual({
      hits: [],
      total: publishedCount,
    })
  })

  it('ranks only so many matches by their whole text; the rest follow, headline matches first, then newest', async () => {
    const search = (options: { limit: number; offset?: number }) =>
      searchArticles(store, production(), 'Microsoft', { ranked: 1, ...options })
    const { hits, total } = await search({ limit: 10 })
    expect(total).toBe(publishedCount)
    // One ranked, then the order that chose it: the word in the headline, summary, topics or byline first.
    const inHead = (hit: (typeof hits)[number]) =>
      /microsoft/i.test([hit.title, hit.summary, ...hit.tags, hit.author].join(' '))
    const rest = hits.slice(1)
    expect(rest).toEqual(
      rest.toSorted((a, b) => Number(inHead(b)) - Number(inHead(a)) || b.date.getTime() - a.date.getTime()),
    )
    const [first] = hits
    expect(first && (inHead(first) || !rest.some(inHead))).toBe(true)
    // Page by page, every match once, in the same order, across the ranked and the rest.
    const paged = []
    for (let offset = 0; offset < total; offset += 2) paged.push(...(await search({ limit: 2, offset })).hits)
    expect(paged.map((hit) => hit.slug)).toEqual(hits.map((hit) => hit.slug))
    expect(new Set(paged.map((hit) => hit.slug)).size).toBe(publishedCount)
  })

  it('leaves out what a minus sign excludes, among the ranked matches and the rest alike', async () => {
    // Every story of the tests' site has Microsoft in its headline; two of them mention Zune.
    const all = await searchArticles(store, production(), 'Microsoft')
    const zune = (await searchArticles(store, production(), 'Zune')).hits.map((hit) => hit.slug)
    expect(zune.length).toBeGreaterThan(0)
    for (const ranked of [1, 100]) {
      const { hits, total } = await searchArticles(store, production(), 'Microsoft -Zune', { ranked })
      expect(total, `ranked ${ranked}`).toBe(all.total - zune.length)
      expect(hits.map((hit) => hit.slug).sort(), `ranked ${ranked}`).toEqual(
        all.hits
          .map((hit) => hit.slug)
          .filter((slug) => !zune.includes(slug))
          .sort(),
      )
    }
  })

  it('finds an article by a topic or a byline its text never mentions', async () => {
    for (const query of ['squalls', 'Windward']) {
      expect(
        (await searchArticles(store, production(noon), query)).hits.map((h) => h.slug),
        query,
      ).toEqual(['scheduled-zephyr-story'])
    }
  })

  it('takes any query a reader types, quotes, minus signs and stray symbols included', async () => {
    for (const query of ['"stored in Dublin"', 'Microsoft -Zune', 'or', '(((', "'; drop table articles; --", '']) {
      await expect(searchArticles(store, production(), query)).resolves.toMatchObject({ hits: expect.any(Array) })
    }
    expect((await listArticles(store, production(), {}, 1, 10)).total).toBe(publishedCount)
  })
})

describe('excerptParts', () => {
  it('splits a marked headline into plain and matched text, keeping markup-like text as text', () => {
    expect(excerptParts('a <b>\uE000Preska\uE001 ruled')).toEqual([
      { text: 'a <b>', match: false },
      { text: 'Preska', match: true },
      { text: ' ruled', match: false },
    ])
  })
})
