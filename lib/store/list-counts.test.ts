import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, migrate, table, type Database } from './database'
import { articlesFromContentBuild } from './from-content-build'
import {
  countLists,
  listsTouched,
  parseListCounts,
  writeListCounts,
  type ListCounts,
  type TouchedLists,
} from './list-counts'
import { publishArticles, writeArticles, type StoredArticle } from './publish'
import type { Moment } from './read'
import { moveStaged } from './pipeline'
import { throwawayDatabase } from './test-database'
import { seed, supremeCourt, zune } from '../../e2e/fixtures'

// Against a real PostgreSQL, in a database made for this file: the tests' site published to a preview's schema
// (whose counts are kept for production's readers and for the preview's), then publishes of a few rows as the
// build's pipeline makes them (lib/store/pipeline.ts), each keeping counts made from the last publish's.
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let store: Database
let articles: StoredArticle[]
const slugOf = (path: string) => path.replace('/posts/', '')
const hour = 3_600_000
const start = new Date('2029-06-01T12:00:00Z')

beforeAll(async () => {
  database = await throwawayDatabase()
  store = connect(database.url, 'news_preview')
  await migrate(store)
  articles = await articlesFromContentBuild('preview')
}, 60_000)

afterAll(async () => {
  await store.sql.end()
  await database.drop()
})

const article = (slug: string, changes: Partial<StoredArticle>): StoredArticle => {
  const template = articles.find((candidate) => candidate.slug === slug)
  if (!template) throw new Error(`the tests’ site has no article ${slug}`)
  return { ...template, ...changes, contentHash: `${slug}:${JSON.stringify(changes)}` }
}

/** A publish as the pipeline makes one: rows staged, the lists they touch read, moved in, and the counts kept. */
async function publish(write: StoredArticle[], gone: string[], now: Date, version = 'counted-by-v1') {
  const staged = table(store, 'staged_articles')
  await store.sql.begin((tx) => writeArticles(tx, staged, write))
  const articlesTable = table(store, 'articles')
  let touched: TouchedLists = { tags: [], authors: [], sections: [], dates: [] }
  const id = await store.sql.begin(async (tx) => {
    touched = await listsTouched(tx, store, gone)
    await moveStaged(tx, store)
    await tx`delete from ${articlesTable} where slug = any(${gone})`
    const [row] = await tx<{ id: string }[]>`
      insert into ${table(store, 'publishes')} (git_commit, written, removed, unchanged)
      values (null, ${write.length}, ${gone.length}, 0) returning id::text as id`
    return row?.id ?? ''
  })
  return writeListCounts(store, { environment: 'preview', publish: id, now, version, touched })
}

/** The counts kept for a rule, as written (not as readListCounts gives them, which may count from the rows). */
async function kept(rule: 'published' | 'all'): Promise<ListCounts | undefined> {
  const [row] = await store.sql<{ value: unknown }[]>`
    select value from ${table(store, 'list_counts')} where rule = ${rule}`
  return parseListCounts(row?.value)
}

const moments = (now: Date): [rule: 'published' | 'all', moment: Moment][] => [
  ['published', { environment: 'production', now }],
  ['all', { environment: 'preview', now }],
]

describe('the lists’ counts a publish after another keeps', () => {
  it('count again only the lists its change touched, and equal counting every list from the rows', async () => {
    // The site, and a story scheduled an hour after the first count, in a tag and by an author of its own.
    const scheduled = article(slugOf(seed.path), {
      slug: 'scheduled-squall-story',
      date: new Date(start.getTime() + hour).toISOString(),
      tags: ['Squalls'],
      tagSlugs: ['squalls'],
      tagNames: ['Squalls'],
      authorSlugs: ['ada-windward'],
    })
    await publishArticles(store, [...articles, scheduled], null)
    const [first] = await store.sql<{ id: string }[]>`
      select max(id)::text as id from ${table(store, 'publishes')}`
    expect(
      await writeListCounts(store, {
        environment: 'preview',
        publish: first?.id ?? '',
        now: start,
        version: 'counted-by-v1',
      }),
    ).toEqual({ recounted: false })
    const before = await kept('published')

    // Two hours on (the scheduled story went live in between, in no list this publish touches): one article
    // moves section, tags and month, the one that spells a tag "Zune" leaves, and a new one credits a new author.
    const later = new Date(start.getTime() + 2 * hour)
    const moved = article(slugOf(supremeCourt.path), {
      category: 'Business',
      tags: ['Brand New Beat', 'Microsoft'],
      tagSlugs: ['brand-new-beat', 'microsoft'],
      tagNames: ['Brand New Beat', 'Microsoft'],
      date: '2011-02-03T10:00:00.000Z',
    })
    const added = article(slugOf(seed.path), {
      slug: 'a-new-voice',
      authorSlugs: ['grace-newcomer'],
      date: new Date(start.getTime() + 90 * 60_000).toISOString(),
    })
    expect(await publish([moved, added], [slugOf(zune.path)], later)).toEqual({ recounted: true })
    for (const [rule, moment] of moments(later)) expect(await kept(rule)).toEqual(await countLists(store, moment))

    const counts = await kept('published')
    const tag = (slug: string, counts?: ListCounts) => counts?.tags.find((entry) => entry.slug === slug)
    expect(tag('squalls', before)).toBeUndefined()
    expect(tag('squalls', counts)).toMatchObject({ name: 'Squalls', count: 1 })
    expect(tag('brand-new-beat', counts)).toMatchObject({ count: 1 })
    expect(counts?.authors.find((entry) => entry.slug === 'grace-newcomer')).toMatchObject({ count: 1 })
    expect(counts?.months.find((entry) => entry.year === 2011 && entry.month === 2)).toMatchObject({ count: 1 })

    // The same article back where it was, and the new one taken back to draft: a preview counts it, production not.
    const restored = article(slugOf(supremeCourt.path), {})
    const drafted = { ...added, draft: true, contentHash: 'drafted' }
    expect(await publish([restored, drafted], [], new Date(later.getTime() + hour))).toEqual({ recounted: true })
    for (const [rule, moment] of moments(new Date(later.getTime() + hour)))
      expect(await kept(rule)).toEqual(await countLists(store, moment))
    expect(tag('brand-new-beat', await kept('published'))).toBeUndefined()
  }, 60_000)

  it('count every list again when the code that counts is another, or the counts kept are not the last publish’s', async () => {
    const now = new Date(start.getTime() + 5 * hour)
    const edited = article(slugOf(seed.path), { tags: ['Dublin'], tagSlugs: ['dublin'], tagNames: ['Dublin'] })
    expect(await publish([edited], [], now, 'counted-by-v2')).toEqual({ recounted: false })
    for (const [rule, moment] of moments(now)) expect(await kept(rule)).toEqual(await countLists(store, moment))

    await store.sql`insert into ${table(store, 'publishes')} (git_commit, written, removed, unchanged)
                    values (null, 0, 0, 0)`
    const again = article(slugOf(seed.path), { tags: ['Ireland'], tagSlugs: ['ireland'], tagNames: ['Ireland'] })
    expect(await publish([again], [], now, 'counted-by-v2')).toEqual({ recounted: false })
    for (const [rule, moment] of moments(now)) expect(await kept(rule)).toEqual(await countLists(store, moment))
  }, 60_000)
})
