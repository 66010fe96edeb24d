import { table, type Database } from './database'
import type { ArticleColumns } from './publish'
import type { ContentEnvironment } from '../content/visibility'

/**
 * What pages will read from PostgreSQL: one article, one page of a list, and
 * search, each one query, bounded by the page size whatever the archive's
 * size. Visibility is decided here at the moment asked, as lib/content/posts.ts
 * decides it for files: production sees an article from its go-live time and
 * never a draft (a production schema holds none; the rule holds regardless).
 */
export type Moment = { environment: ContentEnvironment; now: Date }

export type ArticleRow = ArticleColumns<Date> & { meta: unknown }

/** A list's articles: a tag by its URL slug, a section by its name, a stretch of time (from inclusive). */
export type ListFilter = { tag?: string; category?: string; from?: Date; until?: Date }

const visible = ({ sql }: Database, { environment, now }: Moment) =>
  environment === 'production' ? sql`not draft and date <= ${now}` : sql`true`

function filtered(db: Database, moment: Moment, filter: ListFilter) {
  const { sql } = db
  return sql`${visible(db, moment)}
    ${filter.tag === undefined ? sql`` : sql`and ${filter.tag} = any(tag_slugs)`}
    ${filter.category === undefined ? sql`` : sql`and category = ${filter.category}`}
    ${filter.from === undefined ? sql`` : sql`and date >= ${filter.from}`}
    ${filter.until === undefined ? sql`` : sql`and date < ${filter.until}`}`
}

/** The article with this slug and its body, if a reader of `moment` may see it. */
export async function readArticle(
  db: Database,
  moment: Moment,
  slug: string,
): Promise<(ArticleRow & { code: string; raw: string; related: unknown; history: unknown }) | null> {
  const { sql } = db
  const [row] = await sql<(ArticleRow & { code: string; raw: string; related: unknown; history: unknown })[]>`
    select slug, date, draft, title, summary, category, author, tags, meta, code, raw, related, history
    from ${table(db, 'articles')} where slug = ${slug} and ${visible(db, moment)}`
  return row ?? null
}

/** Page `page` (1-based) of the articles a list shows, newest first, and how many the list has. */
export async function listArticles(
  db: Database,
  moment: Moment,
  filter: ListFilter,
  page: number,
  perPage: number,
): Promise<{ items: ArticleRow[]; total: number }> {
  const { sql } = db
  const [items, [count]] = await Promise.all([
    sql<ArticleRow[]>`
      select slug, date, draft, title, summary, category, author, tags, meta from ${table(db, 'articles')}
      where ${filtered(db, moment, filter)} order by date desc, slug limit ${perPage} offset ${(page - 1) * perPage}`,
    sql<{ total: number }[]>`
      select count(*)::int as total from ${table(db, 'articles')} where ${filtered(db, moment, filter)}`,
  ])
  return { items, total: count?.total ?? 0 }
}

/** A stretch of an excerpt, and whether it is one of the words searched for. */
export type ExcerptPart = { text: string; match: boolean }
export type SearchHit = ArticleRow & { excerpt: ExcerptPart[] }

// ts_headline marks matches with these (private-use characters no article contains), so the excerpt
// reaches the page as text to escape, never as markup built from an article's words.
const START = '\uE000'
const STOP = '\uE001'

export function excerptParts(headline: string): ExcerptPart[] {
  return headline
    .split(START)
    .flatMap((piece, i) => {
      if (i === 0) return [{ text: piece, match: false }]
      const [matched = '', rest = ''] = piece.split(STOP)
      return [
        { text: matched, match: true },
        { text: rest, match: false },
      ]
    })
    .filter((part) => part.text !== '')
}

/**
 * How many of a query's matches are ranked by their whole text. Ranking reads each one's text (about
 * 6 KB an article, kept compressed out of line), so a word in most of the archive cannot rank them all
 * in time; these are the ten pages a reader reads, and the rest follow unranked (searchArticles).
 */
export const RANKED = 100

/**
 * The start of every search: `q`, the reader's query, and `matches`, the articles a reader of `moment`
 * may see that match it, each with whether its headline, summary, topics or byline do (`in_head`).
 * The match is answered from the GIN index alone (no article's text is read), which the planner does
 * not know to prefer (it does not price reading compressed text), so a search runs in a transaction
 * that takes other ways of reading the table off its list (see searchArticles).
 */
function matching(db: Database, moment: Moment, query: string, filter: ListFilter) {
  const { sql } = db
  return sql`q as (select websearch_to_tsquery('english', ${query}) as q),
    hits as materialized (
      select slug, date, draft, category, tag_slugs, head_search @@ q as in_head
      from ${table(db, 'articles')}, q where search @@ q
    ),
    matches as (select slug, date, in_head from hits where ${filtered(db, moment, filter)})`
}

/**
 * Articles matching a reader's query (web-search syntax: words, "a phrase",
 * -word, or), best first or newest first, with an excerpt around the matches,
 * one page at a time, and how many match in all. Answered on the server, so
 * a shared link has its results in the HTML.
 *
 * Best first: the first `ranked` matches, those whose headline, summary,
 * topics or byline match first and then the newest, are ordered by
 * `ts_rank_cd` over their whole text; any further matches follow in that same
 * order. A query with fewer matches (most queries) is ranked whole; one word
 * in every article costs what `ranked` articles cost, not the archive.
 */
export async function searchArticles(
  db: Database,
  moment: Moment,
  query: string,
  {
    filter = {},
    newest = false,
    limit = 20,
    offset = 0,
    ranked = RANKED,
  }: { filter?: ListFilter; newest?: boolean; limit?: number; offset?: number; ranked?: number } = {},
): Promise<{ hits: SearchHit[]; total: number }> {
  const options = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "`
  const rankedCount = newest ? 0 : ranked
  const rows = await db.sql.begin(async (sql) => {
    // For this transaction only: the GIN index is the one way left to match (matching() says why).
    await sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`
    // Fragments are made with the pool's `sql` and sent within the transaction's.
    const order = newest ? db.sql`date desc, slug` : db.sql`in_head desc, date desc, slug`
    // The page is chosen first and only its rows get an excerpt: ts_headline reads the whole text too.
    return sql<(ArticleRow & { headline: string; total: number })[]>`
      with ${matching(db, moment, query, filter)},
      total as (select count(*)::int as n from matches),
      candidates as (
        select slug, row_number() over (order by ${order}) as nearness
        from (select * from matches order by ${order} limit ${rankedCount}) first
      ),
      ordered as (
        select slug, row_number() over (order by ts_rank_cd(a.search, q) desc, nearness) as position
        from candidates join ${table(db, 'articles')} a using (slug), q
        union all
        select slug, ${rankedCount} + row_number() over (order by ${order}) as position
        from (select * from matches order by ${order} offset ${rankedCount}
              limit ${Math.max(0, offset + limit - rankedCount)}) rest
      ),
      page as (select slug, position from ordered where position > ${offset} order by position limit ${limit})
      select a.slug, a.date, a.draft, a.title, a.summary, a.category, a.author, a.tags, a.meta, total.n as total,
             ts_headline('english', a.plain_text, q, ${options}) as headline
      from page join ${table(db, 'articles')} a using (slug), q, total
      order by page.position`
  })
  return {
    hits: rows.map(({ slug, date, draft, title, summary, category, author, tags, meta, headline }) => ({
      ...{ slug, date, draft, title, summary, category, author, tags, meta },
      excerpt: excerptParts(headline),
    })),
    // A page past the last has no rows to carry the count.
    total: rows[0]?.total ?? (offset > 0 ? await countMatches(db, moment, query, filter) : 0),
  }
}

async function countMatches(db: Database, moment: Moment, query: string, filter: ListFilter): Promise<number> {
  const [row] = await db.sql<{ total: number }[]>`
    with ${matching(db, moment, query, filter)} select count(*)::int as total from matches`
  return row?.total ?? 0
}

/**
 * What an article's page reads of it besides its index entry, in one query: its compiled body and
 * source, and its ranked related list as the content build wrote it; whatever its visibility (the
 * page asking has decided that already), or null when the store has no such article.
 */
export async function readArticleParts(
  db: Database,
  slug: string,
): Promise<{ code: string; raw: string; related: unknown } | null> {
  const [row] = await db.sql<{ code: string; raw: string; related: unknown }[]>`
    select code, raw, related from ${table(db, 'articles')} where slug = ${slug}`
  return row ?? null
}

/** An article's history as the content build wrote it (lib/history/build.ts), or null. */
export async function readHistoryValue(db: Database, slug: string): Promise<unknown> {
  const [row] = await db.sql<{ history: unknown }[]>`
    select history from ${table(db, 'articles')} where slug = ${slug}`
  return row?.history ?? null
}

/**
 * Every article's index entry (the `meta` column), newest first: what lists,
 * feeds and sitemaps are made from (lib/content/posts.ts), read again only
 * after a publish (`latestPublish`).
 */
export async function readIndex(db: Database): Promise<unknown[]> {
  // `where ${true}`: see lib/store/database.ts on queries with nothing to bind.
  const rows = await db.sql<{ meta: unknown }[]>`
    select meta from ${table(db, 'articles')} where ${true} order by date desc, slug`
  return rows.map((row) => row.meta)
}

/** The last publish to this schema, or null before the first: when it changes, what the site shows may have. */
export async function latestPublish(db: Database): Promise<string | null> {
  const [row] = await db.sql<{ id: string | null }[]>`
    select max(id)::text as id from ${table(db, 'publishes')} where ${true}`
  return row?.id ?? null
}
