import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listPages } from '../content/list-pages'
import type { SiteSection } from '../content/sections'
import { connect, migrate, table, type Database } from './database'
import { articlesFromContentBuild } from './from-content-build'
import { publishArticles } from './publish'
import { storeListPages } from './site-files'
import { articleLike, throwawayDatabase } from './test-database'

// Against a real PostgreSQL, in a database made for this file: the lists the proxy reads, counted in the
// database, are those listPages makes of the same articles, whatever states, credits, notes and dates they have.
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let store: Database
const noon = Date.parse('2030-01-01T12:00:00Z')

beforeAll(async () => {
  database = await throwawayDatabase()
  store = connect(database.url, 'news_preview')
  await migrate(store)
  const articles = await articlesFromContentBuild('preview')
  const [template] = articles
  if (!template) throw new Error('the tests’ site has no article')
  const like = articleLike(template)
  const corrections = [
    { date: '2024-03-02', kind: 'correction', text: 'An earlier version gave the wrong date.' },
    { date: '2024-03-03', kind: 'update', text: 'The court ruled.' },
  ]
  await publishArticles(
    store,
    [
      ...articles,
      // Two scheduled stories: one sharing a tag with the archive, one whose tag and month no published one has.
      like('scheduled-zephyr-story', {
        date: new Date(noon).toISOString(),
        draft: false,
        tags: ['Squalls', 'Privacy'],
        tagNames: ['Squalls', 'Privacy'],
        tagSlugs: ['squalls', 'privacy'],
        authorSlugs: ['ada-windward', 'dana-whitfield'],
      }),
      like('scheduled-later-story', {
        date: new Date(noon + 3_600_000).toISOString(),
        draft: false,
        tagSlugs: ['squalls'],
        tagNames: ['Squalls'],
      }),
      // 03:00 on 1 March in UTC is still February in New York, the site's time zone.
      like('late-february-story', {
        date: '2024-03-01T03:00:00.000Z',
        draft: false,
        corrected: true,
        meta: { ...template.meta, corrections },
      }),
      // A draft with notes, in a category no section of the site has.
      like('draft-with-notes', {
        draft: true,
        category: 'Obituaries',
        corrected: true,
        meta: { ...template.meta, corrections },
        authorSlugs: ['ada-windward'],
      }),
    ],
    'test',
  )
}, 60_000)

afterAll(async () => {
  await store.sql.end()
  await database.drop()
})

/** listPages of every stored article, from its row as the files backend's articles would give it. */
async function fromRows(sections: readonly SiteSection[], authors: readonly string[], builtAt: number) {
  const rows = await store.sql<
    { slug: string; date: Date; draft: boolean; tags: string[]; authors: string[]; category: string; notes: number }[]
  >`
    select slug, date, draft, tag_names as tags, author_slugs as authors, category,
           case when corrected then coalesce(jsonb_array_length(meta->'corrections'), 0) else 0 end as notes
    from ${table(store, 'articles')} where ${true}`
  const posts = rows.map((row) => ({
    ...row,
    date: row.date.toISOString(),
    corrections: Array.from({ length: row.notes }),
    credits: [],
  }))
  return listPages(posts, sections, authors, builtAt)
}

describe('the lists the proxy reads, counted in the database', () => {
  it('are those listPages makes of the same articles, before and after a scheduled story’s time', async () => {
    const [category = ''] = (
      await store.sql<{ category: string }[]>`
      select category from ${table(store, 'articles')} where not draft group by category order by count(*) desc`
    ).map((row) => row.category)
    const sections: SiteSection[] = [
      { name: category, slug: 'the-main-section', description: '' },
      { name: 'A section no article is in', slug: 'empty', description: '' },
    ]
    // A profile with no article still has a page; a credited id with no profile has none.
    const authors = ['dana-whitfield', 'ada-windward', 'no-articles-yet']
    for (const builtAt of [Date.parse('2026-12-01T00:00:00Z'), noon, noon + 1, noon + 7_200_000]) {
      const counted = await storeListPages(store, sections, authors, builtAt)
      expect(counted).toEqual(await fromRows(sections, authors, builtAt))
      expect(counted['/authors/no-articles-yet']).toEqual({ live: 0 })
      expect(counted['/sections/empty']).toBeUndefined()
    }
    const before = await storeListPages(store, sections, authors, noon - 1)
    expect(before['/tags/squalls']).toEqual({ live: 0, scheduled: [noon, noon + 3_600_000] })
    expect(before['/archive/2024/02']?.live).toBeGreaterThanOrEqual(1)
    expect(before['/corrections']?.drafts).toBe(2)
    expect((await storeListPages(store, sections, authors, noon))['/tags/squalls']).toEqual({
      live: 1,
      scheduled: [noon + 3_600_000],
    })
  })
})

describe('list_rows, what lists read of each article (migration 0015)', () => {
  it('follows every write to the articles table: a publish, edits to what lists read and to what they do not, a removal', async () => {
    const other = connect(database.url, 'news_production')
    try {
      await migrate(other)
      const articles = table(other, 'articles')
      await publishArticles(other, await articlesFromContentBuild('production'), 'test')
      const fromArticles = () => other.sql`
        select slug, date, draft, changed_at, category, tags, tag_names, tag_slugs, author_slugs,
               case when corrected then coalesce(jsonb_array_length(meta->'corrections'), 0) else 0 end as notes, pictures
        from ${articles} order by slug`
      const listRows = () => other.sql`select * from ${table(other, 'list_rows')} order by slug`
      const before = await listRows()
      expect(before.length).toBeGreaterThan(1)
      expect(before).toEqual(await fromArticles())

      const [first, second, third] = before.map((row) => String(row.slug))
      if (!first || !second || !third) throw new Error('the tests’ site has fewer than three articles')
      const notes = [{ date: '2024-03-02', kind: 'correction', text: 'An earlier version gave the wrong date.' }]
      await other.sql`
        update ${articles} set corrected = true, meta = jsonb_set(meta, '{corrections}', ${JSON.stringify(notes)}::text::jsonb),
          tag_names = array_append(tag_names, 'Squalls'), tag_slugs = array_append(tag_slugs, 'squalls'),
          pictures = array_append(pictures, '/images/new-drawing.svg'), draft = true
        where slug = ${first}`
      // A second note alone: only the article's meta changes.
      await other.sql`
        update ${articles} set meta = jsonb_set(meta, '{corrections}', (meta->'corrections') || ${JSON.stringify(notes)}::text::jsonb)
        where slug = ${first}`
      await other.sql`update ${articles} set related = '[]'::jsonb, date = date - interval '1 day' where slug = ${second}`
      await other.sql`delete from ${articles} where slug = ${third}`
      const after = await listRows()
      expect(after).toEqual(await fromArticles())
      expect(after.find((row) => row.slug === first)).toMatchObject({ notes: 2, draft: true })
      expect(after.some((row) => row.slug === third)).toBe(false)
    } finally {
      await other.sql.end()
    }
  })
})

describe('note_rows, each note /corrections lists (migration 0018)', () => {
  it('follows every write to the articles table: notes added, one more note, a new time or state, notes taken away, a removal', async () => {
    const other = connect(database.url, 'news_development')
    try {
      await migrate(other)
      const articles = table(other, 'articles')
      await publishArticles(other, await articlesFromContentBuild('preview'), 'test')
      // What the pages read before the table: every note of every corrected article, from its meta.
      const fromArticles = () => other.sql`
        select a.slug, n.i::int as position, (n.note->>'date')::timestamptz as date, a.date as article_date, a.draft
        from ${articles} a cross join lateral jsonb_array_elements(a.meta->'corrections') with ordinality as n(note, i)
        where a.corrected order by a.slug, n.i`
      const noteRows = () =>
        other.sql`select slug, position, noted_at as date, date as article_date, draft from ${table(other, 'note_rows')} order by slug, position`
      expect(await noteRows()).toEqual(await fromArticles())

      const slugs = (await other.sql<{ slug: string }[]>`select slug from ${articles} order by slug`).map((r) => r.slug)
      const [first, second, third] = slugs
      if (!first || !second || !third) throw new Error('the tests’ site has fewer than three articles')
      const note = (date: string) => JSON.stringify([{ date, kind: 'correction', text: 'A fix.' }])
      await other.sql`
        update ${articles} set corrected = true, meta = jsonb_set(meta, '{corrections}', ${note('2024-03-02')}::text::jsonb)
        where slug = ${first}`
      // A second note alone: only the article's meta changes.
      await other.sql`
        update ${articles} set meta = jsonb_set(meta, '{corrections}', (meta->'corrections') || ${note('2024-03-04T10:00:00Z')}::text::jsonb)
        where slug = ${first}`
      await other.sql`
        update ${articles} set corrected = true, meta = jsonb_set(meta, '{corrections}', ${note('2025-01-01')}::text::jsonb)
        where slug = ${second}`
      // Rescheduled and made a draft: its notes follow it.
      await other.sql`update ${articles} set date = date + interval '1 year', draft = true where slug = ${second}`
      let rows = await noteRows()
      expect(rows).toEqual(await fromArticles())
      expect(rows.filter((row) => row.slug === first).map((row) => row.position)).toEqual([1, 2])
      expect(rows.find((row) => row.slug === second)).toMatchObject({ draft: true })

      // Its notes taken away, and an article removed.
      await other.sql`
        update ${articles} set corrected = false, meta = jsonb_set(meta, '{corrections}', '[]'::jsonb) where slug = ${first}`
      await other.sql`delete from ${articles} where slug = ${second}`
      await other.sql`update ${articles} set related = '[]'::jsonb where slug = ${third}`
      rows = await noteRows()
      expect(rows).toEqual(await fromArticles())
      expect(rows.some((row) => row.slug === first || row.slug === second)).toBe(false)
    } finally {
      await other.sql.end()
    }
  })
})
