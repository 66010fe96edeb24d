import type { ListEntry, ListPages } from '../content/list-pages'
import type { RedirectTable } from '../content/redirects'
import type { ArticleSlugs } from '../content/visibility'
import { isStringArray } from '../utils'
import { table, type Database } from './database'

/**
 * What proxy.ts needs before a page renders, kept in the store by a build with DATABASE_URL (table
 * site_tables, migration 0007) instead of bundled into the proxy: which articles exist, how many articles each
 * list has, and the old addresses that redirect. A server reads them once and then only when a publish
 * changed one (`siteTablesKeeper`), so the proxy's function is the same size at any archive size, and an
 * article a publish adds is known to servers already running.
 */
export type SiteTables = { slugs: ArticleSlugs; lists: ListPages; redirects: RedirectTable }

const KEYS = ['slugs', 'lists', 'redirects'] as const
type Key = (typeof KEYS)[number]
/** Each table's row name. */
const NAMES: Record<Key, string> = { slugs: 'article-slugs', lists: 'list-pages', redirects: 'redirects' }

const isPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string'

function isArticleSlugs(value: unknown): value is ArticleSlugs {
  if (typeof value !== 'object' || value === null) return false
  if (!('live' in value && 'scheduled' in value && 'drafts' in value)) return false
  return (
    isStringArray(value.live) &&
    Array.isArray(value.scheduled) &&
    value.scheduled.every(isPair) &&
    isStringArray(value.drafts)
  )
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0
function isListEntry(value: unknown): value is ListEntry {
  if (typeof value !== 'object' || value === null || !('live' in value) || !isCount(value.live)) return false
  if ('drafts' in value && !isCount(value.drafts)) return false
  return (
    !('scheduled' in value) ||
    (Array.isArray(value.scheduled) && value.scheduled.every((time) => typeof time === 'number'))
  )
}
function isListPages(value: unknown): value is ListPages {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isListEntry)
}
const isRedirectTable = (value: unknown): value is RedirectTable => Array.isArray(value) && value.every(isPair)

/** Each table as a publish writes it: its JSON text and that text's hash, which says whether it changed. */
export type SiteTableText = Record<Key, { json: string; hash: string }>

/**
 * Writes the tables given whose hash changed, in one transaction, each with `madeFrom` (a hash of what it was
 * worked out from: siteTablesMadeFrom); says which it wrote. A table left out stands as it is.
 */
export async function writeSiteTables(
  db: Database,
  tables: Partial<SiteTableText>,
  madeFrom: string | null = null,
): Promise<string[]> {
  return db.sql.begin(async (tx) => {
    const written: string[] = []
    for (const key of KEYS) {
      const name = NAMES[key]
      const given = tables[key]
      if (!given) continue
      const { json, hash } = given
      const [row] = await tx<{ hash: string; made_from: string | null }[]>`
        select hash, made_from from ${table(db, 'site_tables')} where name = ${name}`
      if (row?.hash === hash) {
        if (row.made_from !== madeFrom)
          await tx`update ${table(db, 'site_tables')} set made_from = ${madeFrom} where name = ${name}`
        continue
      }
      await tx`
        insert into ${table(db, 'site_tables')} (name, value, hash, made_from)
        values (${name}, ${json}::text::json, ${hash}, ${madeFrom})
        on conflict (name) do update
          set value = excluded.value, hash = excluded.hash, made_from = excluded.made_from, written_at = now()`
      written.push(name)
    }
    return written
  })
}

/**
 * What the tables of articles and lists were both made from (the `madeFrom` they were written with), or null
 * when they were made from different things or are missing: a publish that would make them from the same
 * keeps them (lib/store/site-files.ts).
 */
export async function siteTablesMadeFrom(db: Database): Promise<string | null> {
  const rows = await db.sql<{ made_from: string | null }[]>`
    select made_from from ${table(db, 'site_tables')} where name in (${NAMES.slugs}, ${NAMES.lists})`
  const [first, second] = rows
  return rows.length === 2 && first?.made_from && first.made_from === second?.made_from ? first.made_from : null
}

type Read = { tables: SiteTables; hashes: Map<string, string> }

/**
 * Reads the tables whose hash differs from `known`'s (all of them without it), as the newest publish left
 * them. Null when a table is missing or not of the shape this code reads (a schema no build of this
 * version has published to yet); throws when the database does not answer.
 */
async function readChanged(db: Database, known: Read | undefined): Promise<Read | null> {
  const rows = await db.sql<{ name: string; hash: string }[]>`
    select name, hash from ${table(db, 'site_tables')} where ${true}`
  const hashes = new Map(rows.map((row) => [row.name, row.hash]))
  if (Object.values(NAMES).some((name) => !hashes.has(name))) return null
  const changed = Object.values(NAMES).filter((name) => known?.hashes.get(name) !== hashes.get(name))
  if (known && changed.length === 0) return known
  // The text as written (json, not jsonb): the client's JSON.parse is the only parse, and the check below the only walk.
  const values = await db.sql<{ name: string; value: unknown }[]>`
    select name, value from ${table(db, 'site_tables')} where name = any(${changed})`
  const read = new Map(values.map((row) => [row.name, row.value]))
  const pick = <T>(key: Key, is: (value: unknown) => value is T, kept: T | undefined): T | null => {
    if (!read.has(NAMES[key])) return kept ?? null
    const value = read.get(NAMES[key])
    return is(value) ? value : null
  }
  const slugs = pick('slugs', isArticleSlugs, known?.tables.slugs)
  const lists = pick('lists', isListPages, known?.tables.lists)
  const redirects = pick('redirects', isRedirectTable, known?.tables.redirects)
  if (!slugs || !lists || !redirects) return null
  return { tables: { slugs, lists, redirects }, hashes }
}

export type KeeperOptions = {
  /** How often a server asks whether a publish changed a table, in the background. */
  recheckMs?: number
  /** How long a request waits for the first read before it goes on without the tables. */
  waitMs?: number
  /** After a failed read, how long before another is tried. */
  retryMs?: number
  now?: () => number
}

/**
 * The site tables as a server keeps them: read on its first request (which waits for them, at most
 * `waitMs`), then asked again in the background at most every `recheckMs`, a table read again only when its
 * hash changed; requests never wait on a recheck. While the database does not answer, the last tables read
 * stand; before any was read, the answer is null (proxy.ts then leaves every path to the pages, which answer
 * 503 for what they cannot read), and a read is tried again at most every `retryMs`.
 */
export function siteTablesKeeper(
  db: () => Database,
  { recheckMs = 10_000, waitMs = 3_000, retryMs = 5_000, now = Date.now }: KeeperOptions = {},
): () => Promise<SiteTables | null> {
  let kept: Read | undefined
  let triedAt = -Infinity
  let reading: Promise<void> | undefined
  // Read through a function: TypeScript does not see the read above change `kept` while this waits.
  const current = (): SiteTables | null => kept?.tables ?? null

  const read = () => {
    triedAt = now()
    // db() throws where DATABASE_URL is missing: a failed read like any other.
    reading ??= Promise.resolve()
      .then(() => readChanged(db(), kept))
      .then(
        (result) => {
          if (result) kept = result
        },
        () => {
          // Down or too slow: what was read before stands, and the next try waits for its turn.
        },
      )
      .finally(() => {
        reading = undefined
      })
    return reading
  }

  return async () => {
    if (kept) {
      if (now() - triedAt >= recheckMs) void read()
      return kept.tables
    }
    if (!reading && now() - triedAt < retryMs) return null
    let timer: ReturnType<typeof setTimeout> | undefined
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs)
    })
    await Promise.race([reading ?? read(), waited])
    clearTimeout(timer)
    return current()
  }
}
