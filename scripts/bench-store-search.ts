// npm run bench:store-search
// The store's search query alone, at archive scale, without building a site: 10,000 synthetic articles
// (BENCH_STORE_SIZE) written straight into a database of their own, rows as wide as a publish writes, then
// the 200 queries bench:store sends (two words of a headline, or one), each timed from the client. Prints
// p50 / p95 ms and how many articles the queries match. `npm run bench:store` measures the whole page on a
// built site.
import postgres from 'postgres'
import { connect, migrate } from '../lib/store/database'
import { vacuum } from '../lib/store/pipeline'
import { publishArticles, type StoredArticle } from '../lib/store/publish'
import { searchArticles } from '../lib/store/read'
import { serverUrl } from '../lib/store/test-database'
import { slugify } from '../lib/urls'
import { percentile } from './bench-lib'
import { headlineQueries, syntheticArticles } from './synthetic-archive'

const size = Number(process.env.BENCH_STORE_SIZE ?? 10000)
const requests = 200
const name = 'news_ledge_bench_store_search'
const log = (message: string) => console.error(`[bench:store-search] ${message}`)

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
await admin`drop database if exists ${admin(name)} with (force)`
await admin`create database ${admin(name)}`
const url = new URL(serverUrl)
url.pathname = `/${name}`
try {
  const articles = syntheticArticles(size)
  const writer = connect(url.toString(), 'production')
  await migrate(writer)
  log(`writing ${size} articles`)
  const rows: StoredArticle[] = articles.map((article) => ({
    ...{ slug: article.slug, date: article.date, draft: false, title: article.title, summary: article.summary },
    ...{ category: article.category, author: 'News Ledge Staff', tags: [...article.tags] },
    ...{ tagSlugs: article.tags.map(slugify), tagNames: [...article.tags], authorSlugs: ['news-ledge-staff'] },
    ...{ changedAt: article.date, corrected: false },
    // As wide as a publish writes a row (the tests' site's rows: an index entry of about 1 KB, five related
    // links, a history, the compiled body): the columns a search does not read still make the rows it visits.
    meta: { ...article, body: undefined, image: `/images/${article.slug}.jpg`, imageAlt: article.title },
    ...{ raw: article.body, code: `${article.body}\n${article.body}`, plainText: article.body },
    related: articles.slice(0, 5).map((other) => ({ slug: other.slug, title: other.title, summary: other.summary })),
    history: { versions: [{ date: article.date, text: article.summary.repeat(8) }] },
    contentHash: article.slug,
  }))
  await publishArticles(writer, rows, null)
  // As a publish that wrote every row leaves the tables: vacuumed and analyzed (the planner then knows how many
  // rows a common word matches, and plans the search accordingly).
  await vacuum(writer)
  await writer.sql.end()

  // A new pool, as a server started after the publish has: database settings apply to new connections.
  const db = connect(url.toString(), 'production')
  const queries = headlineQueries(articles, requests)
  const moment = { environment: 'production' as const, now: new Date() }
  for (const query of queries.slice(0, 10)) await searchArticles(db, moment, query, { limit: 10 })
  const ms: number[] = []
  const matches: number[] = []
  for (const query of queries) {
    const start = performance.now()
    const { total } = await searchArticles(db, moment, query, { limit: 10 })
    ms.push(performance.now() - start)
    matches.push(total)
  }
  await db.sql.end()
  console.log(
    `search query at ${size} articles: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms; ` +
      `articles matched p50 ${percentile(matches, 50)}, p95 ${percentile(matches, 95)}`,
  )
  const slowest = queries
    .map((query, i) => ({ query, ms: ms[i] ?? 0, matched: matches[i] ?? 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
  for (const { query, ms: took, matched } of slowest)
    console.log(`  ${took.toFixed(1)} ms, ${matched} matched: ${query}`)
} finally {
  // BENCH_KEEP_DATABASE=1 leaves it for EXPLAIN (schema production).
  if (process.env.BENCH_KEEP_DATABASE === '1') log(`kept the database ${url.toString()}`)
  else await admin`drop database if exists ${admin(name)} with (force)`
  await admin.end()
}
