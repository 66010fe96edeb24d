import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, migrate, migrations, table, type Database } from './database'
import { articlesFromContentBuild } from './from-content-build'
import { lastPublishedCommit, publishArticles, type StoredArticle } from './publish'
import { contentSchema } from './schema'
import { throwawayDatabase } from './test-database'
import { draft, seed } from '../../e2e/fixtures'

// Against a real PostgreSQL (.ci/run starts one), in a database made for this
// file, with the content build of the tests' site (vitest.config.ts).
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let production: Database
let preview: Database
let articles: StoredArticle[]
const slugOf = (path: string) => path.replace('/posts/', '')

beforeAll(async () => {
  database = await throwawayDatabase()
  production = connect(database.url, contentSchema('production'))
  preview = connect(database.url, contentSchema('preview'))
  articles = await articlesFromContentBuild('production')
}, 60_000)

afterAll(async () => {
  await Promise.all([production.sql.end(), preview.sql.end()])
  await database.drop()
})

const rows = async (db: Database) =>
  (await db.sql<{ slug: string; title: string }[]>`select slug, title from ${table(db, 'articles')} order by slug`).map(
    (r) => [r.slug, r.title],
  )

describe('publishing the content build to PostgreSQL', () => {
  it('creates the schema once, recording each migration', async () => {
    expect(await migrate(production)).toEqual(migrations().map((migration) => migration.name))
    expect(await migrate(production)).toEqual([])
  })

  it('writes every published article of production, never a draft, and rewrites nothing unchanged', async () => {
    await migrate(production)
    const first = await publishArticles(production, articles, 'commit-1')
    expect(first.written).toBe(articles.length)
    const slugs = (await rows(production)).map(([slug]) => slug)
    expect(slugs).toContain(slugOf(seed.path))
    expect(slugs).not.toContain(slugOf(draft.path))
    expect(await publishArticles(production, articles, 'commit-2')).toEqual({
      written: 0,
      removed: 0,
      unchanged: articles.length,
    })
    expect(await lastPublishedCommit(production)).toBe('commit-2')
  })

  it('writes only the article that changed, and removes one that left the content', async () => {
    await migrate(production)
    await publishArticles(production, articles, 'base')
    const [first, ...others] = articles
    if (!first) throw new Error('the tests’ site has no articles')
    const edited = { ...first, title: 'A headline changed in the newsroom', contentHash: `${first.contentHash}-edited` }
    const result = await publishArticles(production, [edited, ...others.slice(1)], 'edit')
    expect(result).toEqual({ written: 1, removed: 1, unchanged: others.length - 1 })
    expect(await rows(production)).toContainEqual([first.slug, 'A headline changed in the newsroom'])
    await publishArticles(production, articles, 'restore')
  })

  it('leaves the previous version live when a publish fails part way', async () => {
    await migrate(production)
    await publishArticles(production, articles, 'good')
    const before = await rows(production)
    const [first, second, ...rest] = articles
    if (!first || !second) throw new Error('the tests’ site has too few articles')
    const broken = [
      { ...first, title: 'Written before the failure', contentHash: 'changed' },
      // PostgreSQL refuses a NUL in text: the server fails the second write, after the first.
      { ...second, raw: 'A body with a \u0000 in it', contentHash: 'broken' },
      ...rest,
    ]
    await expect(publishArticles(production, broken, 'bad')).rejects.toThrow(/0x00|invalid byte/i)
    expect(await rows(production)).toEqual(before)
    expect(await lastPublishedCommit(production)).toBe('good')
  })

  it('keeps a preview’s rows, drafts included, where production never reads', async () => {
    await Promise.all([migrate(production), migrate(preview)])
    await publishArticles(production, articles, 'production')
    await publishArticles(preview, await articlesFromContentBuild('preview'), 'preview')
    expect((await rows(preview)).map(([slug]) => slug)).toContain(slugOf(draft.path))
    expect((await rows(production)).map(([slug]) => slug)).not.toContain(slugOf(draft.path))
  })

  it('finds articles by their words in search_rows, which follows every write, change and removal', async () => {
    await migrate(production)
    await publishArticles(production, articles, 'search')
    const found = async (words: string) =>
      (
        await production.sql<{ slug: string }[]>`
          select slug from ${table(production, 'search_rows')}, websearch_to_tsquery('english', ${words}) query
          where search @@ query order by ts_rank(search, query) desc, slug`
      )
        .map((row) => row.slug)
        .sort()
    expect(await found('zune players')).toEqual([
      'microsoft-pulls-the-plug-on-zune',
      'microsoft-surface-studio-better-not-be-a-zune',
    ])
    const zune = articles.find((article) => article.slug === 'microsoft-pulls-the-plug-on-zune')
    if (!zune) throw new Error('the tests’ site has no Zune story')
    const others = articles.filter((article) => article !== zune)
    // A changed text is found by its new words, and still after its related list is rewritten alone.
    expect(await found('quokkas')).toEqual([])
    const edited = { ...zune, plainText: 'Quokkas took over the newsroom.', contentHash: 'quokkas' }
    await publishArticles(production, [edited, ...others], 'edit')
    expect(await found('quokkas')).toEqual([zune.slug])
    await production.sql`update ${table(production, 'articles')} set related = '[]' where slug = ${zune.slug}`
    expect(await found('quokkas')).toEqual([zune.slug])
    // A removed article is found no more.
    await publishArticles(production, others, 'remove')
    expect(await found('quokkas')).toEqual([])
    const [{ count } = { count: -1 }] = await production.sql<{ count: number }[]>`
      select count(*)::int as count from ${table(production, 'search_rows')} where ${true}`
    expect(count).toBe(others.length)
    await publishArticles(production, articles, 'restore')
  })
})
