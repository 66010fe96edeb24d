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
import type { ListEntry, ListPages } from '../content/list-pages'
import { listPath, type ListRef } from '../content/list-routes'
import { picturesDir } from '../content/schema'
import { articleSlugs } from '../content/visibility'
import { imageEntry, pictureCodeVersion } from '../images/variants'
import { contentHash } from '../build-cache/result-cache'
import type { SiteSection } from '../content/sections'
import { siteConfig } from '../site'
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
    select distinct unnest(pictures) as src from ${table(db, 'list_rows')} where ${true} order by 1`
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
 * What the tables of articles and lists read of each article: its slug, time and state, the lists it is in, and
 * how many corrections it has (listPages counts them, /corrections' notes). The one list of them, for the tables
 * and for the digest that says whether they must be made again. From list_rows (migration 0015), which the
 * articles table keeps: about 200 bytes an article rather than its whole row.
 */
const listColumns = (db: Database) => db.sql`
  select slug, date, draft, tag_names as tags, author_slugs as authors, category, notes as corrections
  from ${table(db, 'list_rows')} where ${true}`

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

/**
 * The tables of articles (their slugs and states) and lists (what each holds), from every article's row, as
 * articleSlugs and listPages make them from the files backend's articles. The lists are counted in the database
 * (storeListPages): at 100,000 articles 0.7 s, against 4.2 s to bring every row out and count them here.
 */
async function articleTables(db: Database, sections: readonly SiteSection[], authors: readonly string[]) {
  // Scheduled articles are kept with their times, so the tables hold as the minutes pass.
  const builtAt = Date.now()
  const [rows, lists] = await Promise.all([
    db.sql<{ slug: string; date: Date; draft: boolean }[]>`
      select slug, date, draft from ${table(db, 'list_rows')} where ${true}`,
    storeListPages(db, sections, authors, builtAt),
  ])
  const posts = rows.map((row) => ({ slug: row.slug, date: row.date.toISOString(), draft: row.draft }))
  return { slugs: text(articleSlugs(posts, builtAt)), lists: text(lists) }
}

type ListRow = { kind: ListRef['kind'] | 'year'; key: string; live: number; scheduled: number[] | null; drafts: number }

/**
 * listPages (lib/content/list-pages.ts) of every stored article, counted in the database: each list's published
 * articles, the go-live times of its scheduled ones and its drafts, as of `builtAt`. A list has an article once
 * however many of its spellings or credits name it (a row's tag_slugs and author_slugs name each once,
 * lib/store/from-content-build.ts); a correction counts in /corrections as its article does.
 * lib/store/site-files.test.ts checks it against listPages of the same articles.
 */
export async function storeListPages(
  db: Database,
  sections: readonly SiteSection[],
  authors: readonly string[],
  builtAt: number,
): Promise<ListPages> {
  const zone = siteConfig.timeZone
  let rows: ListRow[] = []
  await db.sql.begin(async (sql) => {
    // For this transaction: memory enough to count the lists in one hash table (about 630,000 listings at 100,000
    // articles) rather than sort them on disk, and no JIT, which the planner's guess of the listings (a hundred
    // times too many) would call for at 0.4 s a query.
    await sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`
    // Each list an article is in: the home page's, /corrections' (once a note), its tags', its authors' (of those
    // with a profile), its section's (of the site's sections), its month's and its year's.
    const listed = (from: string) => sql`
      select 'home' as kind, '' as key, ms, draft from ${sql(from)}
      union all select 'corrections', '', ms, draft from ${sql(from)} a, generate_series(1, a.corrections)
        where a.corrections > 0
      union all select 'tag', t.slug, ms, draft from ${sql(from)} a, unnest(a.tag_slugs) as t(slug)
      union all select 'author', p.id, ms, draft from ${sql(from)} a, unnest(a.author_slugs) as p(id)
        where p.id = any(${[...authors]})
      union all select 'section', category, ms, draft from ${sql(from)} where category = any(${sections.map((s) => s.name)})
      union all select 'archive', month::text, ms, draft from ${sql(from)}
      union all select 'year', (month / 100)::text, ms, draft from ${sql(from)}`
    rows = await sql<ListRow[]>`
      with a as (
        select (extract(epoch from date) * 1000)::float8 as ms, draft, tag_slugs, author_slugs, category,
               notes as corrections,
               (extract(year from local) * 100 + extract(month from local))::int as month
        from ${table(db, 'list_rows')}, lateral (select date at time zone ${zone} as local) as zoned
      ), scheduled as (
        select * from a where not draft and ms > ${builtAt}
      ), counts as (
        select kind, key, count(*) filter (where not draft and ms <= ${builtAt})::int as live,
               count(*) filter (where draft)::int as drafts
        from (${listed('a')}) as listed group by kind, key
      ), times as (
        select kind, key, array_agg(ms order by ms) as scheduled from (${listed('scheduled')}) as listed group by kind, key
      )
      select kind, key, live, scheduled, drafts from counts left join times using (kind, key)`
  })
  const entries = new Map(rows.map((row) => [`${row.kind} ${row.key}`, row]))
  const entry = (kind: ListRow['kind'], key: string): ListEntry => {
    const row = entries.get(`${kind} ${key}`)
    if (!row) return { live: 0 }
    return {
      live: row.live,
      ...(row.scheduled && row.scheduled.length > 0 ? { scheduled: row.scheduled.map(Number) } : {}),
      ...(row.drafts > 0 ? { drafts: row.drafts } : {}),
    }
  }
  const lists: ListPages = {
    [listPath({ kind: 'home' })]: entry('home', ''),
    [listPath({ kind: 'corrections' })]: entry('corrections', ''),
  }
  const of = (kind: ListRow['kind']) => rows.filter((row) => row.kind === kind).map((row) => row.key)
  for (const slug of of('tag').sort()) lists[listPath({ kind: 'tag', slug })] = entry('tag', slug)
  for (const id of authors) lists[listPath({ kind: 'author', slug: id })] = entry('author', id)
  for (const section of sections) {
    if (entries.has(`section ${section.name}`)) {
      lists[listPath({ kind: 'section', slug: section.slug })] = entry('section', section.name)
    }
  }
  // Months as year × 100 + month, newest first, then years.
  for (const key of of('archive').sort((a, b) => Number(b) - Number(a))) {
    const month = Number(key)
    lists[listPath({ kind: 'archive', year: Math.floor(month / 100), month: month % 100 })] = entry('archive', key)
  }
  for (const key of of('year').sort((a, b) => Number(b) - Number(a))) {
    lists[listPath({ kind: 'archive', year: Number(key) })] = entry('year', key)
  }
  return lists
}
