import { table, type Database } from './database'
import type { ArticleColumns } from './publish'
import type { ContentEnvironment } from '../content/visibility'
import { siteConfig } from '../site'

/**
 * What pages will read from PostgreSQL: one article, one page of a list, and
 * search, each one query, bounded by the page size whatever the archive's
 * size. Visibility is decided here at the moment asked, as lib/content/posts.ts
 * decides it for files: production sees an article from its go-live time and
 * never a draft (a production schema holds none; the rule holds regardless).
 */
export type Moment = { environment: ContentEnvironment; now: Date }

export type ArticleRow = ArticleColumns<Date> & { meta: unknown }

/**
 * A list's articles: a tag by its URL slug, an author by id (byline or credit), a section by its name, a year or one month of it in the
 * site's time zone, a stretch of time (from inclusive), those with a correction.
 */
export type ListFilter = {
  tag?: string
  author?: string
  category?: string
  year?: number
  month?: number
  from?: Date
  until?: Date
  corrected?: boolean
}

/** Who sees what: production an article from its go-live time and never a draft; a preview everything. */
export const visible = ({ sql }: Database, { environment, now }: Moment) =>
  environment === 'production' ? sql`not draft and date <= ${now}` : sql`true`

/** The first instant of a month (1–12; 13 is January of the next year) in the site's time zone. */
const monthStart = ({ sql }: Database, year: number, month: number) =>
  month > 12
    ? sql`make_timestamptz(${year + 1}::int, 1, 1, 0, 0, 0, ${siteConfig.timeZone})`
    : sql`make_timestamptz(${year}::int, ${month}::int, 1, 0, 0, 0, ${siteConfig.timeZone})`

/** The rows of a list, in `articles` (or search's rows) or in `list_rows` (migration 0015), which has the same columns but for notes. */
function filtered(db: Database, moment: Moment, filter: ListFilter, rows: 'articles' | 'list_rows' = 'articles') {
  const { sql } = db
  const { year, month } = filter
  return sql`${visible(db, moment)}
    ${
      filter.tag === undefined
        ? sql``
        : // list_rows finds a tag's rows by its tags' index (migration 0016); search, among its matches.
          rows === 'list_rows'
          ? sql`and tag_slugs @> array[${filter.tag}::text]`
          : sql`and ${filter.tag} = any(tag_slugs)`
    }
    ${filter.author === undefined ? sql`` : sql`and author_slugs @> array[${filter.author}::text]`}
    ${filter.category === undefined ? sql`` : sql`and category = ${filter.category}`}
    ${
      year === undefined
        ? sql``
        : sql`and date >= ${monthStart(db, year, month ?? 1)} and date < ${monthStart(db, year, month === undefined ? 13 : month + 1)}`
    }
    ${filter.from === undefined ? sql`` : sql`and date >= ${filter.from}`}
    ${filter.until === undefined ? sql`` : sql`and date < ${filter.until}`}
    ${filter.corrected ? (rows === 'list_rows' ? sql`and notes > 0` : sql`and corrected`) : sql``}`
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

/**
 * `limit` articles of a list from `offset`, newest first, or in exactly the reverse order (a sitemap file; a list's
 * later pages, read from its end), with no count: what a list page reads. The rows it passes over on the way to its
 * page are list_rows' (migration 0015; in the list's order by index, migration 0018), about 400 bytes an article,
 * and only the page's own are read from the articles' wide rows: a middle page of the home page's list at 100,000
 * articles passed over 50,000 wide rows before.
 */
export async function readListItems(
  db: Database,
  moment: Moment,
  filter: ListFilter,
  { offset, limit, oldestFirst = false }: { offset: number; limit: number; oldestFirst?: boolean },
): Promise<ArticleRow[]> {
  const { sql } = db
  return sql<ArticleRow[]>`
    select a.slug, a.date, a.draft, a.title, a.summary, a.category, a.author, a.tags, a.meta
    from (select slug, date from ${table(db, 'list_rows')} where ${filtered(db, moment, filter, 'list_rows')}
          order by ${oldestFirst ? sql`date, slug desc` : sql`date desc, slug`} limit ${limit} offset ${offset}) p
    join ${table(db, 'articles')} a on a.slug = p.slug
    order by ${oldestFirst ? sql`p.date, p.slug desc` : sql`p.date desc, p.slug`}`
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
    readListItems(db, moment, filter, { offset: (page - 1) * perPage, limit: perPage }),
    sql<{ total: number }[]>`
      select count(*)::int as total from ${table(db, 'articles')} where ${filtered(db, moment, filter)}`,
  ])
  return { items, total: count?.total ?? 0 }
}

/**
 * `limit` notes (corrections, clarifications, updates) on the articles a reader of `moment` may see, from
 * `offset`, newest note first, each as its article and its place (1-based) among the article's notes, as lib/content/catalog.ts byNewestNote orders them, and how many there are:
 * /corrections' pages. Read from note_rows (migration 0018) in that order, so a page reads its own notes' articles
 * and the count the narrow table alone, never every corrected article's meta.
 */
export async function readNotes(
  db: Database,
  moment: Moment,
  { offset, limit }: { offset: number; limit: number },
): Promise<{ rows: (ArticleRow & { position: number })[]; total: number }> {
  const { sql } = db
  const notes = table(db, 'note_rows')
  const [rows, [count]] = await Promise.all([
    sql<(ArticleRow & { position: number })[]>`
      select a.slug, a.date, a.draft, a.title, a.summary, a.category, a.author, a.tags, a.meta, p.position
      from (select slug, position, noted_at from ${notes} where ${visible(db, moment)}
            order by noted_at desc, slug, position limit ${limit} offset ${offset}) p
      join ${table(db, 'articles')} a on a.slug = p.slug
      order by p.noted_at desc, p.slug, p.position`,
    sql<{ total: number }[]>`select count(*)::int as total from ${notes} where ${visible(db, moment)}`,
  ])
  return { rows, total: count?.total ?? 0 }
}

/** The articles among `slugs` a reader of `moment` may see, in no order: a page's links resolved at once. */
export async function readArticlesBySlug(
  db: Database,
  moment: Moment,
  slugs: readonly string[],
): Promise<ArticleRow[]> {
  const { sql } = db
  return sql<ArticleRow[]>`
    select slug, date, draft, title, summary, category, author, tags, meta from ${table(db, 'articles')}
    where slug = any(${[...slugs]}) and ${visible(db, moment)}`
}

/**
 * Which of `categories` (the site's sections) any article of this schema has, scheduled ones too (drafts only
 * outside production): each asked of the articles' category index, not by passing over the archive.
 */
export async function readEventualCategories(
  db: Database,
  environment: ContentEnvironment,
  categories: readonly string[],
): Promise<string[]> {
  const { sql } = db
  const rows = await sql<{ category: string }[]>`
    select c.category from unnest(${[...categories]}::text[]) as c(category)
    where exists (select 1 from ${table(db, 'articles')} a
                  where a.category = c.category and (${environment !== 'production'} or not a.draft))`
  return rows.map((row) => row.category)
}

/** The next go-live time after `now` of an article not yet live, or null: until then, what lists hold stands. */
export async function readNextGoLive(db: Database, now: Date): Promise<Date | null> {
  const [row] = await db.sql<{ next: Date | null }[]>`
    select min(date) as next from ${table(db, 'articles')} where date > ${now} and not draft`
  return row?.next ?? null
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
 * may see that match it, each with whether its headline, summary, topics or byline do (`in_head`, unless
 * `withHeads` is false). Both are answered from GIN indexes over search_rows (migration 0008), whose rows
 * hold only what filtering and ordering need (about 150 bytes an article, the vectors out of line), so a
 * word in most of the archive reads a few MB of them, not the articles' wide rows, and no article's text.
 * The planner does not know to prefer the indexes (it does not price reading vectors out of line), so a
 * search runs in a transaction that takes other ways of reading the table off its list (see searchArticles).
 */
function matching(db: Database, moment: Moment, query: string, filter: ListFilter, { withHeads = true } = {}) {
  const { sql } = db
  const rows = table(db, 'search_rows')
  return sql`q as (select websearch_to_tsquery('english', ${query}) as q),
    heads as materialized (select slug from ${rows}, q where ${withHeads ? sql`head_search @@ q` : sql`false`}),
    matches as materialized (
      select slug, date, ${withHeads ? sql`slug in (select slug from heads)` : sql`false`} as in_head
      from ${rows}, q where search @@ q and ${filtered(db, moment, filter)}
    )`
}

/**
 * Articles matching a reader's query (web-search syntax: words, "a phrase",
 * -word, or), best first or newest first, with an excerpt around the matches,
 * one page at a time, and how many match in all. Answered on the server, so
 * a shared link has its results in the HTML.
 *
 * Best first: `ranked` candidates, the newest matches whose headline, summary,
 * topics or byline match, then (when those are fewer) the newest others, are
 * ordered by `ts_rank_cd` over their whole text; any further matches follow,
 * those matching in the headline first, then the newest. A query with fewer
 * matches (most queries) is ranked whole. Choosing the candidates reads the
 * newest of the headline matches and checks those alone against the whole
 * text, so a word in every article costs a count and two ordered index reads,
 * not a pass over every match's flags (a query whose `-word` excludes many of
 * its newest headline matches may rank a few body matches among them).
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
  const rowsTable = table(db, 'search_rows')
  const rows = await db.sql.begin(async (sql) => {
    // For this transaction only: the GIN indexes are the one way left to match (matching() says why), and
    // no JIT compiling (a plan priced with the other ways off can pass its threshold; compiling takes longer
    // than the query).
    await sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
      set_config('jit', 'off', true)`
    // Fragments are made with the pool's `sql` and sent within the transaction's.
    const visibleMatch = db.sql`search @@ q and ${filtered(db, moment, filter)}`
    const order = newest ? db.sql`date desc, slug` : db.sql`in_head desc, date desc, slug`
    // The page is chosen first and only its rows get an excerpt: ts_headline reads the whole text too.
    return sql<(ArticleRow & { headline: string; total: number })[]>`
      with ${matching(db, moment, query, filter, { withHeads: !newest })},
      total as (select count(*)::int as n from ${rowsTable}, q where ${visibleMatch}),
      head_recent as materialized (
        select slug, date from ${rowsTable}, q where head_search @@ q and ${filtered(db, moment, filter)}
        order by date desc, slug limit ${rankedCount * 2}
      ),
      head_first as (
        -- Each of those rows checked on its own (OFFSET 0 keeps the check a look-up by slug): as a join, the
        -- planner may match the whole text against the archive first, 100,000 rows for a common word.
        select h.slug, h.date, true as in_head from head_recent h
          cross join lateral (select from ${rowsTable} s, q where s.slug = h.slug and s.search @@ q offset 0) whole
        order by h.date desc, h.slug limit ${rankedCount}
      ),
      body_first as (
        select slug, date, false as in_head from ${rowsTable}, q
        where (select count(*) from head_first) < ${rankedCount} and ${visibleMatch}
          and slug <> all(array(select slug from head_first))
        order by date desc, slug limit ${rankedCount}
      ),
      candidates as (
        select slug, row_number() over (order by in_head desc, date desc, slug) as nearness
        from (select * from head_first union all select * from body_first
              order by in_head desc, date desc, slug limit ${rankedCount}) first
      ),
      ordered as (
        select slug, row_number() over (order by ts_rank_cd(s.search, q) desc, nearness) as position
        from candidates join ${rowsTable} s using (slug), q
        union all
        select slug, ${rankedCount} + row_number() over (order by ${order}) as position
        from (select * from matches where slug <> all(array(select slug from candidates)) order by ${order}
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
    with ${matching(db, moment, query, filter, { withHeads: false })} select count(*)::int as total from matches`
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

/** The last publish to this schema, or null before the first: when it changes, what the site shows may have. */
export async function latestPublish(db: Database): Promise<string | null> {
  const [row] = await db.sql<{ id: string | null }[]>`
    select max(id)::text as id from ${table(db, 'publishes')} where ${true}`
  return row?.id ?? null
}
