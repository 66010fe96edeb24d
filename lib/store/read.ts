import type { Database } from './database'
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
    from articles where slug = ${slug} and ${visible(db, moment)}`
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
      select slug, date, draft, title, summary, category, author, tags, meta from articles
      where ${filtered(db, moment, filter)} order by date desc, slug limit ${perPage} offset ${(page - 1) * perPage}`,
    sql<{ total: number }[]>`select count(*)::int as total from articles where ${filtered(db, moment, filter)}`,
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
 * Articles matching a reader's query (web-search syntax: words, "a phrase",
 * -word, or), best first or newest first, with an excerpt around the matches.
 * Answered on the server, so a shared link has its results in the HTML.
 */
export async function searchArticles(
  db: Database,
  moment: Moment,
  query: string,
  { filter = {}, newest = false, limit = 20 }: { filter?: ListFilter; newest?: boolean; limit?: number } = {},
): Promise<SearchHit[]> {
  const { sql } = db
  const options = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "`
  const rows = await sql<(ArticleRow & { headline: string })[]>`
    select slug, date, draft, title, summary, category, author, tags, meta,
           ts_headline('english', plain_text, q, ${options}) as headline
    from articles, websearch_to_tsquery('english', ${query}) q
    where search @@ q and ${filtered(db, moment, filter)}
    order by ${newest ? sql`date desc` : sql`ts_rank_cd(search, q) desc, date desc`}, slug
    limit ${limit}`
  return rows.map(({ headline, ...row }) => ({ ...row, excerpt: excerptParts(headline) }))
}

/** An article's compiled body and source, whatever its visibility: the page asking has decided that already. */
export async function readBody({ sql }: Database, slug: string): Promise<{ code: string; raw: string } | null> {
  const [row] = await sql<{ code: string; raw: string }[]>`select code, raw from articles where slug = ${slug}`
  return row ?? null
}

/** An article's history as the content build wrote it (lib/history/build.ts), or null. */
export async function readHistoryValue({ sql }: Database, slug: string): Promise<unknown> {
  const [row] = await sql<{ history: unknown }[]>`select history from articles where slug = ${slug}`
  return row?.history ?? null
}
