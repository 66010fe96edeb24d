// npm run bench:related-publish
// The related step of a one-article publish at archive scale, without building a site: 100,000 synthetic
// articles (BENCH_RELATED_SIZE) written straight into a database of their own, each row with its kept terms,
// its ranked list, the archive's term frequencies and the champion lists, as a publish that ranked every list
// leaves them; then
// the bench:archive edit (one sentence added to the first article) staged, and the lists its change can
// affect ranked by what a publish runs (lib/store/related-reach.ts rankChange), three times
// (BENCH_RELATED_ROUNDS). Prints each time and the median. About 8 minutes at 100,000, most of it writing the
// rows; BENCH_KEEP_DATABASE=1 keeps the database, and a second run with it set times again without writing.
import postgres from 'postgres'
import { buildRelatedMap } from '../lib/related/rank'
import type { RelatedSource } from '../lib/related/types'
import { relatedTerms } from '../lib/related/kept-terms'
import { siteConfig } from '../lib/site'
import { connect, migrate, table } from '../lib/store/database'
import { termsVersion, vacuum } from '../lib/store/pipeline'
import { writeArticles, type StoredArticle } from '../lib/store/publish'
import {
  frequencyChange,
  rankChange,
  writeChampions,
  writeFrequencies,
  type Archive,
  type ReachAccount,
} from '../lib/store/related-reach'
import { serverUrl } from '../lib/store/test-database'
import { slugify } from '../lib/urls'
import { percentile } from './bench-lib'
import { syntheticArticles, type SyntheticArticle } from './synthetic-archive'

const size = Number(process.env.BENCH_RELATED_SIZE ?? 100000)
const rounds = Number(process.env.BENCH_RELATED_ROUNDS ?? 3)
const keep = process.env.BENCH_KEEP_DATABASE === '1'
const name = `news_ledge_bench_related_${size}`
const log = (message: string) => console.error(`[bench:related-publish] ${message}`)
const options = siteConfig.related
const terms = termsVersion(process.cwd())

/** A row as a publish writes it (as wide: the ranking's reads pass over the columns it does not read). */
function stored(article: SyntheticArticle, body: string, related: unknown[]): StoredArticle {
  return {
    ...{ slug: article.slug, date: article.date, draft: false, title: article.title, summary: article.summary },
    ...{ category: article.category, author: 'News Ledge Staff', tags: [...article.tags] },
    ...{ tagSlugs: article.tags.map(slugify), tagNames: [...article.tags], authorSlugs: ['news-ledge-staff'] },
    ...{ changedAt: article.date, corrected: false },
    meta: { ...article, body: undefined, image: `/images/${article.slug}.jpg`, imageAlt: article.title },
    ...{ raw: body, code: `${body}\n${body}`, plainText: body },
    related,
    history: { versions: [{ date: article.date, text: article.summary.repeat(8) }] },
    contentHash: `${article.slug}:${body.length}`,
    made: {
      ...{ sourceHash: article.slug, storeVersion: 'bench', inlineRelated: [], pictures: [] },
      relatedTerms: {
        line: relatedTerms({ title: article.title, summary: article.summary, body }, options),
        version: terms,
      },
    },
  }
}

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
const url = new URL(serverUrl)
url.pathname = `/${name}`
const [exists] = await admin<{ found: boolean }[]>`
  select exists (select 1 from pg_database where datname = ${name}) as found`

/**
 * The archive's rows written (unless kept from an earlier run), and its first article, the one edited. The
 * rest are not kept: the ranking is timed with the memory a publish has, not 100,000 articles beside it.
 */
async function fillArchive(): Promise<SyntheticArticle> {
  const articles = syntheticArticles(size)
  const sourcesOf = (): RelatedSource[] =>
    articles.map((article) => ({
      ...article,
      terms: relatedTerms({ title: article.title, summary: article.summary, body: article.body }, options),
    }))
  if (keep && exists?.found) {
    // A database kept by an earlier version of this bench: its new tables, and the champion lists it lacks.
    const writer = connect(url.toString(), 'production')
    await migrate(writer)
    const [epoch] = await writer.sql<{ found: boolean }[]>`
      select exists (select 1 from ${table(writer, 'related_epoch')}) as found`
    if (!epoch?.found) {
      log('writing the champion lists')
      const sources = sourcesOf()
      await writer.sql.begin((tx) => writeChampions(tx, writer, sources, options))
    }
    await writer.sql.end()
  } else {
    await admin`drop database if exists ${admin(name)} with (force)`
    await admin`create database ${admin(name)}`
    const writer = connect(url.toString(), 'production')
    await migrate(writer)
    const sources = sourcesOf()
    log(`ranking every list of ${size} articles`)
    const lists = buildRelatedMap(sources, options)
    log('writing the rows')
    for (let i = 0; i < articles.length; i += 10_000) {
      const chunk = articles.slice(i, i + 10_000)
      await writer.sql.begin((tx) =>
        writeArticles(
          tx,
          table(writer, 'articles'),
          chunk.map((article) => stored(article, article.body, lists[article.slug] ?? [])),
        ),
      )
    }
    await writer.sql.begin(async (tx) => {
      await writeFrequencies(tx, writer, { every: sources, options })
      await writeChampions(tx, writer, sources, options)
    })
    // As a publish that rewrote every row leaves the table (lib/store/pipeline.ts).
    await vacuum(writer)
    await writer.sql`analyze ${table(writer, 'related_frequencies')}`
    await writer.sql.end()
  }
  const edited = articles[0]
  if (!edited) throw new Error('no articles')
  return edited
}

try {
  const edited = await fillArchive()
  const reader = connect(url.toString(), 'production', { max: 4 })
  const [current] = await reader.sql<{ related: unknown[] }[]>`
    select related from ${table(reader, 'articles')} where slug = ${edited.slug}`
  await reader.sql`delete from ${table(reader, 'staged_articles')} where ${true}`
  await reader.sql.begin((tx) =>
    writeArticles(tx, table(reader, 'staged_articles'), [
      stored(edited, `${edited.body}\nThis sentence was added after the first build.\n`, current?.related ?? []),
    ]),
  )
  const archive: Archive = { db: reader, staged: true, gone: [], terms, options }
  const seconds: number[] = []
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    const account: ReachAccount = { rows: 0, championed: 0, wholeTerms: 0 }
    const lists = await rankChange(archive, new Set([edited.slug]), await frequencyChange(archive), [], account)
    seconds.push((performance.now() - started) / 1000)
    log(
      `round ${round + 1}: ${Object.keys(lists).length} lists ranked in ${seconds.at(-1)?.toFixed(2)} s, ` +
        `${account.rows} articles read, common terms from their champion lists: ${account.championed}, ` +
        `from every article that uses them: ${account.wholeTerms}`,
    )
  }
  await reader.sql`delete from ${table(reader, 'staged_articles')} where ${true}`
  await reader.sql.end()
  console.log(
    `related lists of one edited article at ${size.toLocaleString('en-US')} articles: ` +
      `${seconds.map((s) => s.toFixed(2)).join(', ')} s (median ${percentile(seconds, 50).toFixed(2)} s)`,
  )
} finally {
  if (keep) log(`kept the database ${url.toString()}`)
  else await admin`drop database if exists ${admin(name)} with (force)`
  await admin.end()
}
