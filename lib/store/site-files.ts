import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { cacheDir, codeVersion } from '../build-cache/paths'
import {
  ARTICLE_SLUGS_PATH,
  IMAGES_PATH,
  GENERATED_NOTE,
  JSON_TYPES,
  LIST_PAGES_PATH,
  LIST_PAGES_TYPES,
  LIST_PAGES_TYPES_PATH,
  POST_INDEX_PATH,
  POST_INDEX_TYPES,
  POST_INDEX_TYPES_PATH,
  RELATED_MAP_PATH,
  writeEditorialFiles,
  writeIfChanged,
} from '../content/generated-files'
import { listPages } from '../content/list-pages'
import { picturesDir } from '../content/schema'
import { articleSlugs } from '../content/visibility'
import { imageEntry, pictureCodeVersion } from '../images/variants'
import { contentHash } from '../build-cache/result-cache'
import type { SiteSection } from '../content/sections'
import { table, type Database } from './database'
import { siteTablesMadeFrom, writeSiteTables } from './site-tables'

/**
 * What a build with a database writes beside its publish, from the store: the proxy's tables (its articles'
 * slugs and states, each list's count, the redirects) into the store, where every server reads them
 * (lib/store/site-tables.ts), and the pictures' variants with their manifest (lib/content/images.ts), as the
 * files build's index step writes them from its files. The files backend's own generated files are written
 * empty where missing, for TypeScript: this build never reads them.
 */
export async function writeSiteFiles(
  root: string,
  db: Database,
  contentDir: string,
): Promise<{ pictures: number; tables: string[]; kept: boolean }> {
  const file = (name: string) => path.join(root, name)
  mkdirSync(file('.contentlayer'), { recursive: true })
  const { sections, authors, redirects } = await writeEditorialFiles(root, contentDir)
  const ids = authors.map((author) => author.id)
  // The tables of articles and lists are worked out from every row: a publish whose change reached none of
  // what they read (most: an edited text) keeps them, and the redirects alone are compared.
  const madeFrom = contentHash(
    JSON.stringify([codeVersion(root, TABLES_CODE), await listColumnsDigest(db), sections, ids]),
  )
  const tablesKept = (await siteTablesMadeFrom(db)) === madeFrom
  // The proxy reads them from the store (lib/content/proxy-tables.ts): a publish changes them for every server.
  const tables = await writeSiteTables(
    db,
    { redirects: text(redirects), ...(tablesKept ? {} : await articleTables(db, sections, ids)) },
    madeFrom,
  )

  const rows = await db.sql<{ src: string }[]>`
    select distinct unnest(pictures) as src from ${table(db, 'articles')} where ${true} order by 1`
  const photos = authors.flatMap((author) => (author.photo ? [author.photo] : []))
  const pictures = [...new Set([...rows.map((row) => row.src), ...photos])].sort()
  const images: Record<string, Awaited<ReturnType<typeof imageEntry>>> = {}
  const kept = path.join(cacheDir(root), 'img', pictureCodeVersion())
  for (const src of pictures) {
    images[src] = await imageEntry(path.join(root, picturesDir(contentDir)), src, kept, path.join(root, 'public'))
  }
  await writeIfChanged(file(IMAGES_PATH), `${JSON.stringify(images)}\n`)

  for (const [name, empty] of [
    [POST_INDEX_PATH, '[]'],
    [RELATED_MAP_PATH, '{}'],
    [ARTICLE_SLUGS_PATH, '{"live":[],"scheduled":[],"drafts":[]}'],
    [LIST_PAGES_PATH, '{}'],
  ] as const) {
    if (!existsSync(file(name))) await writeIfChanged(file(name), `${empty}\n`)
  }
  await writeIfChanged(file(POST_INDEX_TYPES_PATH), POST_INDEX_TYPES)
  await writeIfChanged(file(LIST_PAGES_TYPES_PATH), LIST_PAGES_TYPES)
  for (const [name, types] of Object.entries(JSON_TYPES)) {
    await writeIfChanged(file(name), `${GENERATED_NOTE}${types}`)
  }
  return { pictures: pictures.length, tables, kept: tablesKept }
}

/** A table's text as writeSiteTables takes it. */
function text(value: unknown) {
  const json = JSON.stringify(value)
  return { json, hash: contentHash(json) }
}

/** The code the tables of articles and lists are worked out by. */
const TABLES_CODE = ['lib/content', 'lib/store/site-files.ts', 'lib/urls.ts', 'lib/site.ts']

/**
 * What the tables of articles and lists read of each article: its slug, time and state, the lists it is in (its
 * columns, not its index entry), and how many corrections it has (listPages counts them, /corrections' notes).
 * The one list of them, for the tables and for the digest that says whether they must be made again.
 */
const listColumns = (db: Database) => db.sql`
  select slug, date, draft, tag_names as tags, author_slugs as authors, category,
         case when corrected then coalesce(jsonb_array_length(meta->'corrections'), 0) else 0 end as corrections
  from ${table(db, 'articles')} where ${true}`

/**
 * A digest of listColumns over every article, worked out in the database in one pass over the rows: the count and
 * the sum of each row's 64-bit hash, which no order of the rows changes. At 100,000 articles 0.2-0.35 s (psql
 * \timing, 2026-12-02), about half of a hash of every row in order, against seconds to bring the rows out and
 * work out the tables.
 */
async function listColumnsDigest(db: Database): Promise<string> {
  const [row] = await db.sql<{ digest: string }[]>`
    select count(*) || ':' || coalesce(sum(hashtextextended(row_to_json(a)::text, 0)::numeric), 0) as digest
    from (${listColumns(db)}) a`
  return row?.digest ?? ''
}

/** The tables of articles (their slugs and states) and lists (each one's count), from every article's row. */
async function articleTables(db: Database, sections: readonly SiteSection[], authors: readonly string[]) {
  const rows = await db.sql<
    {
      slug: string
      date: Date
      draft: boolean
      tags: string[]
      authors: string[]
      category: string
      corrections: number
    }[]
  >`${listColumns(db)}`
  const posts = rows.map((row) => ({
    ...row,
    date: row.date.toISOString(),
    // listPages reads only how many there are.
    corrections: Array.from({ length: row.corrections }),
    // author_slugs holds everyone the article credits, which is what its authors' lists need.
    credits: [],
  }))
  // Scheduled articles are kept with their times, so the tables hold as the minutes pass.
  const builtAt = Date.now()
  return {
    slugs: text(articleSlugs(posts, builtAt)),
    lists: text(listPages(posts, sections, authors, builtAt)),
  }
}
