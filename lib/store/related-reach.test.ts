import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syntheticArticles, type SyntheticArticle } from '../../scripts/synthetic-archive'
import { relatedTerms } from '../related/kept-terms'
import { championLists, documentFrequencies } from '../related/vectors'
import { buildRelatedMap } from '../related/rank'
import type { RelatedOptions, RelatedSource } from '../related/types'
import { siteConfig } from '../site'
import { slugify } from '../urls'
import { connect, migrate, table, type Database } from './database'
import { writeArticles, type StoredArticle } from './publish'
import {
  championsDue,
  frequencyChange,
  keepRecent,
  rankChange,
  unsureTerms,
  writeChampions,
  writeFrequencies,
  type Archive,
  type ReachAccount,
} from './related-reach'
import { moveStaged } from './pipeline'
import { throwawayDatabase } from './test-database'

// Against a real PostgreSQL, in a database made for this file: a synthetic archive (news-like, its vocabulary
// Zipf-like, so many terms are common) stored as a publish that ranked every list leaves it, with lists that look
// at five articles a term (so terms used by more than twenty have champion lists), then publishes of a few rows,
// each of whose lists is held to ranking every stored row.
const options: RelatedOptions = {
  ...siteConfig.related,
  maxPostingsPerTerm: 5,
  queryTermsPerArticle: 10,
  rerankCandidates: 12,
}
const VERSION = 'terms-test'
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let db: Database
let corpus: SyntheticArticle[]

const source = (article: SyntheticArticle, body = article.body): RelatedSource => ({
  ...article,
  title: '',
  summary: '',
  body: '',
  terms: relatedTerms({ title: article.title, summary: article.summary, body }, options),
})

function stored(article: SyntheticArticle, body = article.body): StoredArticle {
  return {
    ...{ slug: article.slug, date: article.date, draft: article.draft, title: article.title },
    ...{ summary: article.summary, category: article.category, author: 'News Ledge Staff', tags: [...article.tags] },
    ...{ tagSlugs: article.tags.map(slugify), tagNames: [...article.tags], authorSlugs: ['news-ledge-staff'] },
    ...{ changedAt: article.date, corrected: false, meta: { related: [] }, raw: body, code: body, plainText: body },
    ...{ related: [], history: null, contentHash: `${article.slug}:${body.length}` },
    made: {
      ...{ sourceHash: article.slug, storeVersion: 'test', inlineRelated: [], pictures: [] },
      relatedTerms: { line: source(article, body).terms ?? '', version: VERSION },
    },
  }
}

/** Every stored row as the ranking reads it (from the terms each keeps). */
async function storedSources(): Promise<RelatedSource[]> {
  const rows = await db.sql<
    { slug: string; terms: string; category: string; tags: string[]; date: Date; draft: boolean }[]
  >`select slug, related_terms as terms, category, tags, date, draft from ${table(db, 'articles')}`
  return rows.map((row) => ({
    ...{ slug: row.slug, title: '', summary: '', body: '', terms: row.terms, category: row.category },
    ...{ tags: row.tags, date: row.date.toISOString(), draft: row.draft, related: [], inlineRelated: [] },
  }))
}

/**
 * A publish of `written` and of `gone`'s removal, as lib/store/pipeline.ts makes one: the rows staged, the lists
 * their change can affect ranked (and held to ranking every row as the publish leaves them), then moved in.
 */
async function publish(written: StoredArticle[], gone: string[] = []) {
  const staged = table(db, 'staged_articles')
  await db.sql.begin((tx) => writeArticles(tx, staged, written))
  const archive: Archive = { db, staged: true, gone, terms: VERSION, options }
  const change = await frequencyChange(archive)
  const account: ReachAccount = { rows: 0, championed: 0, wholeTerms: 0 }
  const lists = await rankChange(archive, new Set(written.map((row) => row.slug)), change, [], account)

  const writtenSlugs = new Set(written.map((row) => row.slug))
  const after = [
    ...(await storedSources()).filter((row) => !gone.includes(row.slug) && !writtenSlugs.has(row.slug)),
    ...written.map((row) => {
      const article = corpus.find((candidate) => candidate.slug === row.slug)
      if (!article) throw new Error(`no article ${row.slug}`)
      return source({ ...article, draft: row.draft }, row.raw)
    }),
  ]
  const everyRow = buildRelatedMap(after, options, new Set(Object.keys(lists)))

  const articles = table(db, 'articles')
  await db.sql.begin(async (tx) => {
    await keepRecent(tx, db)
    await moveStaged(tx, db)
    await tx`delete from ${articles} where slug = any(${gone})`
    await writeFrequencies(tx, db, { change })
  })
  return { lists, everyRow, account }
}

const edited = (article: SyntheticArticle, sentence: string) => stored(article, `${article.body}\n${sentence}\n`)

beforeAll(async () => {
  database = await throwawayDatabase()
  db = connect(database.url, 'production')
  await migrate(db)
  corpus = syntheticArticles(700, 7)
  const archive = corpus.slice(0, 600)
  await db.sql.begin((tx) =>
    writeArticles(
      tx,
      table(db, 'articles'),
      archive.map((article) => stored(article)),
    ),
  )
  const sources = archive.map((article) => source(article))
  await db.sql.begin(async (tx) => {
    await writeFrequencies(tx, db, { every: sources, options })
    await writeChampions(tx, db, sources, options)
  })
}, 120_000)

afterAll(async () => {
  await db.sql.end()
  await database.drop()
})

describe('ranking a publish’s lists with champion lists', () => {
  it('reads a common term’s champions instead of every article that uses it, and ranks as every row does', async () => {
    const [listed] = await db.sql<{ count: number }[]>`
      select count(*)::int as count from ${table(db, 'related_champions')} where ${true}`
    expect(listed?.count).toBeGreaterThan(50)

    const [first, second] = corpus
    if (!first || !second) throw new Error('no corpus')
    expect(await championsDue(db, options)).toBe(false)
    const { lists, everyRow, account } = await publish([edited(first, 'A sentence added after the first build.')])
    expect(Object.keys(lists).length).toBeGreaterThan(1)
    expect(lists).toEqual(everyRow)
    expect(account.championed).toBeGreaterThan(0)
    expect(account.rows).toBeLessThan(300)

    // Articles added (new words and common ones), one edited again, one removed: each publish as every row ranks.
    for (const [step, written, gone] of [
      [1, corpus.slice(600, 640).map((article) => stored(article)), []],
      [2, [edited(second, 'Another sentence, with words the archive already uses: court ruling warrant.')], []],
      [3, corpus.slice(640, 660).map((article) => stored(article)), [corpus[5]?.slug ?? '', corpus[9]?.slug ?? '']],
    ] as const) {
      const result = await publish([...written], [...gone])
      expect({ step, lists: result.lists }).toEqual({ step, lists: result.everyRow })
    }

    // Sixty rows written since the lists were made, more than a list's champions name several times over: the
    // pipeline makes them again from every row (as here), and the next publish reads from the new ones.
    expect(await championsDue(db, options)).toBe(true)
    const every = await storedSources()
    await db.sql.begin((tx) => writeChampions(tx, db, every, options))
    expect(await championsDue(db, options)).toBe(false)
    const third = corpus[30]
    if (!third) throw new Error('no corpus')
    const after = await publish([edited(third, 'Written after the champion lists were made again.')])
    expect(after.lists).toEqual(after.everyRow)
    expect(after.account.championed).toBeGreaterThan(0)
  }, 120_000)

  it('reads every article that uses a term whose champions cannot be shown to hold its postings', async () => {
    const article = corpus[20]
    if (!article) throw new Error('no corpus')
    // Lists of one article each, with their true floors: most terms' postings cannot be shown held by them.
    const every = await storedSources()
    const champions = table(db, 'related_champions')
    await db.sql.begin(async (tx) => {
      await writeChampions(tx, db, every, options)
      await tx`delete from ${champions} where ${true}`
      for (const [term, list] of championLists(every, options, { from: 20, listed: 1 }))
        await tx`insert into ${champions} (term, slugs, floor) values (${term}, ${list.slugs}, ${list.floor})`
    })
    const short = await publish([edited(article, 'A first correction.')])
    expect(short.lists).toEqual(short.everyRow)
    expect(short.account.wholeTerms).toBeGreaterThan(short.account.championed)

    // No bound at all for the articles left out: every such term is read whole.
    await db.sql`update ${champions} set floor = null where ${true}`
    const unbounded = await publish([edited(article, 'A third correction.')])
    expect(unbounded.lists).toEqual(unbounded.everyRow)
    expect(unbounded.account.championed).toBe(0)
  }, 120_000)
})

describe('the check of a term’s champion list', () => {
  it('flags every term whose postings the listed articles do not hold, and passes most when they do', () => {
    // Ranking ten lists from the articles they list and from every article, against the same frequencies.
    const every = corpus.slice(0, 600).map((article) => source(article))
    const counts = documentFrequencies(every, options)
    const frequencies = { documents: every.length, of: (term: string) => counts.get(term) ?? 0 }
    const only = new Set(every.slice(0, 10).map((row) => row.slug))
    const full = new Map<string, { total: number; last: number }>()
    buildRelatedMap(every, options, only, frequencies, full)
    const cap = options.maxPostingsPerTerm
    const checked = [1, 10].map((listed) => {
      const champions = championLists(every, options, { from: 20, listed })
      const named = new Set([...only, ...[...champions.values()].flatMap((list) => list.slugs)])
      const looked = new Map<string, { total: number; last: number }>()
      buildRelatedMap(
        every.filter((row) => named.has(row.slug)),
        options,
        only,
        frequencies,
        looked,
      )
      const asked = new Map([...champions].filter(([term]) => looked.has(term)))
      const unsure = new Set(unsureTerms(asked, looked, frequencies, { rho: 1, drifted: [] }, cap))
      // A term whose postings from these articles are not those from every article is never passed.
      const missed = [...asked.keys()].filter((term) => {
        const seen = looked.get(term)
        const all = full.get(term)
        return !seen || !all || seen.last !== all.last || Math.min(seen.total, cap) !== Math.min(all.total, cap)
      })
      for (const term of missed)
        expect({ term, listed, unsure: unsure.has(term) }).toEqual({ term, listed, unsure: true })
      return { asked: asked.size, unsure: unsure.size, missed: missed.length }
    })
    const [one, ten] = checked
    expect(one?.missed).toBeGreaterThan(0)
    expect(ten?.asked).toBeGreaterThan(5)
    expect(ten?.unsure).toBeLessThan((ten?.asked ?? 0) / 2)
  })
})
