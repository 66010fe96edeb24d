import type { PendingQuery, Row, TransactionSql } from 'postgres'
import { table, type Database } from './database'
import { visible, type Moment } from './read'
import type { ContentEnvironment } from '../content/visibility'
import { siteConfig } from '../site'
import { isRecord, list } from '../utils'

/**
 * Every list a reader can open and how many articles each has: what the tags page, the header's sections, the
 * archive's index and the sitemap of lists show. Counting them is four aggregates over every row (of list_rows,
 * migration 0015, what lists read of each article); a publish
 * counts them once, right after its transaction, and keeps them in `list_counts` (migration 0012), so a server's
 * first request after a publish and each process of `next build` read a few hundred rows, not the archive.
 * They hold for that publish until an article goes live after the time they were counted; after that (or
 * for a publish by code from before them) the count is made again from the rows.
 *
 * A publish after another counts again only the lists its change touched (those its written and removed rows were
 * in, before and after, and those of articles that went live since the last count) and keeps the rest of the last
 * count: the lists a one-article deploy changes are a few, and counting every list is four passes over every row
 * (0.8 s at 100,000 articles).
 */

/** One list a reader can open, with how many articles it has and when its newest published change was. */
export type ListCount = { slug: string; name: string; count: number; lastModified: Date | null }
export type MonthCount = { year: number; month: number; count: number; lastModified: Date | null }
export type ListCounts = { tags: ListCount[]; authors: ListCount[]; sections: ListCount[]; months: MonthCount[] }

/** The two rules of who sees what (lib/store/read.ts visible): production's, and a preview's (everything). */
type Rule = 'published' | 'all'
const ruleOf = (environment: ContentEnvironment): Rule => (environment === 'production' ? 'published' : 'all')

/**
 * The counts as a reader of `moment` sees them, from the rows. `lastModified` counts published articles only
 * (what a sitemap says), whoever asks.
 */
export async function countLists(db: Database, moment: Moment): Promise<ListCounts> {
  const { sql } = db
  // (list_rows, migration 0015: what lists read of every article, kept by the articles table.)
  const rows = table(db, 'list_rows')
  const where = visible(db, moment)
  const changed = sql`max(changed_at) filter (where not draft and date <= ${moment.now})`
  const zone = siteConfig.timeZone
  const [tags, authors, sections, months] = await Promise.all([
    // A topic's name is the spelling of its newest article, as the files' index has it (lib/content/snapshot.ts).
    sql<ListCount[]>`
      select t.slug, (array_agg(t.name order by date desc, a.slug))[1] as name, count(*)::int as count,
             ${changed} as "lastModified"
      from ${rows} a, unnest(a.tag_slugs, a.tag_names) as t(slug, name)
      where ${where} group by t.slug order by count desc, t.slug`,
    // Authors by id (names are the profiles'), each article counted for everyone it credits.
    sql<ListCount[]>`
      select id as slug, id as name, count(*)::int as count, ${changed} as "lastModified"
      from ${rows}, unnest(author_slugs) as id where ${where} group by id order by id`,
    sql<ListCount[]>`
      select category as slug, category as name, count(*)::int as count, ${changed} as "lastModified"
      from ${rows} where ${where} group by category order by category`,
    sql<MonthCount[]>`
      select extract(year from date at time zone ${zone})::int as year,
             extract(month from date at time zone ${zone})::int as month,
             count(*)::int as count, ${changed} as "lastModified"
      from ${rows} where ${where} group by 1, 2 order by 1 desc, 2 desc`,
  ])
  return { tags, authors, sections, months }
}

/** The lists some rows are in: their tags' and authors' slugs, their sections, and their times (for their months). */
export type TouchedLists = { tags: string[]; authors: string[]; sections: string[]; dates: Date[] }

type ListKeysRow = { tag_slugs: string[]; author_slugs: string[]; category: string; date: Date }

function touchedBy(rows: readonly ListKeysRow[], into?: TouchedLists): TouchedLists {
  const tags = new Set(into?.tags)
  const authors = new Set(into?.authors)
  const sections = new Set(into?.sections)
  const dates = [...(into?.dates ?? [])]
  for (const row of rows) {
    for (const tag of row.tag_slugs) tags.add(tag)
    for (const author of row.author_slugs) authors.add(author)
    sections.add(row.category)
    dates.push(row.date)
  }
  return { tags: [...tags], authors: [...authors], sections: [...sections], dates }
}

/**
 * The lists a publish's change touches: those the rows it replaces or removes (`gone`) were in, and those its
 * staged rows are in. Read in the publish's transaction, before the staged rows move in.
 */
export async function listsTouched(tx: TransactionSql, db: Database, gone: readonly string[]): Promise<TouchedLists> {
  const staged = table(db, 'staged_articles')
  const rows = await tx<ListKeysRow[]>`
    select tag_slugs, author_slugs, category, date from ${table(db, 'list_rows')}
    where slug = any(${gone}) or slug in (select slug from ${staged})
    union all select tag_slugs, author_slugs, category, date from ${staged} where ${true}`
  return touchedBy(rows)
}

type Fragment = PendingQuery<Row[]>

/**
 * The counts as a reader of `moment` sees them, made from the last publish's (`publish` before this one) kept for
 * `rule`: the lists `touched` (and those of articles that went live since they were counted) counted again from the
 * rows, the others as kept, in the order countLists gives (the database sorts both). Undefined where no such count
 * is kept (another publish's, one counted after `moment`, one another `version` of this code counted).
 */
async function recountLists(
  db: Database,
  moment: Moment,
  rule: Rule,
  publish: string,
  { touched, version }: { touched: TouchedLists; version: string },
): Promise<ListCounts | undefined> {
  const { sql } = db
  const kept = table(db, 'list_counts')
  const [last] = await sql<{ as_of: Date; value: unknown }[]>`
    select c.as_of, c.value from ${kept} c
    where c.rule = ${rule} and c.as_of <= ${moment.now} and c.value->>'version' = ${version}
      and c.publish = (select max(id) from ${table(db, 'publishes')} where id < ${publish})`
  if (!last || !parseListCounts(last.value)) return undefined
  const rows = table(db, 'list_rows')
  // Articles that went live since then are counted now in their lists (and their lists' newest change moved).
  const live = await sql<ListKeysRow[]>`
    select tag_slugs, author_slugs, category, date from ${rows}
    where not draft and date > ${last.as_of} and date <= ${moment.now}`
  const { tags, authors, sections, dates } = touchedBy(live, touched)
  const where = visible(db, moment)
  const changed = sql`max(changed_at) filter (where not draft and date <= ${moment.now})`
  const zone = siteConfig.timeZone
  const month = (date: Fragment) => sql`date_trunc('month', ${date} at time zone ${zone})`
  // The kept entries of one list but those counted again (`except`), as records of its columns.
  const keptOf = (name: keyof ListCounts, columns: Fragment, except: Fragment) => sql`
    select x.* from ${kept} c, json_to_recordset(c.value->${name}::text) as x(${columns})
    where c.rule = ${rule} and not (${except})`
  const listColumns = sql`slug text, name text, count int, "lastModified" timestamptz`
  const [tagCounts, authorCounts, sectionCounts, monthCounts] = await Promise.all([
    sql<ListCount[]>`
      select * from (
        ${keptOf('tags', listColumns, sql`x.slug = any(${tags})`)}
        union all
        select t.slug, (array_agg(t.name order by date desc, a.slug))[1] as name, count(*)::int as count,
               ${changed} as "lastModified"
        from ${rows} a, unnest(a.tag_slugs, a.tag_names) as t(slug, name)
        where ${where} and a.tag_slugs && ${tags}::text[] and t.slug = any(${tags}) group by t.slug
      ) l order by count desc, slug`,
    sql<ListCount[]>`
      select * from (
        ${keptOf('authors', listColumns, sql`x.slug = any(${authors})`)}
        union all
        select id as slug, id as name, count(*)::int as count, ${changed} as "lastModified"
        from ${rows}, unnest(author_slugs) as id
        where ${where} and author_slugs && ${authors}::text[] and id = any(${authors}) group by id
      ) l order by slug`,
    sql<ListCount[]>`
      select * from (
        ${keptOf('sections', listColumns, sql`x.slug = any(${sections})`)}
        union all
        select category as slug, category as name, count(*)::int as count, ${changed} as "lastModified"
        from ${rows} where ${where} and category = any(${sections}) group by category
      ) l order by slug`,
    sql<MonthCount[]>`
      with touched as (select distinct ${month(sql`d`)} as month from unnest(${dates.map((date) => date.toISOString())}::timestamptz[]) as d)
      select * from (
        ${keptOf(
          'months',
          sql`year int, month int, count int, "lastModified" timestamptz`,
          sql`make_timestamp(x.year, x.month, 1, 0, 0, 0) in (select month from touched)`,
        )}
        union all
        select extract(year from date at time zone ${zone})::int as year,
               extract(month from date at time zone ${zone})::int as month,
               count(*)::int as count, ${changed} as "lastModified"
        from ${rows} a where ${where} and exists (
          select 1 from touched
          where a.date >= touched.month at time zone ${zone}
            and a.date < (touched.month + interval '1 month') at time zone ${zone})
        group by 1, 2
      ) l order by year desc, month desc`,
  ])
  return { tags: tagCounts, authors: authorCounts, sections: sectionCounts, months: monthCounts }
}

/**
 * Counts the lists for each rule a schema of `environment` serves (a preview's both, production's its own) and
 * keeps them for `publish`: called by a publish once its transaction has committed (the counts then run side by
 * side on the pool). With `touched` (what listsTouched read in that transaction), from the counts the publish
 * before kept, counting again only what changed; else, or where none are kept, every list. Until they are
 * written, servers count from the rows, as for any other publish.
 */
export async function writeListCounts(
  db: Database,
  {
    environment,
    publish,
    now,
    version,
    touched,
  }: {
    environment: ContentEnvironment
    publish: string
    now: Date
    /** The version of the code that counts, kept with the counts: a count by another is not built on. */
    version: string
    /** What listsTouched read in the publish's transaction. */
    touched?: TouchedLists
  },
): Promise<{ recounted: boolean }> {
  // Production's readers, and where this schema is a preview's, its own: a rule each.
  const environments: ContentEnvironment[] = environment === 'production' ? ['production'] : ['production', environment]
  const counted = await Promise.all(
    environments.map(async (seen) => {
      const moment = { environment: seen, now }
      const rule = ruleOf(seen)
      const recounted = touched ? await recountLists(db, moment, rule, publish, { touched, version }) : undefined
      return { rule, counts: recounted ?? (await countLists(db, moment)), recounted: recounted !== undefined }
    }),
  )
  await db.sql.begin(async (tx) => {
    await tx`delete from ${table(db, 'list_counts')} where rule <> all(${counted.map(({ rule }) => rule)})`
    for (const { rule, counts } of counted) {
      await tx`
        insert into ${table(db, 'list_counts')} (rule, publish, as_of, value)
        values (${rule}, ${publish}, ${now}, ${JSON.stringify({ ...counts, version })}::text::json)
        on conflict (rule) do update set publish = excluded.publish, as_of = excluded.as_of, value = excluded.value`
    }
  })
  return { recounted: counted.every(({ recounted }) => recounted) }
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value)
const lastModifiedOf = (value: unknown): Date | null | undefined =>
  value === null ? null : typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined

function listCountOf(value: unknown): ListCount | undefined {
  if (!isRecord(value) || typeof value.slug !== 'string' || typeof value.name !== 'string') return undefined
  const lastModified = lastModifiedOf(value.lastModified)
  if (!isCount(value.count) || lastModified === undefined) return undefined
  return { slug: value.slug, name: value.name, count: value.count, lastModified }
}

function monthCountOf(value: unknown): MonthCount | undefined {
  if (!isRecord(value) || !isCount(value.year) || !isCount(value.month) || !isCount(value.count)) return undefined
  const lastModified = lastModifiedOf(value.lastModified)
  if (lastModified === undefined) return undefined
  return { year: value.year, month: value.month, count: value.count, lastModified }
}

/** The kept counts as JSON gave them back, or undefined where they are not of this code's shape. */
export function parseListCounts(value: unknown): ListCounts | undefined {
  if (!isRecord(value)) return undefined
  const tags = list(value.tags, listCountOf)
  const authors = list(value.authors, listCountOf)
  const sections = list(value.sections, listCountOf)
  const months = list(value.months, monthCountOf)
  return tags && authors && sections && months ? { tags, authors, sections, months } : undefined
}

/**
 * The lists' counts a reader of `moment` sees: those the last publish kept, while no article has gone live
 * between the time they were counted and `moment` (either way, for a server whose clock is behind), else
 * counted from the rows.
 */
export async function readListCounts(db: Database, moment: Moment): Promise<ListCounts> {
  const { sql } = db
  const [kept] = await sql<{ value: unknown; fresh: boolean }[]>`
    select c.value, not exists (
             select 1 from ${table(db, 'articles')}
             where not draft and date > least(c.as_of, ${moment.now}) and date <= greatest(c.as_of, ${moment.now})
           ) as fresh
    from ${table(db, 'list_counts')} c
    where c.rule = ${ruleOf(moment.environment)} and c.publish = (select max(id) from ${table(db, 'publishes')})`
  const counts = kept?.fresh ? parseListCounts(kept.value) : undefined
  return counts ?? countLists(db, moment)
}
