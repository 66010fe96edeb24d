import type { PendingQuery, Row, TransactionSql } from 'postgres'
import { buildRelatedMap } from '../related/rank'
import type { RelatedMap, RelatedOptions, RelatedSource } from '../related/types'
import { relatedTerms, termsOfLine } from '../related/kept-terms'
import { championLists, documentFrequencies, strongestTermsOf, type ChampionList } from '../related/vectors'
import { slugify } from '../urls'
import { isStringArray } from '../utils'
import { table, type Database } from './database'

/**
 * What the related ranking reads of the store during a publish. Every article, when a publish ranks every list
 * (the first, or new ranking code); otherwise only what the lists it ranks can reach: their articles, the
 * articles that use one of their strongest terms (the GIN index of migration 0013) or share one of their less
 * common tags, and those they pin, with the whole archive's term frequencies from `related_frequencies`. The
 * lists are the same either way (lib/related/rank.ts); the second reads a few hundred rows for most lists, and
 * up to half the archive for lists whose strongest terms are common words.
 */

type SourceRow = {
  slug: string
  title: string
  summary: string
  /** The terms this version of their code counted when the row was written; else null, and the lede read. */
  terms: string | null
  lede: string | null
  category: string
  tags: string[]
  date: Date
  draft: boolean
  pinned: unknown
  inline_related: string[]
}

/** The archive as this publish leaves it: the live rows not replaced or removed, and the staged ones. */
export type Archive = {
  db: Database
  /** Whether this publish's rows wait in staged_articles (every publish but the first). */
  staged: boolean
  gone: readonly string[]
  /** The version of the code that counts terms (lib/store/pipeline.ts termsVersion): rows of another are counted again. */
  terms: string
  options: RelatedOptions
}

type Fragment = PendingQuery<Row[]>

/** The terms of a row's related_terms, as the index has them (the function of migration 0013, which says what it costs). */
const termList = ({ db }: Archive) => db.sql`${db.sql(`${db.schema}.related_term_list`)}(related_terms)`

/** work_mem of a publish's reads of the archive (a build's, not a server's). */
const READ_MEMORY = '64MB'

/** The rows of the archive as this publish leaves it that `where` keeps, with the columns `columns` picks. */
async function archiveRows<T extends Row>(
  archive: Archive,
  columns: (name: 'articles' | 'staged_articles') => Fragment,
  where: Fragment,
): Promise<T[]> {
  const { db, staged, gone } = archive
  // (Kept outside: the transaction's result type cannot carry a generic row type.)
  let rows: T[] = []
  await db.sql.begin(async (sql) => {
    // For this transaction only: memory enough for the index's answer to name each row it matches. A list whose
    // strongest terms are common words reaches half the archive, and past what the default 4 MB holds the answer
    // names whole pages, each of whose rows then has its terms worked out again (at 100,000 articles in a table
    // whose rows a publish had just rewritten: 2.6 s against 0.4 s). Fragments are made with the pool's `sql`.
    await sql`select set_config('work_mem', ${READ_MEMORY}, true)`
    rows = await (staged
      ? sql<T[]>`
          ${columns('articles')} where slug <> all(${[...gone]}) and (${where})
            and slug not in (select slug from ${table(db, 'staged_articles')})
          union all ${columns('staged_articles')} where ${where}`
      : sql<T[]>`${columns('articles')} where slug <> all(${[...gone]}) and (${where})`)
  })
  return rows
}

/**
 * The rows of the archive that `where` keeps, as the ranking reads them. Of rows whose lists are not ranked
 * (`ranked: false`), neither what they pin nor what they link inline is read (their `meta`, several KB an
 * article, is not read at all), nor their text where their terms are kept.
 */
async function sources(archive: Archive, where: Fragment, { ranked = true } = {}): Promise<RelatedSource[]> {
  const { db, terms, options } = archive
  const { sql } = db
  const lede = options.bodyWords * 12
  const current = sql`related_terms_version = ${terms} and related_terms is not null`
  const rows = await archiveRows<SourceRow>(
    archive,
    (name) => sql`
      select slug, category, tags, date, draft,
             ${ranked ? sql`meta->'related'` : sql`null::jsonb`} as pinned,
             ${ranked ? sql`inline_related` : sql`'{}'::text[]`} as inline_related,
             case when ${current} then related_terms end as terms,
             case when ${current} then '' else title end as title,
             case when ${current} then '' else summary end as summary,
             case when ${current} then null else left(raw, ${lede}) end as lede
      from ${table(db, name)}`,
    where,
  )
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.lede ?? '',
    ...(row.terms === null ? {} : { terms: row.terms }),
    category: row.category,
    tags: row.tags,
    date: row.date.toISOString(),
    draft: row.draft,
    related: isStringArray(row.pinned) ? row.pinned : [],
    inlineRelated: row.inline_related,
  }))
}

/** Sources whose terms another version of their code counted (or none did), counted now. */
function counted(read: readonly RelatedSource[], options: RelatedOptions, recounted: RelatedSource[]) {
  return read.map((source) => {
    if (source.terms !== undefined) return source
    const made = { ...source, terms: relatedTerms(source, options), body: '' }
    recounted.push(made)
    return made
  })
}

/** Every article of the archive, each with its terms (those counted again listed in `recounted`). */
export async function everySource(archive: Archive, recounted: RelatedSource[]): Promise<RelatedSource[]> {
  return counted(await sources(archive, archive.db.sql`${true}`), archive.options, recounted)
}

/** Whether the store keeps term frequencies (a publish by code from before them, or none yet, leaves none). */
export async function hasFrequencies(db: Database): Promise<boolean> {
  const [row] = await db.sql<{ found: boolean }[]>`
    select exists (select 1 from ${table(db, 'related_frequencies')}) as found`
  return row?.found ?? false
}

/** What a publish changes of the frequencies: +1 for each term of a row it writes, -1 for one it replaces or removes. */
export type FrequencyChange = { documents: number; terms: Map<string, number> }

/**
 * The change to the frequencies of the rows this publish writes (staged_articles) and removes (`gone`), from
 * the terms of the rows they replace.
 */
export async function frequencyChange(archive: Archive): Promise<FrequencyChange> {
  const { db, gone } = archive
  const staged = table(db, 'staged_articles')
  const articles = table(db, 'articles')
  const before = await db.sql<{ terms: string | null }[]>`
    select related_terms as terms from ${articles}
    where slug = any(${[...gone]}::text[] || array(select slug from ${staged}))`
  const after = await db.sql<{ terms: string | null }[]>`select related_terms as terms from ${staged} where ${true}`
  const terms = new Map<string, number>()
  const add = (line: string | null, by: number) => {
    for (const term of termsOfLine(line ?? '')) terms.set(term, (terms.get(term) ?? 0) + by)
  }
  for (const row of before) add(row.terms, -1)
  for (const row of after) add(row.terms, 1)
  return { documents: after.length - before.length, terms }
}

/**
 * What one publish has read of the store for its related lists, kept between its two rankings (the lists its
 * change touches, then those of their new neighbours), which reach much the same articles: the rows read
 * (lists not ranked) and the term frequencies looked up, or all of them once many were wanted.
 */
type Reading = {
  rows: Map<string, RelatedSource>
  known: Map<string, number>
  everyTerm: boolean
  /** The archive's articles before this publish's change (search_rows), counted once. */
  documents?: Promise<number>
  /** How far the frequencies moved since the champion lists were made (null: there are none), worked out once. */
  drift?: Promise<Drift | null>
  /** Each looked-up term's champion list, or null where it has none. */
  champions: Map<string, ChampionList | null>
  /** The rows written since the champion lists were made, and this publish's. */
  recent?: Promise<string[]>
  /** What the rankings read, for the publish's account (and the tests). */
  account: ReachAccount
}

/** How many rows a publish's rankings read, and how many common terms' lists were read instead of every user. */
export type ReachAccount = { rows: number; championed: number; wholeTerms: number }

const newReading = (): Reading => ({
  rows: new Map(),
  known: new Map(),
  everyTerm: false,
  champions: new Map(),
  account: { rows: 0, championed: 0, wholeTerms: 0 },
})

/**
 * Champion lists. A list looks up the `maxPostingsPerTerm` articles that weigh each of its strongest terms most,
 * which for a term thousands of articles use means reading all of them to know which weigh it most. A publish that
 * ranks every list keeps, for each term more than `from` articles use, the `listed` articles with the highest
 * bound on their weight for it (lib/related/vectors.ts championLists) and the highest bound of the rest (`floor`),
 * with each term's frequency then (`at_epoch`) and the archive's size (`related_epoch`, migration 0017). Later
 * publishes read those articles, the rows written since (`related_recent`) and the articles that use a term whose
 * weight moved much since (`Drift`), and rank; where the postings they kept show that no article left unread can
 * reach them (its weight is at most `floor` times the term's IDF over `rho`, and the last one kept weighs more),
 * the lists are those ranking the whole archive gives; where not, every article that uses the term is read and
 * the lists ranked again. Exact either way; a unit test with PostgreSQL holds it to ranking every row.
 */
const championsOf = (options: RelatedOptions) => ({
  from: 4 * options.maxPostingsPerTerm,
  listed: 2 * options.maxPostingsPerTerm,
})

/**
 * A term whose IDF fell below this share of what it was when the lists were made (a rare word a few new articles
 * use) makes the articles that use it be read whole; the other terms' least share is `rho`. An article's norm
 * falls by no more than the IDFs of its strongest terms do, so its bound times the term's IDF now, over `rho`,
 * is a bound on its weight now.
 */
const DRIFT = 0.99
export type Drift = { rho: number; drifted: string[] }

/** How the frequencies moved since the champion lists were made, this publish's change included; null without them. */
async function readDrift(archive: Archive, documents: number, change: FrequencyChange): Promise<Drift | null> {
  const { db } = archive
  const [epoch] = await db.sql<{ documents: number }[]>`
    select documents from ${table(db, 'related_epoch')} where ${true}`
  if (!epoch || epoch.documents <= 0) return null
  const rows = await db.sql<{ term: string; articles: number; at_epoch: number }[]>`
    select term, articles, at_epoch from ${table(db, 'related_frequencies')} where at_epoch > 0`
  let rho = 1
  const drifted: string[] = []
  for (const row of rows) {
    const then = Math.log(epoch.documents / row.at_epoch)
    if (then <= 0) continue
    const now = Math.log(documents / Math.max(1, row.articles + (change.terms.get(row.term) ?? 0)))
    if (now < DRIFT * then) drifted.push(row.term)
    else rho = Math.min(rho, now / then)
  }
  return { rho, drifted }
}

/** The champion lists of these terms (those that have one). */
async function readChampions(archive: Archive, terms: readonly string[], reading: Reading) {
  const { db } = archive
  const wanted = terms.filter((term) => !reading.champions.has(term))
  if (wanted.length > 0) {
    const rows = await db.sql<{ term: string; slugs: string[]; floor: number | null }[]>`
      select term, slugs, floor from ${table(db, 'related_champions')} where term = any(${wanted})`
    for (const term of wanted) reading.champions.set(term, null)
    for (const row of rows) reading.champions.set(row.term, { slugs: row.slugs, floor: row.floor })
  }
  return new Map(
    terms.flatMap((term) => {
      const list = reading.champions.get(term)
      return list ? [[term, list] as const] : []
    }),
  )
}

/**
 * Writes the champion lists anew, from every article (a publish that ranks every list, in its transaction): each
 * common term's list, the frequencies as they stand (writeFrequencies first), the archive's size, and no row
 * written since.
 */
export async function writeChampions(
  tx: TransactionSql,
  db: Database,
  sources: readonly RelatedSource[],
  options: RelatedOptions,
) {
  const champions = table(db, 'related_champions')
  await tx`delete from ${champions} where ${true}`
  const lists = [...championLists(sources, options, championsOf(options))]
  for (let i = 0; i < lists.length; i += 2_000) {
    const chunk = lists.slice(i, i + 2_000).map(([term, list]) => ({ term, ...list }))
    await tx`
      insert into ${champions} (term, slugs, floor)
      select x.term, array(select json_array_elements_text(x.slugs)), x.floor
      from json_to_recordset(${JSON.stringify(chunk)}::text::json) as x(term text, slugs json, floor float8)`
  }
  await tx`update ${table(db, 'related_frequencies')} set at_epoch = articles where ${true}`
  await tx`delete from ${table(db, 'related_epoch')} where ${true}`
  await tx`insert into ${table(db, 'related_epoch')} (documents) values (${sources.length})`
  await tx`delete from ${table(db, 'related_recent')} where ${true}`
}

/**
 * Whether a publish that ranks a few lists should make the champion lists again (from every row, as it leaves the
 * archive): once more rows were written since they were made than a list's champions name several times over,
 * reading those rows costs more than the lists save (12 s at 100,000 articles, once every few hundred articles).
 */
export async function championsDue(db: Database, options: RelatedOptions): Promise<boolean> {
  const [row] = await db.sql<{ due: boolean }[]>`
    select (select count(*) from ${table(db, 'related_recent')}) > ${championsOf(options).from}
           and exists (select 1 from ${table(db, 'related_epoch')}) as due`
  return row?.due ?? false
}

/** Notes the rows a publish writes (its staged ones) as written since the champion lists were made: in its transaction. */
export async function keepRecent(tx: TransactionSql, db: Database) {
  await tx`
    insert into ${table(db, 'related_recent')} (slug)
    select slug from ${table(db, 'staged_articles')} where ${true} on conflict do nothing`
}

/** Above this many articles read, their terms are most of the archive's: every frequency is read at once. */
const EVERY_TERM_FROM = 2_000

/**
 * Ranks the lists of `slugs` from what they can reach, against the store's frequencies and this publish's
 * change to them.
 */
async function rankReached(
  archive: Archive,
  slugs: ReadonlySet<string>,
  change: FrequencyChange,
  recounted: RelatedSource[],
  reading: Reading,
): Promise<RelatedMap> {
  const { db, options } = archive
  if (slugs.size === 0) return {}
  const sql = db.sql
  const own = counted(await sources(archive, sql`slug = any(${[...slugs]})`), options, recounted)
  // (search_rows has a row for each article, kept by the articles table's trigger, and is the narrower to count.)
  reading.documents ??= sql<{ documents: number }[]>`
    select count(*)::int as documents from ${table(db, 'search_rows')} where ${true}`.then(
    ([counts]) => counts?.documents ?? 0,
  )
  const documents = (await reading.documents) + change.documents
  const { known } = reading
  const frequencies = {
    documents,
    of: (term: string) => (known.get(term) ?? 0) + (change.terms.get(term) ?? 0),
  }
  const frequenciesTable = table(db, 'related_frequencies')
  const learn = async (read: readonly RelatedSource[]) => {
    if (reading.everyTerm) return
    if (read.length >= EVERY_TERM_FROM) {
      // Sending tens of thousands of terms to look up costs more than reading every one (about 65,000 at
      // 100,000 synthetic articles).
      const rows = await sql<{ term: string; articles: number }[]>`
        select term, articles from ${frequenciesTable} where ${true}`
      for (const row of rows) known.set(row.term, row.articles)
      reading.everyTerm = true
      return
    }
    const terms = new Set<string>()
    for (const source of read) for (const term of termsOfLine(source.terms ?? '')) if (!known.has(term)) terms.add(term)
    const rows = await sql<{ term: string; articles: number }[]>`
      select term, articles from ${frequenciesTable} where term = any(${[...terms]})`
    for (const term of terms) known.set(term, 0)
    for (const row of rows) known.set(row.term, row.articles)
  }
  await learn(own)

  // Their strongest terms, their tags (with how many published articles carry each), and what they pin.
  const strongest = [...new Set(strongestTermsOf(own, options, frequencies, options.queryTermsPerArticle).flat())]
  const tags = [...new Set(own.flatMap((source) => source.tags.map((tag) => tag.toLowerCase())))]
  const tagged = new Map(
    await Promise.all(
      tags.map(async (tag): Promise<[string, number]> => {
        const carries = sql`tag_slugs @> ${[slugify(tag)]}::text[] and not draft
          and exists (select 1 from unnest(tags) as t where lower(t) = ${tag})`
        const [row] = await sql<{ count: number }[]>`
          select count(*)::int as count from (
            select 1 from ${table(db, 'articles')}
            where ${carries} and slug <> all(${[...archive.gone]})
              and slug not in (select slug from ${table(db, 'staged_articles')})
            union all select 1 from ${table(db, 'staged_articles')} where ${carries}
            limit ${options.maxPostingsPerTerm + 1}) as tagged`
        return [tag, row?.count ?? 0]
      }),
    ),
  )
  // Tags more articles carry than a list looks at propose no one (lib/related/rank.ts).
  const fewTags = tags.filter((tag) => (tagged.get(tag) ?? 0) <= options.maxPostingsPerTerm).map(slugify)
  const pinned = [...new Set(own.flatMap((source) => source.related))]
  // A common term with a champion list is looked up in it (and in the rows written since, and the articles whose
  // weights may have moved most), the others in the index of every article's terms.
  // (How far the frequencies moved is read only once a list looks up a term that has a champion list.)
  const listedTerms = await readChampions(archive, strongest, reading)
  const drift = listedTerms.size > 0 ? await (reading.drift ??= readDrift(archive, documents, change)) : null
  const champions = drift ? listedTerms : new Map<string, ChampionList>()
  const whole = strongest.filter((term) => !champions.has(term))
  const listed = [...champions.values()].flatMap((list) => list.slugs)
  const recent =
    champions.size > 0
      ? await (reading.recent ??= sql<{ slug: string }[]>`
          select slug from ${table(db, 'related_recent')} where ${true}
          union select slug from ${table(db, 'staged_articles')} where ${archive.staged}`.then((rows) =>
          rows.map((row) => row.slug),
        ))
      : []
  const ways = [
    ...(pinned.length > 0 ? [sql`slug = any(${pinned})`] : []),
    ...(whole.length > 0 ? [sql`${termList(archive)} && ${whole}::text[]`] : []),
    ...(fewTags.length > 0 ? [sql`tag_slugs && ${fewTags}::text[]`] : []),
    ...(listed.length > 0 ? [sql`slug = any(${[...new Set(listed)]})`] : []),
    ...(recent.length > 0 ? [sql`slug = any(${recent})`] : []),
    ...(champions.size > 0 && drift && drift.drifted.length > 0
      ? [sql`${termList(archive)} && ${drift.drifted}::text[]`]
      : []),
  ]
  const reached = await readReached(archive, slugs, ways, recounted, reading)
  await learn(reached)
  const ranking = { ...frequencies, tagged: (tag: string) => tagged.get(tag) ?? 0 }
  reading.account.wholeTerms += whole.length
  if (champions.size === 0 || !drift) {
    reading.account.rows += reached.length
    return buildRelatedMap([...own, ...reached], options, slugs, ranking)
  }
  const looked = new Map<string, { total: number; last: number }>()
  const lists = buildRelatedMap([...own, ...reached], options, slugs, ranking, looked)
  // The terms whose postings the rows read may not hold are read whole, and the lists ranked again.
  const unsure = unsureTerms(champions, looked, frequencies, drift, options.maxPostingsPerTerm)
  reading.account.championed += champions.size - unsure.length
  reading.account.wholeTerms += unsure.length
  if (unsure.length === 0) {
    reading.account.rows += reached.length
    return lists
  }
  const more = await readReached(archive, slugs, [sql`${termList(archive)} && ${unsure}::text[]`], recounted, reading)
  const every = [...new Map([...reached, ...more].map((source) => [source.slug, source])).values()]
  await learn(every)
  reading.account.rows += every.length
  return buildRelatedMap([...own, ...every], options, slugs, ranking)
}

/**
 * The champion-listed terms whose postings the rows read may not hold: a term's postings are held when at least
 * `cap` of the rows read use it among their strongest and the last its postings kept (`looked`, from
 * buildRelatedMap) weighs more than any article left unread can: its list's floor times the term's IDF now, over
 * `rho` (and a hair more, for rounding).
 */
export function unsureTerms(
  champions: ReadonlyMap<string, ChampionList>,
  looked: ReadonlyMap<string, { total: number; last: number }>,
  frequencies: { documents: number; of: (term: string) => number },
  drift: Drift,
  cap: number,
): string[] {
  return [...champions].flatMap(([term, list]) => {
    const seen = looked.get(term)
    const idf = Math.log(frequencies.documents / Math.max(1, frequencies.of(term)))
    const bound = list.floor === null || drift.rho <= 0 ? Infinity : ((list.floor * idf) / drift.rho) * (1 + 1e-9)
    return seen && seen.total >= cap && seen.last > bound ? [] : [term]
  })
}

/**
 * The rows (but those of `slugs`) each of `ways` reaches, read once a publish: a publish's two rankings reach much
 * the same rows (rows whose own list is not ranked here are read without what they pin). Each way of being reached
 * is asked on its own and the answers joined here. Asked as one `or`, PostgreSQL found the rows from the indexes
 * but then tested each row it read against the whole condition, working out the terms of every row reached again
 * (about 75 µs a row: 4 s for the 56,000 rows a list of the bench's edited story reaches at 100,000 articles,
 * against 0.2 s for the index's answer alone).
 */
async function readReached(
  archive: Archive,
  slugs: ReadonlySet<string>,
  ways: readonly Fragment[],
  recounted: RelatedSource[],
  reading: Reading,
): Promise<RelatedSource[]> {
  const { db, options } = archive
  const sql = db.sql
  const answers = await Promise.all(
    ways.map((way) =>
      archiveRows<{ slug: string }>(
        archive,
        (name) => sql`select slug from ${table(db, name)}`,
        sql`slug <> all(${[...slugs]}) and ${way}`,
      ),
    ),
  )
  const slugsReached = [...new Set(answers.flat().map((row) => row.slug))]
  const missing = slugsReached.filter((slug) => !reading.rows.has(slug))
  for (const source of counted(
    await sources(archive, sql`slug = any(${missing})`, { ranked: false }),
    options,
    recounted,
  )) {
    reading.rows.set(source.slug, source)
  }
  return slugsReached.flatMap((slug) => reading.rows.get(slug) ?? [])
}

/** Slugs of live articles whose related list names one of these, each looked up in the related lists' index (0009). */
async function listing(db: Database, slugs: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    slugs.map(
      (slug) => db.sql<{ slug: string }[]>`
        select slug from ${table(db, 'articles')} where related @> ${JSON.stringify([{ slug }])}::text::jsonb`,
    ),
  )
  return [...new Set(found.flat().map((row) => row.slug))]
}

/**
 * The lists a publish's change can affect, ranked: those of the articles it wrote (`compiled`) or removed
 * (`archive.gone`) and of the articles whose lists named one of them, then of the articles the written ones'
 * lists now name (their new neighbours).
 */
export async function rankChange(
  archive: Archive,
  compiled: ReadonlySet<string>,
  change: FrequencyChange,
  recounted: RelatedSource[],
  /** Filled with what the rankings read, where given. */
  account?: ReachAccount,
): Promise<RelatedMap> {
  const affected = new Set([...compiled, ...(await listing(archive.db, [...compiled, ...archive.gone]))])
  const reading = newReading()
  const own = await rankReached(archive, affected, change, recounted, reading)
  const neighbours = new Set(
    [...compiled].flatMap((slug) => (own[slug] ?? []).map((link) => link.slug)).filter((slug) => !affected.has(slug)),
  )
  const lists = { ...own, ...(await rankReached(archive, neighbours, change, recounted, reading)) }
  if (account) Object.assign(account, reading.account)
  return lists
}

/**
 * Writes the frequencies: all of them anew after a publish that ranked every list (`every`, from its
 * sources), else the change.
 */
export async function writeFrequencies(
  tx: TransactionSql,
  db: Database,
  write: { every: readonly RelatedSource[]; options: RelatedOptions } | { change: FrequencyChange },
) {
  const frequencies = table(db, 'related_frequencies')
  let pairs: [string, number][]
  if ('every' in write) {
    await tx`delete from ${frequencies} where ${true}`
    pairs = [...documentFrequencies(write.every, write.options)].filter(([, count]) => count > 0)
  } else {
    pairs = [...write.change.terms].filter(([, by]) => by !== 0)
  }
  for (let i = 0; i < pairs.length; i += 20_000) {
    const chunk = pairs.slice(i, i + 20_000)
    await tx`
      insert into ${frequencies} (term, articles)
      select * from unnest(${chunk.map(([term]) => term)}::text[], ${chunk.map(([, n]) => n)}::int[])
      on conflict (term) do update set articles = ${frequencies}.articles + excluded.articles`
  }
  if (!('every' in write)) await tx`delete from ${frequencies} where articles <= 0`
}
