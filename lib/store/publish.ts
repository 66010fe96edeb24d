import type { TransactionSql } from 'postgres'
import { table, type Database } from './database'

/** The columns lists filter and show, with the go-live time as written (ISO 8601) or as read (a Date). */
export type ArticleColumns<When> = {
  slug: string
  date: When
  draft: boolean
  title: string
  summary: string
  category: string
  /** The byline as readers read it, names from the profiles ("Dana Whitfield and Marcus Oyelaran"): search weighs it. */
  author: string
  tags: string[]
}

/** One article as the store keeps it: what its page, lists, feeds and search read. */
export type StoredArticle = ArticleColumns<string> & {
  /** The tags' URL slugs, for tag pages, and the spelling the article gives each (same order). */
  tagSlugs: string[]
  tagNames: string[]
  /** The ids of everyone the article credits, byline first (lib/content/bylines.ts storyPeople), for author pages. */
  authorSlugs: string[]
  /** When it last changed for readers (its latest update or correction, else its date), ISO 8601. */
  changedAt: string
  /** Whether it carries a correction, clarification or update. */
  corrected: boolean
  /** Every field of the content build's index entry, as Contentlayer typed it. */
  meta: Record<string, unknown>
  raw: string
  code: string
  plainText: string
  related: unknown[]
  history: unknown
  /** A hash of everything above: a publish rewrites only rows whose hash changed. */
  contentHash: string
  /**
   * What the build pipeline (lib/store/pipeline.ts) records of the row's making: the article file's hash and
   * the version of the code that compiled it, the slugs its body links with <Related>, the pictures it shows.
   */
  made?: {
    sourceHash: string
    storeVersion: string
    inlineRelated: string[]
    pictures: string[]
    /** What the related ranking counts of the article (lib/related/kept-terms.ts relatedTerms), and by which code. */
    relatedTerms: { line: string; version: string }
  }
}

export type PublishResult = { written: number; removed: number; unchanged: number }

// JSON goes over the wire as text and is parsed by the server (`::text::jsonb`): a parameter the client
// takes for jsonb it would encode once more, and the column would hold one long JSON string.
const json = (value: unknown) => JSON.stringify(value)

/**
 * Makes the schema's articles exactly `articles`, in one transaction: new and
 * changed ones are written, unchanged ones (same hash) left alone, ones no
 * longer in the content removed, and the publish recorded with its commit.
 * If anything fails, nothing changes: the previous version stays live.
 */
export async function publishArticles(
  db: Database,
  articles: readonly StoredArticle[],
  gitCommit: string | null,
): Promise<PublishResult> {
  const rows = table(db, 'articles')
  return db.sql.begin(async (tx) => {
    // One publish at a time per schema: a second waits, then sees the first's rows.
    await tx`lock table ${rows} in share row exclusive mode`
    const existing = new Map(
      (await tx<{ slug: string; content_hash: string }[]>`select slug, content_hash from ${rows}`).map((row) => [
        row.slug,
        row.content_hash,
      ]),
    )
    const changed = articles.filter((article) => existing.get(article.slug) !== article.contentHash)
    const keep = new Set(articles.map((article) => article.slug))
    const gone = [...existing.keys()].filter((slug) => !keep.has(slug))
    await writeArticles(tx, rows, changed)
    if (gone.length > 0) await tx`delete from ${rows} where slug = any(${gone})`
    const result = { written: changed.length, removed: gone.length, unchanged: articles.length - changed.length }
    await tx`insert into ${table(db, 'publishes')} (git_commit, written, removed, unchanged)
             values (${gitCommit}, ${result.written}, ${result.removed}, ${result.unchanged})`
    return result
  })
}

/** The commit the last publish to this schema was built from, or null before the first. */
export async function lastPublishedCommit(db: Database): Promise<string | null> {
  return (await lastPublish(db))?.gitCommit ?? null
}

/**
 * The last publish to this schema: its commit and the versions of the code that made its rows and ranked
 * its related lists (lib/store/pipeline.ts); null before the first.
 */
export async function lastPublish(
  db: Database,
): Promise<{ gitCommit: string | null; storeVersion: string | null; rankVersion: string | null } | null> {
  const [row] = await db.sql<
    { git_commit: string | null; store_version: string | null; rank_version: string | null }[]
  >`
    select git_commit, store_version, rank_version from ${table(db, 'publishes')} where ${true} order by id desc limit 1`
  return row ? { gitCommit: row.git_commit, storeVersion: row.store_version, rankVersion: row.rank_version } : null
}

/**
 * Writes (inserts or replaces) these articles into `rows` (articles, or staged_articles) on a connection that
 * is in a transaction. Sent without waiting for each answer: postgres pipelines them on the connection.
 */
export async function writeArticles(
  tx: TransactionSql,
  rows: ReturnType<typeof table>,
  articles: readonly StoredArticle[],
) {
  await Promise.all(
    articles.map(
      (a) => tx`
        insert into ${rows} (${tx(articleColumns)})
        values (${a.slug}, ${a.date}, ${a.draft}, ${a.title}, ${a.summary}, ${a.category}, ${a.author},
                ${a.tags}, ${a.tagSlugs}, ${json(a.meta)}::text::jsonb, ${a.raw}, ${a.code}, ${a.plainText},
                ${json(a.related)}::text::jsonb, ${json(a.history ?? null)}::text::jsonb,
                ${a.contentHash}, ${a.made?.sourceHash ?? null}, ${a.made?.storeVersion ?? null},
                ${a.made?.inlineRelated ?? []}, ${a.made?.pictures ?? []}, now(), ${a.tagNames}, ${a.authorSlugs},
                ${a.changedAt}, ${a.corrected}, ${a.made?.relatedTerms.line ?? null},
                ${a.made?.relatedTerms.version ?? null})
        on conflict (slug) do update set ${replaceArticle(tx)}`,
    ),
  )
}

/**
 * The columns a publish writes (every column of articles; search_rows follows them by trigger), in the order
 * writeArticles gives their values; a staged row moves into articles by the same list (lib/store/pipeline.ts).
 */
export const articleColumns = [
  'slug',
  'date',
  'draft',
  'title',
  'summary',
  'category',
  'author',
  'tags',
  'tag_slugs',
  'meta',
  'raw',
  'code',
  'plain_text',
  'related',
  'history',
  'content_hash',
  'source_hash',
  'store_version',
  'inline_related',
  'pictures',
  'written_at',
  'tag_names',
  'author_slugs',
  'changed_at',
  'corrected',
  'related_terms',
  'related_terms_version',
]

const replaced = articleColumns.filter((column) => column !== 'slug')
/**
 * `on conflict (slug) do update set` this: the row takes every column of the one it conflicted with. Spelled
 * out as text (the names are the constants above): postgres.js reads an identifier list after `update` as
 * an object to set.
 */
export const replaceArticle = (sql: TransactionSql) =>
  sql.unsafe(`(${replaced.join(', ')}) = row(${replaced.map((column) => `excluded.${column}`).join(', ')})`)
