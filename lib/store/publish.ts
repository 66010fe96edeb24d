import { table, type Database } from './database'

/** The columns lists filter and show, with the go-live time as written (ISO 8601) or as read (a Date). */
export type ArticleColumns<When> = {
  slug: string
  date: When
  draft: boolean
  title: string
  summary: string
  category: string
  author: string
  tags: string[]
}

/** One article as the store keeps it: what its page, lists, feeds and search read. */
export type StoredArticle = ArticleColumns<string> & {
  /** The tags' URL slugs, for tag pages. */
  tagSlugs: string[]
  /** Every field of the content build's index entry, as Contentlayer typed it. */
  meta: Record<string, unknown>
  raw: string
  code: string
  plainText: string
  related: unknown[]
  history: unknown
  /** A hash of everything above: a publish rewrites only rows whose hash changed. */
  contentHash: string
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
    // Sent without waiting for each answer: postgres pipelines them on the transaction's connection.
    await Promise.all(
      changed.map(
        (a) => tx`
          insert into ${rows} (slug, date, draft, title, summary, category, author, tags, tag_slugs, meta, raw,
                                code, plain_text, related, history, content_hash, written_at)
          values (${a.slug}, ${a.date}, ${a.draft}, ${a.title}, ${a.summary}, ${a.category}, ${a.author},
                  ${a.tags}, ${a.tagSlugs}, ${json(a.meta)}::text::jsonb, ${a.raw}, ${a.code}, ${a.plainText},
                  ${json(a.related)}::text::jsonb, ${json(a.history ?? null)}::text::jsonb,
                  ${a.contentHash}, now())
          on conflict (slug) do update set
            date = excluded.date, draft = excluded.draft, title = excluded.title, summary = excluded.summary,
            category = excluded.category, author = excluded.author, tags = excluded.tags,
            tag_slugs = excluded.tag_slugs, meta = excluded.meta,
            raw = excluded.raw, code = excluded.code, plain_text = excluded.plain_text,
            related = excluded.related, history = excluded.history, content_hash = excluded.content_hash,
            written_at = now()`,
      ),
    )
    if (gone.length > 0) await tx`delete from ${rows} where slug = any(${gone})`
    const result = { written: changed.length, removed: gone.length, unchanged: articles.length - changed.length }
    await tx`insert into ${table(db, 'publishes')} (git_commit, written, removed, unchanged)
             values (${gitCommit}, ${result.written}, ${result.removed}, ${result.unchanged})`
    return result
  })
}

/** The commit the last publish to this schema was built from, or null before the first. */
export async function lastPublishedCommit(db: Database): Promise<string | null> {
  const [row] = await db.sql<{ git_commit: string | null }[]>`
    select git_commit from ${table(db, 'publishes')} order by id desc limit 1`
  return row?.git_commit ?? null
}
